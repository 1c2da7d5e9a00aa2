package org.crmgap.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.crmgap.model.ColumnMeaning;
import org.crmgap.model.CrmGapFactory;
import org.crmgap.model.CustomerSegment;
import org.crmgap.model.DataRole;
import org.crmgap.model.DataSource;
import org.crmgap.model.GapModel;
import org.crmgap.model.persistence.ModelFiles;
import org.eclipse.emf.common.util.Diagnostic;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code crmgap.datasource.assignment}: a segment-assignment file naming a segment the model does not have. */
class AssignmentRuleTest {

	private final CrmGapFactory f = CrmGapFactory.eINSTANCE;

	@TempDir
	Path dir;

	private List<Diagnostic> of(GapModel model) {
		return RulesTest.flat(GapValidation.validate(model)).stream()
				.filter(d -> d.getData().size() > 1 && "crmgap.datasource.assignment".equals(d.getData().get(1))).toList();
	}

	@Test
	void aProfileNoSegmentHasIsOneWarning() throws IOException {
		GapModel model = f.createGapModel();
		model.setName("M");
		CustomerSegment first = f.createCustomerSegment();
		first.setName("High expectations overall");
		first.setDataKey("1");
		model.getSegments().add(first);
		CustomerSegment second = f.createCustomerSegment();
		second.setName("2");
		model.getSegments().add(second);
		DataSource source = f.createDataSource();
		source.setName("Profiles");
		source.setLocation("profiles.csv");
		source.setRole(DataRole.SEGMENT_ASSIGNMENT);
		for (ColumnMeaning meaning : List.of(ColumnMeaning.RESPONDENT, ColumnMeaning.SEGMENT)) {
			var mapping = f.createColumnMapping();
			mapping.setMeaning(meaning);
			mapping.setColumn(meaning == ColumnMeaning.RESPONDENT ? "respondent" : "profile");
			source.getColumnMappings().add(mapping);
		}
		model.getDataSources().add(source);
		ModelFiles.save(model, dir.resolve("m.crmgap"));
		// 1 by data key, 2 by name, an empty profile is a respondent left out
		Files.writeString(dir.resolve("profiles.csv"), "respondent,profile\nr1,1\nr2,2\nr3,\nr4,2\n");
		assertEquals(List.of(), of(model));
		Files.writeString(dir.resolve("profiles.csv"), "respondent,profile\nr1,1\nr2,4\nr3,3\nr4,4\nr5,2\n");
		List<Diagnostic> found = of(model);
		assertEquals(1, found.size(), found.toString());
		assertSame(source, found.get(0).getData().get(0));
		assertEquals(Diagnostic.WARNING, found.get(0).getSeverity());
		assertEquals("Data source 'Profiles': file 'profiles.csv' assigns respondents to segments '4', '3' that no segment of the "
				+ "model has (by data key, else name)", found.get(0).getMessage());
	}
}
