package org.crmgap.indicators;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.crmgap.data.DataException;
import org.crmgap.model.DataFormat;
import org.crmgap.model.DataRole;
import org.crmgap.model.DataSource;
import org.crmgap.model.GapKind;
import org.crmgap.model.GapModel;
import org.crmgap.model.persistence.ModelFiles;
import org.crmgap.sql.testing.PostgresServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The example's KPI measurements (both waves, one table) and readiness assessment in a real PostgreSQL server, read by
 * SQL data sources: the indicators, the actions' outcomes and the trends equal those from the CSV files (checked
 * against R elsewhere); each bad source is one line naming it and the problem.
 */
class SqlSourceTest {

	private static final Path MODEL = ExampleCopy.EXAMPLE.resolve("retail-bank.crmgap");
	private static final double TOLERANCE = 1e-9;
	private static final AnalysisOptions WITH_PASSWORD = AnalysisOptions.DEFAULT.withPasswords((source, url) -> PostgresServer.PASSWORD);

	private static PostgresServer server;

	@BeforeAll
	static void startServer() throws Exception {
		server = PostgresServer.start();
		server.loadExample(ExampleCopy.EXAMPLE.resolve("data"));
		try (Connection c = server.connect(); Statement s = c.createStatement()) {
			s.execute("CREATE SEQUENCE reads");
		}
	}

	@AfterAll
	static void stopServer() throws Exception {
		if (server != null) {
			server.close();
		}
	}

	/** The example with its KPI and readiness sources turned into queries on the server. */
	private static GapModel fromDatabase() throws Exception {
		GapModel model = ModelFiles.load(MODEL);
		for (DataSource source : model.getDataSources()) {
			if (source.getRole() == DataRole.KPI_MEASUREMENTS) {
				sql(source, "SELECT standard, day AS \"timestamp\", value FROM kpi WHERE wave = '" + source.getWave().getName() + "'");
			} else if (source.getRole() == DataRole.INTERNAL_ASSESSMENT) {
				sql(source, "SELECT component, assessor, assessed_level\nFROM readiness -- the whole assessment;\n");
			}
		}
		return model;
	}

	private static void sql(DataSource source, String query) {
		source.setFormat(DataFormat.SQL);
		source.setLocation(server.url(PostgresServer.DATABASE));
		source.setQuery(query);
	}

	@Test
	void theExamplesIndicatorsFromPostgresqlAreThoseFromTheCsvFiles() throws Exception {
		for (String wave : List.of("2025", "2026")) {
			ModelAnalysisResult files = ModelAnalysis.analyse(ModelFiles.load(MODEL), MODEL, AnalysisOptions.DEFAULT.withWave(wave));
			ModelAnalysisResult database = ModelAnalysis.analyse(fromDatabase(), MODEL, WITH_PASSWORD.withWave(wave));

			assertTrue(database.data().stream().anyMatch(f -> f.file().equals("data source 'Weekly KPI measurements " + wave
					+ "' (jdbc:postgresql://127.0.0.1:" + server.port + "/bank)") && f.sha256() == null), database.data()::toString);
			assertTrue(files.indicators().stream().filter(i -> i.kind() == GapKind.DELIVERY && i.n() > 0).count() >= 5);
			assertTrue(files.indicators().stream().filter(i -> i.kind() == GapKind.COMPONENT_READINESS && i.n() > 0).count() >= 5);
			assertEquals(files.indicators().size(), database.indicators().size());
			for (int i = 0; i < files.indicators().size(); i++) {
				Indicator csv = files.indicators().get(i);
				Indicator sql = database.indicators().get(i);
				String what = wave + " " + csv.kind() + " " + csv.element() + " " + csv.segment() + " " + csv.name();
				assertEquals(List.of(csv.kind(), csv.elementId(), csv.segment(), csv.name(), csv.n(), csv.severity()),
						List.of(sql.kind(), sql.elementId(), sql.segment(), sql.name(), sql.n(), sql.severity()), what);
				near(csv.value(), sql.value(), what);
				near(csv.ciLow(), sql.ciLow(), what);
				near(csv.ciHigh(), sql.ciHigh(), what);
				near(csv.p(), sql.p(), what);
			}
			assertEquals(files.actions().size(), database.actions().size());
			for (int i = 0; i < files.actions().size(); i++) {
				ActionOutcome csv = files.actions().get(i);
				ActionOutcome sql = database.actions().get(i);
				assertEquals(csv.outcome(), sql.outcome(), csv.action());
				near(csv.before(), sql.before(), csv.action());
				near(csv.after(), sql.after(), csv.action());
				near(csv.p(), sql.p(), csv.action());
			}
			assertEquals(files.warnings(), database.warnings());
		}
	}

	private static void near(Double expected, Double actual, String what) {
		if (expected == null || actual == null) {
			assertEquals(expected, actual, what);
		} else {
			assertEquals(expected, actual, TOLERANCE * Math.max(1, Math.abs(expected)), what);
		}
	}

	/** The 2026 KPI source (the wave analysed) changed by {@code change}: its error message. */
	private static String problem(Consumer<DataSource> change, AnalysisOptions options) throws Exception {
		return problem("Weekly KPI measurements 2026", change, options);
	}

