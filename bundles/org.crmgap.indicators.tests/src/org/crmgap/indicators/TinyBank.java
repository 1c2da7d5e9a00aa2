package org.crmgap.indicators;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.crmgap.model.ColumnMeaning;
import org.crmgap.model.Communication;
import org.crmgap.model.CrmComponent;
import org.crmgap.model.CrmGapFactory;
import org.crmgap.model.CustomerSegment;
import org.crmgap.model.DataRole;
import org.crmgap.model.DataSource;
import org.crmgap.model.Direction;
import org.crmgap.model.Expectation;
import org.crmgap.model.Gap;
import org.crmgap.model.GapKind;
import org.crmgap.model.GapModel;
import org.crmgap.model.OrganisationUnit;
import org.crmgap.model.Promise;
import org.crmgap.model.ServiceDimension;
import org.crmgap.model.ServiceStandard;
import org.crmgap.model.SeverityThreshold;
import org.crmgap.model.SurveyInstrument;
import org.crmgap.model.SurveyItem;
import org.crmgap.model.SurveyItemKind;
import org.crmgap.model.persistence.ModelFiles;

/** A model small enough to compute every indicator by hand (see {@link ModelAnalysisTest}), with its data files. */
final class TinyBank {

	private final CrmGapFactory f = CrmGapFactory.eINSTANCE;
	final GapModel model = f.createGapModel();
	final Path file;

	TinyBank(Path dir) throws IOException {
		file = dir.resolve("tiny.crmgap");
		model.setName("Tiny bank");
		ServiceDimension tangibles = dimension("tangibles");
		ServiceDimension reliability = dimension("reliability");
		CustomerSegment retail = f.createCustomerSegment();
		retail.setName("Retail");
		retail.setDataKey("r");
		model.getSegments().add(retail);
		Expectation looks = expectation(retail, "Looks", tangibles, 1, null);
		Expectation reliable = expectation(retail, "Reliable", reliability, 3, null);
		Expectation queue = expectation(retail, "Short queue", null, 0, 8.0);

		SurveyInstrument survey = f.createSurveyInstrument();
		survey.setName("Survey");
		model.getSurveyInstruments().add(survey);
		item(survey, 1, tangibles, SurveyItemKind.SERVICE_QUALITY, "E1", "P1");
		item(survey, 5, reliability, SurveyItemKind.SERVICE_QUALITY, "E5", "P5");
		item(survey, 23, null, SurveyItemKind.VALUE, "VALUE_E1", "VALUE_P1");

		OrganisationUnit branches = unit("Branches");
		OrganisationUnit it = unit("IT");
		component(branches, "C1", 4, null);
		component(branches, "C2", 3, null);
		component(it, "C3", 5, 4.5);

		ServiceStandard s1 = standard("Queue", "S1", 10, 0, Direction.LOWER_IS_BETTER, "min", branches);
		s1.getAddresses().add(looks);
		s1.getAddresses().add(queue);
		ServiceStandard s2 = standard("Resolution", "S2", 80, 5, Direction.HIGHER_IS_BETTER, "%", branches);
		Communication campaign = f.createCommunication();
		campaign.setName("Campaign");
		model.getCommunications().add(campaign);
		promise(campaign, "Wait under 9 minutes", 9, s1);
		promise(campaign, "70 % solved at once", 70, s2);

		source("survey.csv", DataRole.CUSTOMER_SURVEY, "respondent,segment,E1,P1,E5,P5,VALUE_E1,VALUE_P1\n"
				+ "a,r,6,5,7,4,5,4\nb,r,5,5,6,6,6,6\nc,r,7,4,6,3,4,2\n", ColumnMeaning.RESPONDENT, "respondent");
		source("kpi.csv", DataRole.KPI_MEASUREMENTS, "standard,week,value\nS1,1,8\nS1,2,12\nS1,3,10\nS1,4,15\n"
				+ "S2,1,90\nS2,2,76\nS2,3,74\nS9,1,1\n", ColumnMeaning.KPI_STANDARD, "standard", ColumnMeaning.KPI_VALUE, "value");
		source("readiness.csv", DataRole.INTERNAL_ASSESSMENT, "component,assessor,assessed_level\nC1,x,3\nC1,y,2\nC2,x,3\n",
				ColumnMeaning.COMPONENT, "component", ColumnMeaning.ASSESSED_LEVEL, "assessed_level");

		gap("Queue delivery", GapKind.DELIVERY, s1, null, null);
		SeverityThreshold lenient = f.createSeverityThreshold();
		lenient.setWarningLevel(0.5);
		lenient.setErrorLevel(0.9);
		gap("Resolution delivery", GapKind.DELIVERY, s2, null, lenient);
		gap("Reliability", GapKind.CUSTOMER, reliable, retail, null);
		gap("Queue policy", GapKind.POLICY, queue, s1, null);
		ModelFiles.save(model, file);
	}

