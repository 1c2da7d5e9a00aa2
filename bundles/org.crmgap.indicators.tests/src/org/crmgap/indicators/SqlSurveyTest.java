package org.crmgap.indicators;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.crmgap.data.DataException;
import org.crmgap.data.DataFingerprint;
import org.crmgap.model.ColumnMeaning;
import org.crmgap.model.CrmGapFactory;
import org.crmgap.model.DataFormat;
import org.crmgap.model.DataRole;
import org.crmgap.model.DataSource;
import org.crmgap.model.GapModel;
import org.crmgap.model.persistence.ModelFiles;
import org.crmgap.sql.testing.PostgresServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The example's customer surveys (both waves) and management survey in a real PostgreSQL server, read by SQL data
 * sources: their rows go through the CSV file's checks, so the indicators, the gaps (value, n, p), the actions' outcomes
 * and the warnings are exactly those of the CSV files; bad cells give the CSV file's warnings at the query's rows, a
 * duplicate respondent is an error naming the source.
 */
class SqlSurveyTest {

	private static final Path MODEL = ExampleCopy.EXAMPLE.resolve("retail-bank.crmgap");
	private static final AnalysisOptions WITH_PASSWORD = AnalysisOptions.DEFAULT.withPasswords((source, url) -> PostgresServer.PASSWORD);
	/** The example's survey files and their SQL sources' tables. */
	private static final Map<String, String> TABLES = Map.of("survey.csv", "survey_2025", "survey-2026.csv", "survey_2026",
			"managers.csv", "managers");
	private static final Pattern FIRST_AT_LINE = Pattern.compile("\\(first at line (\\d+)");
	/** A number in a record's text (not one inside a name such as C0605 or an id). */
	private static final Pattern NUMBER = Pattern.compile("(?<=[=\\[ ])-?\\d+(\\.\\d+)?(E-?\\d+)?(?=[,\\]])");

	private static PostgresServer server;

	@TempDir
	Path dir;

	@BeforeAll
	static void startServer() throws Exception {
		server = PostgresServer.start();
		server.loadSurveys(ExampleCopy.EXAMPLE.resolve("data"));
	}

	@AfterAll
	static void stopServer() throws Exception {
		if (server != null) {
			server.close();
		}
	}

	/** No temporary CSV copy of a query's rows is left behind, whatever the analysis did. */
	@AfterEach
	void noTemporaryCopyLeft() throws IOException {
		try (Stream<Path> files = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
			assertEquals(List.of(), files.filter(f -> f.getFileName().toString().startsWith("crmgap-query-")).toList());
		}
	}

	/** The model with each survey source (both waves' customers, the managers) a query on its table. */
	private static GapModel fromDatabase(GapModel model) {
		for (DataSource source : model.getDataSources()) {
			String file = source.getLocation() == null ? "" : Path.of(source.getLocation()).getFileName().toString();
			if (source.getRole() == DataRole.CUSTOMER_SURVEY || source.getRole() == DataRole.MANAGEMENT_SURVEY) {
				sql(source, "SELECT * FROM " + TABLES.get(file) + " ORDER BY respondent");
			}
		}
		return model;
	}

	private static void sql(DataSource source, String query) {
		source.setFormat(DataFormat.SQL);
		source.setLocation(server.url(PostgresServer.DATABASE));
		source.setQuery(query);
	}

	private static String where(String source) {
		return "data source '" + source + "' (jdbc:postgresql://127.0.0.1:" + server.port + "/bank)";
	}

	private static DataSource named(GapModel model, String name) {
		return model.getDataSources().stream().filter(s -> name.equals(s.getName())).findFirst().orElseThrow();
	}

	/** A warning of the CSV file {@code file} as the SQL source {@code source} says it: its name and the query's row. */
	private static String asQuery(String warning, Path file, String source) {
		if (!warning.startsWith(file + " column ")) {
			return warning;
		}
		Matcher line = FIRST_AT_LINE.matcher(warning);
		assertTrue(line.find(), warning);
		String row = "(first at row " + (Long.parseLong(line.group(1)) - 1) + " of the query's result";
		return where(source) + warning.substring(file.toString().length(), line.start()) + row + warning.substring(line.end());
	}

