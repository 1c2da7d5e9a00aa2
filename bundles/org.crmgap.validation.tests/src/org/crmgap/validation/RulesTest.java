package org.crmgap.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.crmgap.model.ColumnMapping;
import org.crmgap.model.ColumnMeaning;
import org.crmgap.model.Communication;
import org.crmgap.model.CrmComponent;
import org.crmgap.model.CrmGapFactory;
import org.crmgap.model.CustomerSegment;
import org.crmgap.model.DataFormat;
import org.crmgap.model.DataRole;
import org.crmgap.model.DataSource;
import org.crmgap.model.Expectation;
import org.crmgap.model.Gap;
import org.crmgap.model.GapKind;
import org.crmgap.model.GapModel;
import org.crmgap.model.ManagementPerception;
import org.crmgap.model.OrganisationUnit;
import org.crmgap.model.Promise;
import org.crmgap.model.ServiceStandard;
import org.crmgap.model.SeverityThreshold;
import org.crmgap.model.SurveyInstrument;
import org.crmgap.model.persistence.ModelFiles;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.EObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Each structural rule: a model that breaks it gets its diagnostic (rule id, severity, the element named),
 * the same model mended does not. Rule ids are spelled out here so that renaming one breaks a test.
 */
class RulesTest {

	private final CrmGapFactory f = CrmGapFactory.eINSTANCE;

	@TempDir
	Path dir;

	static List<Diagnostic> flat(Diagnostic d) {
		return d.getChildren().isEmpty() ? List.of(d) : d.getChildren().stream().flatMap(c -> flat(c).stream()).toList();
	}

	/** The diagnostics of one rule, found by the id in their data. */
	private static List<Diagnostic> of(EObject model, String ruleId) {
		return flat(GapValidation.validate(model)).stream()
				.filter(d -> d.getData().size() > 1 && ruleId.equals(d.getData().get(1))).toList();
	}

