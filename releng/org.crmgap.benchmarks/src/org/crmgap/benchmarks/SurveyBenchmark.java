package org.crmgap.benchmarks;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.Callable;

import org.crmgap.data.DataTable;
import org.crmgap.data.DuckDbEngine;
import org.crmgap.data.Scale;
import org.crmgap.data.WideCsvLoader;
import org.crmgap.indicators.ServiceDimension;
import org.crmgap.indicators.ServqualAnalysis;
import org.crmgap.indicators.ServqualResult;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * Times {@code crmgap survey}'s analysis end to end (load with checks and fingerprint, typed table, every indicator)
 * against the same numbers computed by hand-written DuckDB SQL on the file (like with like), and against the
 * pipeline's one aggregate query run straight on the file (the overhead over a scan); checks the numbers agree.
 */
@Command(name = "benchmark-survey", description = "Time `survey` against hand-written DuckDB SQL giving the same numbers.")
final class SurveyBenchmark implements Callable<Integer> {

	@Spec
	CommandSpec spec;

	@Option(names = "--rows", defaultValue = "1000000", description = "respondents to generate")
	int rows;

	@Option(names = "--runs", defaultValue = "5", description = "timed rounds (the median is reported)")
	int runs;

	@Option(names = "--warmup", defaultValue = "1", description = "untimed rounds first")
	int warmup;

	@Override
	public Integer call() throws Exception {
		PrintWriter out = spec.commandLine().getOut();
		Path dir = Files.createTempDirectory("crmgap-survey-bench");
		Path csv = dir.resolve("survey.csv");
		try {
			generate(csv, rows);
			out.printf("generated %d respondents, %.1f MB; median ms of %d rounds in alternating order after %d warm-up%n", rows,
					Files.size(csv) / 1e6, runs, warmup);
			Map<String, Double> ms = new Alternation()
					.add("pipeline", () -> pipeline(csv))
					.add("hand", () -> hand(csv))
					.add("scan", () -> scan(csv))
					.medians(warmup, runs);
			double pipeline = ms.get("pipeline");
			out.printf("survey end to end (checks, fingerprint, every indicator): %.0f ms%n", pipeline);
			out.printf("the same numbers by hand-written DuckDB SQL on the file:   %.0f ms; pipeline / hand-written %.2f%n",
					ms.get("hand"), pipeline / ms.get("hand"));
			out.printf("the pipeline's aggregate query alone on the file (a scan): %.0f ms; overhead over a scan %.2f%n",
					ms.get("scan"), pipeline / ms.get("scan"));
			String agreement = SurveyAgreement.check(pipeline(csv), hand(csv));
			out.println(agreement);
			return agreement.startsWith("same numbers") ? 0 : 1;
		} finally {
			Files.deleteIfExists(csv);
			Files.delete(dir);
		}
	}

	/** What {@code crmgap survey CSV} computes (SurveyCommand.analyse without a managers' file). */
	private static ServqualResult pipeline(Path csv) throws Exception {
		try (DuckDbEngine engine = DuckDbEngine.inMemory()) {
			DataTable survey = new WideCsvLoader(engine, Scale.LIKERT_7).load(csv, "survey");
			return new ServqualAnalysis(engine, ServiceDimension.SERVQUAL).analyse(survey, null, Scale.LIKERT_7);
		}
	}

	private static Map<String, Map<String, Double>> hand(Path csv) throws Exception {
		try (DuckDbEngine engine = DuckDbEngine.inMemory()) {
			return HandWrittenSurveySql.run(engine.connection(), csv);
		}
	}

	private static void scan(Path csv) throws Exception {
		try (DuckDbEngine engine = DuckDbEngine.inMemory()) {
			// the layout (which columns exist) comes from the header line; the query reads the whole file
			List<String> columns;
			try (BufferedReader header = Files.newBufferedReader(csv)) {
				columns = List.of(header.readLine().split(","));
			}
			DataTable layout = new DataTable("header", engine.connection(), columns, "segment", 0, null, List.of());
			String sql = new ServqualAnalysis(engine, ServiceDimension.SERVQUAL).customerGapSql(layout,
					"read_csv('" + csv.toString().replace("'", "''") + "', header = true)");
			try (Statement statement = engine.connection().createStatement(); ResultSet result = statement.executeQuery(sql)) {
				while (result.next()) {
					result.getDouble(3);
				}
			}
		}
	}

	/** A plain wide survey with three segments, answers 1–7, about 1 % missing, importance points. */
	static void generate(Path csv, int rows) throws IOException {
		SplittableRandom random = new SplittableRandom(42);
		String[] segments = { "branch", "online", "private" };
		try (BufferedWriter w = Files.newBufferedWriter(csv)) {
			StringBuilder header = new StringBuilder("respondent,segment");
			for (String prefix : new String[] { "E", "P", "D", "A" }) {
				for (int i = 1; i <= 22; i++) {
					header.append(',').append(prefix).append(i);
				}
			}
			header.append(",W_tangibles,W_reliability,W_responsiveness,W_assurance,W_empathy\n");
			w.write(header.toString());
			StringBuilder line = new StringBuilder(256);
			for (int r = 0; r < rows; r++) {
				line.setLength(0);
				line.append('R').append(r).append(',').append(segments[r % 3]);
				for (int k = 0; k < 88; k++) {
					line.append(',');
					if (random.nextInt(100) > 0) {
						line.append(1 + random.nextInt(7));
					}
				}
				line.append(",10,30,20,20,20\n");
				w.write(line.toString());
			}
		}
	}
}