	/** The source of that name changed by {@code change}: the analysis's error message, one line. */
	private static String problem(String name, Consumer<DataSource> change, AnalysisOptions options) throws Exception {
		GapModel model = fromDatabase();
		change.accept(model.getDataSources().stream().filter(s -> name.equals(s.getName())).findFirst().orElseThrow());
		String message = assertThrows(DataException.class, () -> ModelAnalysis.analyse(model, MODEL, options)).getMessage();
		assertFalse(message.contains("\n"), message);
		return message;
	}

	private static String where() {
		return "data source 'Weekly KPI measurements 2026' (jdbc:postgresql://127.0.0.1:" + server.port + "/bank): ";
	}

	@Test
	void aUrlOfAnotherKindIsRefused() throws Exception {
		assertEquals("data source 'Weekly KPI measurements 2026' (jdbc:mysql://127.0.0.1/bank): not a PostgreSQL JDBC URL "
				+ "(jdbc:postgresql://host:port/database?user=name)", problem(s -> s.setLocation("jdbc:mysql://127.0.0.1/bank"),
						WITH_PASSWORD));
	}

	@Test
	void aServerThatIsDownIsSaid() throws Exception {
		int closed;
		try (java.net.ServerSocket socket = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
			closed = socket.getLocalPort();
		}
		String url = "jdbc:postgresql://127.0.0.1:" + closed + "/bank?user=crm";
		String message = problem(s -> s.setLocation(url), WITH_PASSWORD);
		assertTrue(message.startsWith("data source 'Weekly KPI measurements 2026' (jdbc:postgresql://127.0.0.1:" + closed
				+ "/bank): cannot connect: Connection to 127.0.0.1:" + closed + " refused"), message);
		assertEquals("data source 'Weekly KPI measurements 2026' (jdbc:postgresql://no-such-host.invalid/bank): cannot connect: "
				+ "UnknownHostException: no-such-host.invalid", problem(s -> s.setLocation("jdbc:postgresql://no-such-host.invalid/bank"),
						WITH_PASSWORD));
	}

	@Test
	void aWrongPasswordIsSaid() throws Exception {
		assertEquals(where() + "cannot connect: password authentication failed for user \"crm\"",
				problem(s -> { }, AnalysisOptions.DEFAULT.withPasswords((source, url) -> "wrong")));
		assertEquals(where() + "cannot connect without a password (set CRMGAP_DB_PASSWORD): The server requested SCRAM-based "
				+ "authentication, but no password was provided.", problem(s -> { }, AnalysisOptions.DEFAULT.withPasswords((source, url) -> null)));
	}

	@Test
	void aPasswordInTheModelIsRefused() throws Exception {
		assertEquals(where() + "the URL holds a password; the model must not: leave it out and set CRMGAP_DB_PASSWORD",
				problem(s -> s.setLocation(s.getLocation() + "&password=x"), WITH_PASSWORD));
		assertEquals(where() + "the URL sets 'socketFactory', which makes the driver load a class: refused",
				problem(s -> s.setLocation(s.getLocation() + "&socketFactory=java.lang.Object"), WITH_PASSWORD));
	}

	@Test
	void eachBadQueryIsOneLine() throws Exception {
		Map<String, String> problems = new LinkedHashMap<>();
		problems.put("SELECT standard, value FROM kpi WHERE value >> 1", "the query fails: operator does not exist: double precision >> integer");
		problems.put("SELECT standard, value FROM kpis", "the query fails: relation \"kpis\" does not exist");
		problems.put(" ", "no query (the SQL whose rows are the data)");
		problems.put("SELECT standard, day FROM kpi", "the query gives no column 'value' (mapped as kpiValue in the model); it gives "
				+ "'standard', 'day'");
		problems.put("SELECT standard, CAST(value AS VARCHAR) AS value FROM kpi", "column 'value' is varchar, not a number (cast it in "
				+ "the query)");
		problems.put("SELECT standard, value FROM kpi WHERE wave = '1999'", "the query gives no rows");
		// a query with a side effect fails in the read-only transaction
		problems.put("SELECT standard, value + 0 * nextval('reads') AS value FROM kpi", "the query fails: cannot execute nextval() in a "
				+ "read-only transaction");
		for (Map.Entry<String, String> bad : problems.entrySet()) {
			assertEquals(where() + bad.getValue(), problem(s -> s.setQuery(bad.getKey()), WITH_PASSWORD), bad.getKey());
		}
	}

	@Test
	void theQueryCannotWrite() throws Exception {
		String message = problem(s -> s.setQuery("SELECT 'S01' AS standard, 1.0 AS value) AS x; DELETE FROM kpi; SELECT * FROM (SELECT 1"),
				WITH_PASSWORD);
		assertTrue(message.startsWith(where() + "the query fails: "), message);
		try (Connection c = server.connect(); Statement s = c.createStatement(); var rows = s.executeQuery("SELECT count(*) FROM kpi")) {
			rows.next();
			assertTrue(rows.getLong(1) > 100);
		} catch (SQLException e) {
			throw new AssertionError(e);
		}
	}
}
