package org.crmgap.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.SplittableRandom;
import java.util.concurrent.Callable;

import org.crmgap.data.DataTable;
import org.crmgap.data.DuckDbEngine;
import org.crmgap.data.Scale;
import org.crmgap.data.WideCsvLoader;
import org.crmgap.indicators.ServiceDimension;
import org.crmgap.indicators.ServqualAnalysis;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * Times the survey analysis end to end (load with checks, typed table, analysis) against the same
 * aggregate SQL run raw by DuckDB on the CSV file, on a generated plain wide survey.
 */
@Command(name = "benchmark-survey", description = "Time `survey` end to end against the equivalent raw DuckDB SQL.")
class SurveyBenchmarkCommand implements Callable<Integer> {

	@Spec
	CommandSpec spec;

	@Option(names = "--rows", defaultValue = "1000000", description = "respondents to generate")
	int rows;

	@Option(names = "--runs", defaultValue = "3", description = "timed runs (the best is reported)")
	int runs;

	@Override
	public Integer call() throws Exception {
		PrintWriter out = spec.commandLine().getOut();
		Path dir = Files.createTempDirectory("crmgap-survey-bench");
		Path csv = dir.resolve("survey.csv");
		generate(csv, rows);
		out.printf("generated %d respondents, %.1f MB%n", rows, Files.size(csv) / 1e6);
		long pipeline = Long.MAX_VALUE;
		long raw = Long.MAX_VALUE;
		for (int run = 0; run < runs; run++) {
			pipeline = Math.min(pipeline, timePipeline(csv));
			raw = Math.min(raw, timeRaw(csv));
		}
		out.printf("survey end to end: %d ms; raw DuckDB SQL: %d ms; ratio %.2f%n", pipeline, raw, (double) pipeline / raw);
		Files.delete(csv);
		Files.delete(dir);
		return ExitCodes.CLEAN;
	}

	private static long timePipeline(Path csv) throws Exception {
		long start = System.nanoTime();
		SurveyCommand.analyse(csv, null, Scale.LIKERT_7);
		return (System.nanoTime() - start) / 1_000_000;
	}

	private static long timeRaw(Path csv) throws Exception {
		try (DuckDbEngine engine = DuckDbEngine.inMemory()) {
			// the layout comes from a small sample; only the aggregate query over the whole file is timed
			DataTable sample = new WideCsvLoader(engine, Scale.LIKERT_7).load(csv, "sample");
			String sql = new ServqualAnalysis(engine, ServiceDimension.SERVQUAL).customerGapSql(sample,
					"read_csv('" + csv.toString().replace("'", "''") + "', header = true)");
			long start = System.nanoTime();
			try (Statement statement = engine.connection().createStatement(); ResultSet result = statement.executeQuery(sql)) {
				while (result.next()) {
					result.getDouble(3);
				}
			}
			return (System.nanoTime() - start) / 1_000_000;
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
