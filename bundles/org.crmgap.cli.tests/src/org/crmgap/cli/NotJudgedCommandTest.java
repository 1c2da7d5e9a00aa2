package org.crmgap.cli;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.crmgap.model.ColumnMeaning;
import org.crmgap.model.CrmGapFactory;
import org.crmgap.model.CustomerSegment;
import org.crmgap.model.DataRole;
import org.crmgap.model.DataSource;
import org.crmgap.model.Expectation;
import org.crmgap.model.Gap;
import org.crmgap.model.GapKind;
import org.crmgap.model.GapModel;
import org.crmgap.model.ServiceDimension;
import org.crmgap.model.SurveyInstrument;
import org.crmgap.model.SurveyItem;
import org.crmgap.model.SurveyItemKind;
import org.crmgap.model.persistence.ModelFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code crmgap analyze} says why a gap is not judged (the analysis itself: NotWholeAnswersAndNotJudgedTest in
 * org.crmgap.indicators.tests).
 */
class NotJudgedCommandTest {

	@TempDir
	Path dir;

	@Test
	void aCustomerGapOfOneRespondentIsPrintedAsNotJudged() throws Exception {
		Commands.Run run = Commands.run("analyze", oneRespondent(null).toString());
		assertTrue(run.out().lines().anyMatch(l -> l.contains("not judged") && l.contains("Reliability")
				&& l.contains("(not judged: too few observations, n 1)")), run.out() + run.err());
	}

	@Test
	void aGapNoIndicatorMeasuresSaysSoInsteadOfPrintingNull() throws Exception {
		// the instrument has no value items: nothing measures a value gap
		Commands.Run run = Commands.run("analyze", oneRespondent(GapKind.VALUE).toString());
		assertTrue(run.out().lines().anyMatch(l -> l.contains("Value gap") && l.contains("not measured")
				&& l.contains("no indicator measures it")), run.out());
		assertFalse(run.out().contains("null"), run.out());
	}

	/** A model whose only Retail respondent answered item 5; with {@code extra}, a second gap of that kind. */
	private Path oneRespondent(GapKind extra) throws Exception {
		CrmGapFactory f = CrmGapFactory.eINSTANCE;
		GapModel model = f.createGapModel();
		model.setName("One respondent");
		ServiceDimension reliability = f.createServiceDimension();
		reliability.setName("reliability");
		model.getDimensions().add(reliability);
		CustomerSegment retail = f.createCustomerSegment();
		retail.setName("Retail");
		retail.setDataKey("r");
		model.getSegments().add(retail);
		Expectation reliable = f.createExpectation();
		reliable.setName("Reliable");
		reliable.setDimension(reliability);
		reliable.setImportance(3);
		retail.getExpectations().add(reliable);
		SurveyInstrument instrument = f.createSurveyInstrument();
		instrument.setName("Survey");
		model.getSurveyInstruments().add(instrument);
		SurveyItem item = f.createSurveyItem();
		item.setName("Q5");
		item.setNumber(5);
		item.setDimension(reliability);
		item.setKind(SurveyItemKind.SERVICE_QUALITY);
		item.setExpectationColumn("E5");
		item.setPerceptionColumn("P5");
		instrument.getItems().add(item);
		// only respondent c is in Retail: its gap 3 - 6 = -3 has no test
		Files.writeString(dir.resolve("survey.csv"), "respondent,segment,E5,P5\na,z,7,4\nb,z,6,6\nc,r,6,3\n");
		DataSource survey = f.createDataSource();
		survey.setName("survey.csv");
		survey.setLocation("survey.csv");
		survey.setRole(DataRole.CUSTOMER_SURVEY);
		var respondent = f.createColumnMapping();
		respondent.setMeaning(ColumnMeaning.RESPONDENT);
		respondent.setColumn("respondent");
		survey.getColumnMappings().add(respondent);
		model.getDataSources().add(survey);
		Gap gap = f.createGap();
		gap.setName("Reliability");
		gap.setKind(GapKind.CUSTOMER);
		gap.setReference(reliable);
		gap.setActual(retail);
		model.getGaps().add(gap);
		if (extra != null) {
			Gap second = f.createGap();
			second.setName("Value gap");
			second.setKind(extra);
			second.setReference(reliable);
			second.setActual(retail);
			model.getGaps().add(second);
		}
		Path file = dir.resolve("one.crmgap");
		ModelFiles.save(model, file);
		return file;
	}
}
