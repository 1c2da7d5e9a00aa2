package org.crmgap.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.crmgap.model.ColumnMeaning;
import org.crmgap.model.CrmGapFactory;
import org.crmgap.model.CustomerSegment;
import org.crmgap.model.DataRole;
import org.crmgap.model.DataSource;
import org.crmgap.model.Expectation;
import org.crmgap.model.Gap;
import org.crmgap.model.GapKind;
import org.crmgap.model.GapModel;
import org.crmgap.model.OrganisationUnit;
import org.crmgap.model.Promise;
import org.crmgap.model.ServiceStandard;
import org.crmgap.model.SeverityThreshold;
import org.crmgap.model.persistence.ModelFiles;
import org.eclipse.emf.common.util.Diagnostic;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each structural rule: a model that breaks it gets its diagnostic, the same model mended does not. */
class RulesTest {

	private final CrmGapFactory f = CrmGapFactory.eINSTANCE;

	@TempDir
	Path dir;

	private List<Diagnostic> of(GapModel model, Rule rule) {
		return flat(GapValidation.validate(model)).stream().filter(d -> RuleDiagnostic.rule(d) == rule).toList();
	}

	static List<Diagnostic> flat(Diagnostic d) {
		return d.getChildren().isEmpty() ? List.of(d) : d.getChildren().stream().flatMap(c -> flat(c).stream()).toList();
	}

	private GapModel model() {
		GapModel model = f.createGapModel();
		model.setName("M");
		return model;
	}

	private CustomerSegment segment(GapModel model, String name) {
		CustomerSegment s = f.createCustomerSegment();
		s.setName(name);
		model.getSegments().add(s);
		return s;
	}

	@Test
	void duplicateNamesAmongSiblings() {
		GapModel model = model();
		segment(model, "Retail");
		CustomerSegment second = segment(model, "Retail");
		List<Diagnostic> found = of(model, Rule.NAMES_UNIQUE);
		assertEquals(1, found.size(), "only the later duplicate is reported");
		assertEquals(second, found.get(0).getData().get(0));
		assertEquals(Diagnostic.ERROR, found.get(0).getSeverity());
		assertTrue(found.get(0).getMessage().contains("'Retail'"), found.get(0).getMessage());
		second.setName("Private");
		assertEquals(List.of(), of(model, Rule.NAMES_UNIQUE));
	}

	@Test
	void expectationWithoutStandardWarnsAndLinksTheCatalogue() {
		GapModel model = model();
		Expectation e = f.createExpectation();
		e.setName("Short queues");
		segment(model, "Retail").getExpectations().add(e);
		Diagnostic d = of(model, Rule.EXPECTATION_UNADDRESSED).get(0);
		assertEquals(Diagnostic.WARNING, d.getSeverity());
		assertEquals("Expectation 'Short queues' is addressed by no service standard", d.getMessage());
		assertEquals(List.of("No customer-defined standards"), RuleDiagnostic.causes(d));
		ServiceStandard s = f.createServiceStandard();
		s.setName("Queue time");
		s.getAddresses().add(e);
		model.getServiceStandards().add(s);
		assertEquals(List.of(), of(model, Rule.EXPECTATION_UNADDRESSED));
	}

	@Test
	void standardWithoutOwner() {
		GapModel model = model();
		ServiceStandard s = f.createServiceStandard();
		s.setName("Queue time");
		model.getServiceStandards().add(s);
		assertEquals(1, of(model, Rule.STANDARD_UNOWNED).size());
		OrganisationUnit unit = f.createOrganisationUnit();
		unit.setName("Branches");
		model.getOrganisationUnits().add(unit);
		s.setOwnerUnit(unit);
		assertEquals(List.of(), of(model, Rule.STANDARD_UNOWNED));
	}

	@Test
	void promiseAboutNoStandard() {
		GapModel model = model();
		var c = f.createCommunication();
		c.setName("Campaign");
		Promise p = f.createPromise();
		p.setName("Fast");
		c.getPromises().add(p);
		model.getCommunications().add(c);
		assertTrue(of(model, Rule.PROMISE_UNBOUND).get(0).getMessage().contains("'Fast'"));
		ServiceStandard s = f.createServiceStandard();
		s.setName("S");
		model.getServiceStandards().add(s);
		p.setStandard(s);
		assertEquals(List.of(), of(model, Rule.PROMISE_UNBOUND));
	}