	private ServiceDimension dimension(String name) {
		ServiceDimension d = f.createServiceDimension();
		d.setName(name);
		model.getDimensions().add(d);
		return d;
	}

	private Expectation expectation(CustomerSegment segment, String name, ServiceDimension dimension, double importance,
			Double expectedValue) {
		Expectation e = f.createExpectation();
		e.setName(name);
		e.setDimension(dimension);
		e.setImportance(importance);
		e.setExpectedValue(expectedValue);
		e.setUnit(expectedValue == null ? null : "min");
		segment.getExpectations().add(e);
		return e;
	}

	private void item(SurveyInstrument survey, int number, ServiceDimension dimension, SurveyItemKind kind, String e, String p) {
		SurveyItem item = f.createSurveyItem();
		item.setName("Q" + number);
		item.setNumber(number);
		item.setDimension(dimension);
		item.setKind(kind);
		item.setExpectationColumn(e);
		item.setPerceptionColumn(p);
		survey.getItems().add(item);
	}

	private OrganisationUnit unit(String name) {
		OrganisationUnit unit = f.createOrganisationUnit();
		unit.setName(name);
		model.getOrganisationUnits().add(unit);
		return unit;
	}

	private void component(OrganisationUnit unit, String key, double required, Double assessed) {
		CrmComponent c = f.createCrmComponent();
		c.setName(key);
		c.setDataKey(key);
		c.setRequiredLevel(required);
		c.setAssessedLevel(assessed);
		unit.getComponents().add(c);
	}

	private ServiceStandard standard(String name, String key, double target, double tolerance, Direction direction,
			String unit, OrganisationUnit owner) {
		ServiceStandard s = f.createServiceStandard();
		s.setName(name);
		s.setDataKey(key);
		s.setTarget(target);
		s.setTolerance(tolerance);
		s.setDirection(direction);
		s.setUnit(unit);
		s.setOwnerUnit(owner);
		model.getServiceStandards().add(s);
		return s;
	}

	private void promise(Communication communication, String name, double level, ServiceStandard standard) {
		Promise p = f.createPromise();
		p.setName(name);
		p.setPromisedLevel(level);
		p.setStandard(standard);
		communication.getPromises().add(p);
	}

	/** Writes the data file beside the model and attaches it as a data source. */
	DataSource source(String name, DataRole role, String content, Object... mappings) throws IOException {
		Files.writeString(file.resolveSibling(name), content);
		DataSource source = f.createDataSource();
		source.setName(name);
		source.setLocation(name);
		source.setRole(role);
		for (int i = 0; i < mappings.length; i += 2) {
			var mapping = f.createColumnMapping();
			mapping.setMeaning((ColumnMeaning) mappings[i]);
			mapping.setColumn((String) mappings[i + 1]);
			source.getColumnMappings().add(mapping);
		}
		model.getDataSources().add(source);
		return source;
	}

	private void gap(String name, GapKind kind, org.crmgap.model.GapEndpoint reference, org.crmgap.model.GapEndpoint actual,
			SeverityThreshold threshold) {
		Gap gap = f.createGap();
		gap.setName(name);
		gap.setKind(kind);
		gap.setReference(reference);
		gap.setActual(actual);
		gap.setThreshold(threshold);
		model.getGaps().add(gap);
	}
}
