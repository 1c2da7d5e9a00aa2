package org.crmgap.sql.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.UserPrincipal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A real PostgreSQL server for the tests: a fresh cluster in a temporary folder (its Unix socket there too), on a free
 * port of 127.0.0.1, password authentication (SCRAM) for user {@value #USER}. Run as the {@code postgres} user when the
 * tests run as root, since initdb refuses root. No server installed is a failure that says how to install one, never a
 * skip: {@code ./crmgap test} installs Debian's {@code postgresql}. Shared by the indicators' and the workbench's tests
 * (not shipped).
 */
public final class PostgresServer implements AutoCloseable {

	public static final String USER = "crm";
	public static final String PASSWORD = "crm 'secret\"";
	public static final String DATABASE = "bank";

	private final Path dir;
	private final Path bin;
	private final List<String> runAs;
	public final int port;

	private PostgresServer(Path dir, Path bin, List<String> runAs, int port) {
		this.dir = dir;
		this.bin = bin;
		this.runAs = runAs;
		this.port = port;
	}

	public static PostgresServer start() throws IOException, InterruptedException {
		Path bin = binaries();
		boolean root = "0".equals(output(List.of("id", "-u")).strip());
		List<String> runAs = root ? List.of("runuser", "-u", "postgres", "--") : List.of();
		Path dir = Files.createTempDirectory("crmgap-pg");
		if (root) {
			UserPrincipal postgres = dir.getFileSystem().getUserPrincipalLookupService().lookupPrincipalByName("postgres");
			Files.setOwner(dir, postgres);
		}
		PostgresServer server = new PostgresServer(dir, bin, runAs, freePort());
		try {
			server.init();
			return server;
		} catch (IOException | RuntimeException e) {
			server.close();
			throw e;
		}
	}

	private void init() throws IOException, InterruptedException {
		Path passwordFile = dir.resolve("password");
		Files.writeString(passwordFile, PASSWORD + "\n", StandardCharsets.UTF_8);
		Files.setOwner(passwordFile, Files.getOwner(dir));
		run("initdb", "-D", dir.resolve("data").toString(), "-U", USER, "--pwfile=" + passwordFile, "--auth-local=scram-sha-256",
				"--auth-host=scram-sha-256", "-E", "UTF8", "--locale=C.UTF-8");
		run("pg_ctl", "-D", dir.resolve("data").toString(), "-l", dir.resolve("log").toString(), "-w", "-t", "60", "-o",
				"-p " + port + " -k " + dir + " -c listen_addresses=127.0.0.1", "start");
		Properties login = new Properties();
		login.setProperty("user", USER);
		login.setProperty("password", PASSWORD);
		try (java.sql.Connection c = new org.postgresql.Driver().connect(url("postgres"), login);
				java.sql.Statement s = c.createStatement()) {
			s.execute("CREATE DATABASE " + DATABASE);
		} catch (java.sql.SQLException e) {
			throw new IOException("cannot create the test database: " + e.getMessage(), e);
		}
	}

	/** The JDBC URL of a database on this server, with the user but never the password. */
	public String url(String database) {
		return "jdbc:postgresql://127.0.0.1:" + port + "/" + database + "?user=" + USER;
	}

	public java.sql.Connection connect() throws java.sql.SQLException {
		Properties login = new Properties();
		login.setProperty("user", USER);
		login.setProperty("password", PASSWORD);
		return new org.postgresql.Driver().connect(url(DATABASE), login);
	}

	/**
	 * The example's KPI measurements of both waves in table {@code kpi (wave, standard, day, value)} and its readiness
	 * assessment in table {@code readiness (component, assessor, assessed_level)}, from the example's data folder.
	 */
	public void loadExample(Path data) throws IOException, java.sql.SQLException {
		try (java.sql.Connection c = connect(); java.sql.Statement s = c.createStatement()) {
			s.execute("CREATE TABLE kpi (wave VARCHAR, standard VARCHAR, day DATE, value DOUBLE PRECISION)");
			s.execute("CREATE TABLE readiness (component VARCHAR, assessor VARCHAR, assessed_level DOUBLE PRECISION)");
			copy(c, data.resolve("kpi.csv"), "INSERT INTO kpi VALUES ('2025', ?, CAST(? AS DATE), CAST(? AS DOUBLE PRECISION))");
			copy(c, data.resolve("kpi-2026.csv"), "INSERT INTO kpi VALUES ('2026', ?, CAST(? AS DATE), CAST(? AS DOUBLE PRECISION))");
			copy(c, data.resolve("readiness.csv"), "INSERT INTO readiness VALUES (?, ?, CAST(? AS DOUBLE PRECISION))");
		}
	}

	/**
	 * The example's surveys from its data folder: {@code survey.csv} as table {@code survey_2025}, {@code survey-2026.csv}
	 * as {@code survey_2026}, {@code managers.csv} as {@code managers} (see {@link #loadTable}).
	 */
	public void loadSurveys(Path data) throws IOException, java.sql.SQLException {
		loadTable(data.resolve("survey.csv"), "survey_2025");
		loadTable(data.resolve("survey-2026.csv"), "survey_2026");
		loadTable(data.resolve("managers.csv"), "managers");
	}

	/**
	 * A plain CSV file (no quoted fields) as table {@code table} (a plain identifier) with the header's columns, as they are
	 * named (quoted: {@code "E1"}), in the file's order: a column whose cells are all whole numbers (or empty) as
	 * {@code integer}, any other as {@code text}; an empty cell is NULL.
	 */
	public void loadTable(Path file, String table) throws IOException, java.sql.SQLException {
		List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
		String[] header = lines.get(0).split(",", -1);
		List<String> columns = new ArrayList<>();
		List<String> values = new ArrayList<>();
		for (int i = 0; i < header.length; i++) {
			int column = i;
			boolean whole = lines.stream().skip(1).map(l -> l.split(",", -1)[column]).allMatch(c -> c.matches("-?\\d*"));
			columns.add("\"" + header[i].replace("\"", "\"\"") + "\" " + (whole ? "integer" : "text"));
			values.add(whole ? "CAST(? AS integer)" : "?");
		}
		try (java.sql.Connection c = connect(); java.sql.Statement s = c.createStatement()) {
			s.execute("CREATE TABLE " + table + " (" + String.join(", ", columns) + ")");
			copy(c, file, "INSERT INTO " + table + " VALUES (" + String.join(", ", values) + ")");
		}
	}

	/** A plain CSV file (no quoted fields), every cell bound as text. */
	private static void copy(java.sql.Connection c, Path file, String insert) throws IOException, java.sql.SQLException {
		List<String> lines = Files.readAllLines(file);
		try (java.sql.PreparedStatement statement = c.prepareStatement(insert)) {
			for (String line : lines.subList(1, lines.size())) {
				String[] cells = line.split(",", -1);
				for (int i = 0; i < cells.length; i++) {
					statement.setString(i + 1, cells[i].isEmpty() ? null : cells[i]);
				}
				statement.addBatch();
			}
			statement.executeBatch();
		}
	}

	/** The newest installed server's binaries (Debian: /usr/lib/postgresql/VERSION/bin). */
	private static Path binaries() throws IOException {
		Path root = Path.of("/usr/lib/postgresql");
		try (Stream<Path> versions = Files.isDirectory(root) ? Files.list(root) : Stream.empty()) {
			return versions.map(v -> v.resolve("bin")).filter(b -> Files.isExecutable(b.resolve("initdb")))
					.max(Comparator.comparingInt(b -> Integer.parseInt(b.getParent().getFileName().toString().replaceAll("\\D", "0"))))
					.orElseThrow(() -> new IllegalStateException("no PostgreSQL server found (/usr/lib/postgresql/*/bin/initdb): "
							+ "these tests need one; install it with 'apt-get install postgresql' (./crmgap test does)"));
		}
	}

	private static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
			return socket.getLocalPort();
		}
	}

	private void run(String program, String... arguments) throws IOException, InterruptedException {
		List<String> command = new ArrayList<>(runAs);
		command.add(bin.resolve(program).toString());
		command.addAll(List.of(arguments));
		String out = output(command);
		if (out.startsWith("exit ")) {
			throw new IOException(program + " failed: " + out);
		}
	}

	/** The command's output; {@code exit N: output} when it fails. */
	private static String output(List<String> command) throws IOException, InterruptedException {
		Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
		String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		if (!process.waitFor(120, TimeUnit.SECONDS)) {
			process.destroyForcibly();
			return "exit (timed out): " + out;
		}
		return process.exitValue() == 0 ? out : "exit " + process.exitValue() + ": " + out;
	}

	@Override
	public void close() throws IOException {
		try {
			if (Files.exists(dir.resolve("data/postmaster.pid"))) {
				run("pg_ctl", "-D", dir.resolve("data").toString(), "-m", "immediate", "-w", "stop");
			}
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		} finally {
			try (Stream<Path> files = Files.walk(dir)) {
				files.sorted(Comparator.reverseOrder()).forEach(f -> {
					try {
						Files.delete(f);
					} catch (IOException e) {
						throw new UncheckedIOException(e);
					}
				});
			}
		}
	}
}