	@Test
	void dataSourceFileMustExistBesideTheModel() throws IOException {
		GapModel model = model();
		DataSource source = f.createDataSource();
		source.setName("KPIs");
		source.setRole(DataRole.KPI_MEASUREMENTS);
		source.setLocation("data/kpi.csv");
		for (ColumnMeaning m : List.of(ColumnMeaning.KPI_STANDARD, ColumnMeaning.KPI_VALUE)) {
			var mapping = f.createColumnMapping();
			mapping.setMeaning(m);
			mapping.setColumn(m.getLiteral());
			source.getColumnMappings().add(mapping);
		}
		model.getDataSources().add(source);
		ModelFiles.save(model, dir.resolve("m.crmgap"));
		Diagnostic missing = of(model, Rule.DATASOURCE_LOCATION).get(0);
		assertEquals(Diagnostic.ERROR, missing.getSeverity());
		assertTrue(missing.getMessage().contains("'data/kpi.csv' not found"), missing.getMessage());
		Files.createDirectories(dir.resolve("data"));
		Files.writeString(dir.resolve("data/kpi.csv"), "standard,value\n");
		assertEquals(List.of(), of(model, Rule.DATASOURCE_LOCATION));
		assertEquals(List.of(), of(model, Rule.DATASOURCE_UNMAPPED));
	}

	@Test
	void dataSourceMustMapWhatItsRoleNeeds() {
		GapModel model = model();
		DataSource source = f.createDataSource();
		source.setName("Survey");
		source.setRole(DataRole.CUSTOMER_SURVEY);
		source.setLocation("survey.csv");
		model.getDataSources().add(source);
		List<String> messages = of(model, Rule.DATASOURCE_UNMAPPED).stream().map(Diagnostic::getMessage).toList();
		assertEquals(List.of("Data source 'Survey' (customerSurvey) maps no column as respondent",
				"Data source 'Survey' (customerSurvey) maps no column as its survey instrument"), messages);
	}

	@Test
	void thresholdsMustBeOrdered() {
		GapModel model = model();
		SeverityThreshold t = f.createSeverityThreshold();
		t.setGapKind(GapKind.DELIVERY);
		t.setWarningLevel(0.3);
		t.setErrorLevel(0.1);
		model.getThresholds().add(t);
		assertEquals(Diagnostic.ERROR, of(model, Rule.THRESHOLD_ORDER).get(0).getSeverity());
		t.setErrorLevel(0.5);
		t.setSignificanceLevel(1.5);
		assertEquals(1, of(model, Rule.THRESHOLD_ORDER).size());
		t.setSignificanceLevel(0.01);
		assertEquals(List.of(), of(model, Rule.THRESHOLD_ORDER));
	}

	@Test
	void gapEndpointsMustFitItsKind() {
		GapModel model = model();
		CustomerSegment segment = segment(model, "Retail");
		ServiceStandard s = f.createServiceStandard();
		s.setName("S");
		model.getServiceStandards().add(s);
		Gap gap = f.createGap();
		gap.setName("Delivery?");
		gap.setKind(GapKind.DELIVERY);
		gap.setReference(segment);
		gap.setActual(s);
		model.getGaps().add(gap);
		assertTrue(of(model, Rule.GAP_ENDPOINTS).get(0).getMessage().contains("a service standard with the interaction flow"));
		OrganisationUnit unit = f.createOrganisationUnit();
		unit.setName("Branches");
		model.getOrganisationUnits().add(unit);
		gap.setReference(s);
		gap.setActual(unit);
		assertEquals(List.of(), of(model, Rule.GAP_ENDPOINTS));
	}

	@Test
	void emfsOwnChecksStillRun() {
		GapModel model = model();
		Gap gap = f.createGap();
		gap.setName("Loose");
		model.getGaps().add(gap);
		List<Diagnostic> emf = flat(GapValidation.validate(model)).stream()
				.filter(d -> d.getSeverity() == Diagnostic.ERROR && RuleDiagnostic.rule(d) == null).toList();
		assertEquals(2, emf.size(), "reference and actual are required: " + emf);
	}
}