	/**
	 * The same results: equal but for the numbers, which are equal to 1e-12 (relative). The engine's parallel sums of the
	 * same CSV file differ in the last bits from one analysis to the next.
	 */
	private static void same(List<?> expected, List<?> actual) {
		assertEquals(expected.size(), actual.size(), () -> expected + "\n" + actual);
		for (int i = 0; i < expected.size(); i++) {
			String e = expected.get(i).toString();
			String a = actual.get(i).toString();
			assertEquals(NUMBER.matcher(e).replaceAll("#"), NUMBER.matcher(a).replaceAll("#"), a);
			Matcher en = NUMBER.matcher(e);
			Matcher an = NUMBER.matcher(a);
			while (en.find() && an.find()) {
				double x = Double.parseDouble(en.group());
				assertEquals(x, Double.parseDouble(an.group()), 1e-12 * Math.max(1, Math.abs(x)), e + "\n" + a);
			}
		}
	}

	@Test
	void theExamplesSurveysFromPostgresqlGiveTheCsvFilesIndicators() throws Exception {
		for (String wave : List.of("2025", "2026")) {
			ModelAnalysisResult files = ModelAnalysis.analyse(ModelFiles.load(MODEL), MODEL, AnalysisOptions.DEFAULT.withWave(wave));
			ModelAnalysisResult database = ModelAnalysis.analyse(fromDatabase(ModelFiles.load(MODEL)), MODEL, WITH_PASSWORD.withWave(wave));

			assertTrue(files.gaps().stream().filter(g -> g.value() != null && g.p() != null).count() >= 5, files.gaps()::toString);
			assertTrue(files.indicators().stream().filter(i -> i.n() > 0 && i.kind().getLiteral().startsWith("knowledge")).count() >= 5);
			same(files.gaps(), database.gaps()); // every gap's value, n, p and severity
			same(files.indicators(), database.indicators());
			same(files.actions(), database.actions());
			same(files.trends(), database.trends());
			assertEquals(files.warnings(), database.warnings(), wave);

			// the data read: the sources and their databases with the files' row counts, no bytes and no SHA-256
			List<DataFingerprint> expected = new ArrayList<>();
			String customers = "Customer survey " + wave;
			for (DataFingerprint read : files.data()) {
				String name = Path.of(read.file()).getFileName().toString();
				String source = name.equals("managers.csv") ? "Management survey 2025" : name.startsWith("survey") ? customers : null;
				expected.add(source == null ? read : new DataFingerprint(where(source), 0, read.rows(), null));
			}
			assertEquals(expected, database.data(), wave);
			assertTrue(expected.contains(new DataFingerprint(where(customers), 0, 600, null)), expected::toString);
			assertTrue(expected.contains(new DataFingerprint(where("Management survey 2025"), 0, 24, null)), expected::toString);
		}
	}

	@Test
	void badCellsGiveTheCsvFilesWarningsAtTheQuerysRows() throws Exception {
		ExampleCopy copy = new ExampleCopy(dir);
		String survey = "survey-2026.csv";
		copy.setCells(survey, "P7", c -> "x", 2);
		copy.setCells(survey, "E2", c -> "99", 4, 5);
		copy.setCells(survey, "P1", c -> "3.5", 7);
		copy.setCells(survey, "W_tangibles", c -> "-5", 8);
		copy.setCells(survey, "segment", c -> "", 9);
		server.loadTable(copy.data(survey), "survey_bad");
		AnalysisOptions wave2026 = WITH_PASSWORD.withWave("2026");
		ModelAnalysisResult files = ModelAnalysis.analyse(copy.model, copy.file, wave2026);
		sql(named(copy.model, "Customer survey 2026"), "SELECT * FROM survey_bad ORDER BY respondent");
		ModelAnalysisResult database = ModelAnalysis.analyse(copy.model, copy.file, wave2026);

		String where = where("Customer survey 2026");
		assertTrue(database.warnings().contains(where + " column E2: 2 value(s) outside 1..7 excluded (first at row 4 of the query's "
				+ "result: '99')"), String.join("\n", database.warnings()));
		assertTrue(database.warnings().contains(where + " column segment: 1 row(s) without a segment counted in 'all' and in "
				+ "'(no segment)' (first at row 9 of the query's result)"), String.join("\n", database.warnings()));
		assertTrue(files.warnings().size() >= 5, String.join("\n", files.warnings()));
		assertEquals(files.warnings().stream().map(w -> asQuery(w, copy.data(survey), "Customer survey 2026")).toList(),
				database.warnings());
		same(files.gaps(), database.gaps());
		same(files.indicators(), database.indicators());
	}