	/** Exactly one diagnostic of the rule, about {@code element}, with the severity, naming the element. */
	private static Diagnostic reported(EObject model, String ruleId, int severity, EObject element, String name) {
		List<Diagnostic> found = of(model, ruleId);
		assertEquals(1, found.size(), ruleId + ": " + found);
		Diagnostic d = found.get(0);
		assertSame(element, d.getData().get(0));
		assertEquals(ruleId, RuleDiagnostic.rule(d).id());
		assertEquals(severity, d.getSeverity(), d.getMessage());
		assertTrue(d.getMessage().contains("'" + name + "'"), d.getMessage());
		return d;
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

	private ServiceStandard standard(GapModel model, String name) {
		ServiceStandard s = f.createServiceStandard();
		s.setName(name);
		model.getServiceStandards().add(s);
		return s;
	}

	private OrganisationUnit unit(GapModel model, String name) {
		OrganisationUnit u = f.createOrganisationUnit();
		u.setName(name);
		model.getOrganisationUnits().add(u);
		return u;
	}

	private Gap gap(GapModel model, String name, GapKind kind, EObject reference, EObject actual) {
		Gap gap = f.createGap();
		gap.setName(name);
		gap.setKind(kind);
		gap.setReference((org.crmgap.model.GapEndpoint) reference);
		gap.setActual((org.crmgap.model.GapEndpoint) actual);
		model.getGaps().add(gap);
		return gap;
	}

	private DataSource source(GapModel model, String name, DataRole role, String location, ColumnMeaning... mapped) {
		DataSource source = f.createDataSource();
		source.setName(name);
		source.setRole(role);
		source.setLocation(location);
		for (ColumnMeaning meaning : mapped) {
			ColumnMapping mapping = f.createColumnMapping();
			mapping.setMeaning(meaning);
			mapping.setColumn(meaning.getLiteral());
			source.getColumnMappings().add(mapping);
		}
		model.getDataSources().add(source);
		return source;
	}

	@Test
	void duplicateNamesAmongSiblings() {
		GapModel model = model();
		segment(model, "Retail");
		CustomerSegment second = segment(model, "Retail");
		unit(model, "Retail"); // another list: not a sibling
		reported(model, "crmgap.names.unique", Diagnostic.ERROR, second, "Retail");
		second.setName("Private");
		assertEquals(List.of(), of(model, "crmgap.names.unique"));
	}

	@Test
	void duplicateNamesInANestedListAreReportedOncePerDuplicate() {
		GapModel model = model();
		CustomerSegment retail = segment(model, "Retail");
		for (String name : List.of("Empathy", "Speed", "Empathy", "Empathy")) {
			Expectation e = f.createExpectation();
			e.setName(name);
			retail.getExpectations().add(e);
		}
		List<Diagnostic> found = of(model, "crmgap.names.unique");
		assertEquals(List.of(retail.getExpectations().get(2), retail.getExpectations().get(3)),
				found.stream().map(d -> d.getData().get(0)).toList());
		// a second run is not fooled by what the first one cached
		retail.getExpectations().get(3).setName("Reliability");
		assertEquals(1, of(model, "crmgap.names.unique").size());
	}

	@Test
	void expectationWithoutStandardWarnsAndLinksTheCatalogue() {
		GapModel model = model();
		Expectation e = f.createExpectation();
		e.setName("Relationship banking: empathy");
		segment(model, "Retail").getExpectations().add(e);
		Diagnostic d = reported(model, "crmgap.expectation.unaddressed", Diagnostic.WARNING, e, "Relationship banking: empathy");
		assertEquals("Expectation 'Relationship banking: empathy' is addressed by no service standard", d.getMessage());
		assertEquals(List.of("No customer-defined standards"), RuleDiagnostic.causes(d));
		assertEquals(List.of("Monitor and measure"), RuleDiagnostic.actions(d));
		assertEquals(List.of(e, "crmgap.expectation.unaddressed", List.of("No customer-defined standards"), List.of("Monitor and measure")),
				d.getData(), "data: element, rule id, causes, actions");
		standard(model, "Queue time").getAddresses().add(e);
		assertEquals(List.of(), of(model, "crmgap.expectation.unaddressed"));
	}

	@Test
	void standardWithoutOwner() {
		GapModel model = model();
		ServiceStandard s = standard(model, "Queue time");
		reported(model, "crmgap.standard.unowned", Diagnostic.WARNING, s, "Queue time");
		s.setOwnerUnit(unit(model, "Branches"));
		assertEquals(List.of(), of(model, "crmgap.standard.unowned"));
	}

	@Test
	void promiseAboutNoStandard() {
		GapModel model = model();
		Communication c = f.createCommunication();
		c.setName("Campaign");
		Promise p = f.createPromise();
		p.setName("Served in five minutes");
		c.getPromises().add(p);
		model.getCommunications().add(c);
		Diagnostic d = reported(model, "crmgap.promise.unbound", Diagnostic.WARNING, p, "Served in five minutes");
		assertEquals(List.of("Overpromising in advertising, personal selling or physical evidence"), RuleDiagnostic.causes(d));
		p.setStandard(standard(model, "Queue time"));
		assertEquals(List.of(), of(model, "crmgap.promise.unbound"));
	}

	@Test
	void dataSourceFileMustExistBesideTheModel() throws IOException {
		GapModel model = model();
		DataSource source = source(model, "KPIs", DataRole.KPI_MEASUREMENTS, "data/kpi.csv", ColumnMeaning.KPI_STANDARD,
				ColumnMeaning.KPI_VALUE);
		ModelFiles.save(model, dir.resolve("m.crmgap"));
		Diagnostic missing = reported(model, "crmgap.datasource.location", Diagnostic.ERROR, source, "KPIs");
		assertTrue(missing.getMessage().contains("'data/kpi.csv' not found"), missing.getMessage());
		Files.createDirectories(dir.resolve("data"));
		Files.writeString(dir.resolve("data/kpi.csv"), "standard,value\n");
		assertEquals(List.of(), of(model, "crmgap.datasource.location"));
		assertEquals(List.of(), of(model, "crmgap.datasource.unmapped"));
	}

	@Test
	void aSheetNamedForAFileThatIsNoWorkbookIsAWarning() throws IOException {
		GapModel model = model();
		DataSource source = source(model, "KPIs", DataRole.KPI_MEASUREMENTS, "kpi.csv", ColumnMeaning.KPI_STANDARD,
				ColumnMeaning.KPI_VALUE);
		source.setSheet("Wave 2");
		ModelFiles.save(model, dir.resolve("m.crmgap"));
		Files.writeString(dir.resolve("kpi.csv"), "standard,value\n");
		Diagnostic ignored = reported(model, "crmgap.datasource.sheet", Diagnostic.WARNING, source, "KPIs");
		assertEquals("Data source 'KPIs' names sheet \"Wave 2\", but its file 'kpi.csv' is no .xlsx workbook: the sheet is ignored",
				ignored.getMessage());
		// a workbook, even under another name, is recognised by its first bytes (a zip archive)
		Files.write(dir.resolve("kpi.csv"), new byte[] { 'P', 'K', 3, 4 });
		assertEquals(List.of(), of(model, "crmgap.datasource.sheet"));
		source.setLocation("book.xlsx");
		assertEquals(List.of(), of(model, "crmgap.datasource.sheet"), "a missing file is the location rule's");
		source.setFormat(DataFormat.PARQUET);
		reported(model, "crmgap.datasource.sheet", Diagnostic.WARNING, source, "KPIs");
		source.setSheet(" ");
		assertEquals(List.of(), of(model, "crmgap.datasource.sheet"), "a blank sheet is the first one");
	}

	@Test
	void aSqlSourceOfAnyRoleNeedsAJdbcUrlAndAQuery() throws IOException {
		GapModel model = model();
		DataSource source = source(model, "KPIs", DataRole.KPI_MEASUREMENTS, "kpi.csv", ColumnMeaning.KPI_STANDARD,
				ColumnMeaning.KPI_VALUE);
		source.setFormat(DataFormat.SQL);
		ModelFiles.save(model, dir.resolve("m.crmgap"));
		assertEquals("Data source 'KPIs' reads SQL: its location must be a JDBC URL (jdbc:postgresql://host:port/database?user=name)",
				reported(model, "crmgap.datasource.query", Diagnostic.ERROR, source, "KPIs").getMessage());
		assertEquals(List.of(), of(model, "crmgap.datasource.location"), "no file is looked for");
		source.setLocation("jdbc:postgresql://db.example:5432/bank?user=crm");
		assertEquals("Data source 'KPIs' reads SQL: it has no query",
				reported(model, "crmgap.datasource.query", Diagnostic.ERROR, source, "KPIs").getMessage());
		source.setQuery("SELECT standard, value FROM kpi");
		assertEquals(List.of(), of(model, "crmgap.datasource.query"));
		// every role can be read from SQL: surveys and assignments too (their rows are checked as a CSV file's)
		for (DataRole role : DataRole.VALUES) {
			source.setRole(role);
			assertEquals(List.of(), of(model, "crmgap.datasource.query"), role::toString);
		}
	}

	@Test
	void dataSourceLocationIsResolvedAgainstTheModelsDirectoryNotTheWorkingDirectory() throws IOException {
		GapModel model = model();
		Path models = Files.createDirectories(dir.resolve("models"));
		Files.writeString(dir.resolve("kpi.csv"), "standard,value\n"); // beside the wrong directory
		DataSource source = source(model, "KPIs", DataRole.KPI_MEASUREMENTS, "kpi.csv", ColumnMeaning.KPI_STANDARD,
				ColumnMeaning.KPI_VALUE);
		ModelFiles.save(model, models.resolve("m.crmgap"));
		reported(model, "crmgap.datasource.location", Diagnostic.ERROR, source, "KPIs");
		source.setLocation("../kpi.csv");
		assertEquals(List.of(), of(model, "crmgap.datasource.location"));
	}

	@Test
	void dataSourceWithoutLocationIsAnErrorEvenInMemory() {
		GapModel model = model();
		DataSource source = source(model, "KPIs", DataRole.KPI_MEASUREMENTS, null, ColumnMeaning.KPI_STANDARD, ColumnMeaning.KPI_VALUE);
		reported(model, "crmgap.datasource.location", Diagnostic.ERROR, source, "KPIs");
		source.setLocation("nowhere.csv");
		assertEquals(List.of(), of(model, "crmgap.datasource.location"), "no file URI: the existence check is skipped");
	}

	@Test
	void dataSourceMustMapWhatItsRoleNeeds() {
		GapModel model = model();
		DataSource source = source(model, "Survey", DataRole.CUSTOMER_SURVEY, "survey.csv");
		List<Diagnostic> found = of(model, "crmgap.datasource.unmapped");
		assertEquals(List.of("Data source 'Survey' (customerSurvey) maps no column as respondent",
				"Data source 'Survey' (customerSurvey) maps no column as its survey instrument"),
				found.stream().map(Diagnostic::getMessage).toList());
		assertTrue(found.stream().allMatch(d -> d.getSeverity() == Diagnostic.ERROR && d.getData().get(0) == source));
	}

	@Test
	void eachRoleNeedsItsOwnColumns() {
		record Case(DataRole role, List<ColumnMeaning> needed, boolean instrument) {
		}
		for (Case c : List.of(new Case(DataRole.CUSTOMER_SURVEY, List.of(ColumnMeaning.RESPONDENT), true),
				new Case(DataRole.MANAGEMENT_SURVEY, List.of(ColumnMeaning.RESPONDENT), true),
				new Case(DataRole.KPI_MEASUREMENTS, List.of(ColumnMeaning.KPI_STANDARD, ColumnMeaning.KPI_VALUE), false),
				new Case(DataRole.INTERNAL_ASSESSMENT, List.of(ColumnMeaning.COMPONENT, ColumnMeaning.ASSESSED_LEVEL), false))) {
			for (ColumnMeaning left : c.needed()) {
				GapModel model = model();
				List<ColumnMeaning> mapped = c.needed().stream().filter(m -> m != left).toList();
				DataSource source = source(model, "Data", c.role(), "data.csv", mapped.toArray(ColumnMeaning[]::new));
				if (c.instrument()) {
					source.setInstrument(f.createSurveyInstrument());
					model.getSurveyInstruments().add(source.getInstrument());
				}
				Diagnostic d = reported(model, "crmgap.datasource.unmapped", Diagnostic.ERROR, source, "Data");
				assertTrue(d.getMessage().endsWith("maps no column as " + left.getLiteral()), d.getMessage());
				source(model, "Complete", c.role(), "data.csv", c.needed().toArray(ColumnMeaning[]::new))
						.setInstrument(source.getInstrument());
				assertEquals(1, of(model, "crmgap.datasource.unmapped").size(), c.role() + ": the complete source is fine");
			}
		}
	}

	@Test
	void thresholdsMustBeOrdered() {
		GapModel model = model();
		SeverityThreshold t = f.createSeverityThreshold();
		t.setGapKind(GapKind.DELIVERY);
		t.setWarningLevel(0.3);
		t.setErrorLevel(0.1);
		model.getThresholds().add(t);
		reported(model, "crmgap.threshold.order", Diagnostic.ERROR, t, "delivery");
		t.setErrorLevel(0.3);
		assertEquals(1, of(model, "crmgap.threshold.order").size(), "equal levels are not ordered");
		t.setErrorLevel(0.5);
		assertEquals(List.of(), of(model, "crmgap.threshold.order"));
		for (double significance : new double[] { 0, 1, 1.5, -0.1 }) {
			t.setSignificanceLevel(significance);
			assertEquals(1, of(model, "crmgap.threshold.order").size(), "significance " + significance);
		}
		t.setSignificanceLevel(0.01);
		assertEquals(List.of(), of(model, "crmgap.threshold.order"));
	}

	@Test
	void anInstrumentsScaleMinimumMustBeBelowItsMaximum() {
		GapModel model = model();
		SurveyInstrument instrument = f.createSurveyInstrument();
		instrument.setName("Bank survey");
		instrument.setScaleMin(7);
		instrument.setScaleMax(7);
		model.getSurveyInstruments().add(instrument);
		Diagnostic d = reported(model, "crmgap.instrument.scale", Diagnostic.ERROR, instrument, "Bank survey");
		assertEquals("Survey instrument 'Bank survey': the scale's minimum 7 must be below its maximum 7", d.getMessage());
		instrument.setScaleMin(1);
		assertEquals(List.of(), of(model, "crmgap.instrument.scale"));
	}

	@Test
	void aGapsOwnThresholdIsNamedAfterTheGap() {
		GapModel model = model();
		ServiceStandard s = standard(model, "Queue time");
		Gap gap = gap(model, "Delivery gap: queues", GapKind.DELIVERY, s, unit(model, "Branches"));
		SeverityThreshold t = f.createSeverityThreshold();
		t.setWarningLevel(2);
		t.setErrorLevel(1);
		gap.setThreshold(t);
		reported(model, "crmgap.threshold.order", Diagnostic.ERROR, t, "Delivery gap: queues");
	}

	@Test
	void gapEndpointsMustFitItsKind() {
		GapModel model = model();
		CustomerSegment segment = segment(model, "Retail");
		ServiceStandard s = standard(model, "S");
		Gap gap = gap(model, "Delivery?", GapKind.DELIVERY, segment, s);
		Diagnostic d = reported(model, "crmgap.gap.endpoints", Diagnostic.WARNING, gap, "Delivery?");
		assertTrue(d.getMessage().contains("a service standard with the interaction flow"), d.getMessage());
		gap.setReference(s);
		gap.setActual(unit(model, "Branches"));
		assertEquals(List.of(), of(model, "crmgap.gap.endpoints"));
	}

	@Test
	void endpointTableOfTheOtherKinds() {
		GapModel model = model();
		CustomerSegment segment = segment(model, "Retail");
		Expectation e = f.createExpectation();
		e.setName("Empathy");
		segment.getExpectations().add(e);
		ManagementPerception m = f.createManagementPerception();
		m.setName("Managers on empathy");
		m.setExpectation(e);
		model.getManagementPerceptions().add(m);
		ServiceStandard s = standard(model, "S");
		Communication c = f.createCommunication();
		c.setName("Campaign");
		model.getCommunications().add(c);
		CrmComponent component = f.createCrmComponent();
		component.setName("CRM database");
		unit(model, "IT").getComponents().add(component);

		Gap knowledge = gap(model, "Knowledge", GapKind.KNOWLEDGE, e, s);
		Gap communication = gap(model, "Communication", GapKind.COMMUNICATION, segment, s);
		assertEquals(List.of(knowledge, communication), of(model, "crmgap.gap.endpoints").stream().map(d -> d.getData().get(0)).toList());
		knowledge.setActual(m);
		communication.setReference(c);
		gap(model, "Readiness", GapKind.COMPONENT_READINESS, model.getOrganisationUnits().get(0), component);
		assertEquals(List.of(), of(model, "crmgap.gap.endpoints"));
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
		assertTrue(emf.get(0).getMessage().contains("'reference'") && emf.get(1).getMessage().contains("'actual'"), emf.toString());
	}
}