	@Test
	void aDuplicateRespondentIsAnErrorNamingTheSource() throws Exception {
		GapModel model = fromDatabase(ModelFiles.load(MODEL));
		named(model, "Customer survey 2026").setQuery("SELECT * FROM survey_2026 UNION ALL SELECT * FROM survey_2026 WHERE respondent "
				+ "= 'C0605' ORDER BY respondent");
		String message = assertThrows(DataException.class, () -> ModelAnalysis.analyse(model, MODEL, WITH_PASSWORD.withWave("2026")))
				.getMessage();
		assertEquals(where("Customer survey 2026") + ": row 6 of the query's result, column respondent: duplicate respondent id 'C0605' "
				+ "(first at row 5)", message);
	}

	@Test
	void aSurveyQueryThatFailsOrLacksAColumnIsOneLine() throws Exception {
		GapModel model = fromDatabase(ModelFiles.load(MODEL));
		DataSource managers = named(model, "Management survey 2025");
		managers.setQuery("SELECT respondent, unit FROM managers");
		assertEquals(where("Management survey 2025") + ": the query gives no column 'M1' (item 1's managers' estimate in the model's "
				+ "survey instrument); it gives 'respondent', 'unit'", problem(model));
		managers.setQuery("SELECT * FROM manager");
		assertEquals(where("Management survey 2025") + ": the query fails: relation \"manager\" does not exist", problem(model));
		managers.setQuery("SELECT * FROM managers WHERE unit = 'board'");
		assertEquals(where("Management survey 2025") + ": the query gives no rows", problem(model));
	}

	private static String problem(GapModel model) {
		String message = assertThrows(DataException.class, () -> ModelAnalysis.analyse(model, MODEL, WITH_PASSWORD.withWave("2026")))
				.getMessage();
		assertFalse(message.contains("\n"), message);
		return message;
	}

	/**
	 * Respondent ids holding a comma, quotes and a line break, in the survey's query and in a segment assignment's: both
	 * read exactly (the join finds every respondent), so the indicators are the CSV file's.
	 */
	@Test
	void cellsWithCommasQuotesAndLineBreaksAreReadAsTheyAre() throws Exception {
		ModelAnalysisResult files = ModelAnalysis.analyse(ModelFiles.load(MODEL), MODEL, AnalysisOptions.DEFAULT.withWave("2026"));
		GapModel model = fromDatabase(ModelFiles.load(MODEL));
		String id = "E'id, \"quoted\";\n' || respondent";
		DataSource survey = named(model, "Customer survey 2026");
		survey.setQuery("SELECT " + id + " AS rid, * FROM survey_2026 ORDER BY respondent");
		survey.getColumnMappings().stream().filter(m -> m.getMeaning() == ColumnMeaning.RESPONDENT).forEach(m -> m.setColumn("rid"));
		DataSource assignment = CrmGapFactory.eINSTANCE.createDataSource();
		assignment.setName("Segments 2026");
		assignment.setRole(DataRole.SEGMENT_ASSIGNMENT);
		assignment.setWave(survey.getWave());
		sql(assignment, "SELECT " + id + " AS respondent, segment AS profile FROM survey_2026 ORDER BY respondent DESC");
		model.getDataSources().add(assignment);

		ModelAnalysisResult database = ModelAnalysis.analyse(model, MODEL, WITH_PASSWORD.withWave("2026"));
		assertEquals(files.warnings(), database.warnings());
		same(files.gaps(), database.gaps());
		same(files.indicators(), database.indicators());
		assertTrue(database.data().contains(new DataFingerprint(where("Segments 2026"), 0, 600, null)), database.data()::toString);
	}
}
