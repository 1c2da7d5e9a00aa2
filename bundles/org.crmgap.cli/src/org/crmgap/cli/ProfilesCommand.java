package org.crmgap.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import org.crmgap.data.DataTable;
import org.crmgap.data.DataWarning;
import org.crmgap.data.DuckDbEngine;
import org.crmgap.data.Scale;
import org.crmgap.data.Segments;
import org.crmgap.data.TableLoader;
import org.crmgap.indicators.ServiceDimension;
import org.crmgap.indicators.profiles.ProfileAssignments;
import org.crmgap.indicators.profiles.ProfileColumns;
import org.crmgap.indicators.profiles.ProfileDiscovery;
import org.crmgap.indicators.profiles.ProfileOptions;
import org.crmgap.indicators.profiles.ProfileResult;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** Relationship profiles found in a plain wide survey's answers (k-means++, k by the silhouette), without a model. */
@Command(name = "profiles", description = "Relationship profiles found in a plain wide survey CSV: k-means++ on the chosen items "
		+ "(default: the expectation items E1.. and any relationship-bond items BOND_<name>), k from 2 to 6 by the mean "
		+ "silhouette width; compared with the survey's segments when it has them. The survey file is never written.")
class ProfilesCommand implements Callable<Integer> {

	enum Format { text, json }

	@Spec
	CommandSpec spec;

	@Parameters(index = "0", paramLabel = "SURVEY", description = "the customers' survey (respondent, segment, E1.., ...)")
	Path surveyFile;

	@Mixin
	SheetOption sheet;

	@Option(names = "--k", paramLabel = "N", description = "propose N profiles (2 to 6) instead of the k with the highest "
			+ "silhouette; the table still shows every k")
	Integer k;

	@Option(names = "--items", paramLabel = "E1,E2,...", split = ",", description = "the item columns to cluster on "
			+ "(default: E1.. and BOND_*)")
	List<String> items;

	@Option(names = "--seed", paramLabel = "S", description = "seed of the k-means++ starts (default "
			+ ProfileOptions.DEFAULT_SEED + "): the same seed gives the same profiles")
	Long seed;

	@Option(names = "--starts", paramLabel = "N", description = "k-means++ starts per k, the best kept (default "
			+ ProfileOptions.DEFAULT_STARTS + ")")
	Integer starts;

	@Option(names = "--segment-column", paramLabel = "NAME", description = "the column of known segments to compare the "
			+ "profiles with (default: segment, when the file has it)")
	String segmentColumn;

	@Option(names = "--scale", defaultValue = "1-7", description = "Likert scale, e.g. 1-7 (default) or 1-5")
	String scale;

	@Option(names = "--continuous-scale", description = "answers may be any number on the scale (else only whole numbers)")
	boolean continuous;

	@Option(names = "--format", defaultValue = "text", description = "text (default) or json")
	Format format;

	@Option(names = "--assignments", paramLabel = "OUT.csv", description = "write each respondent's profile to this new "
			+ "file (respondent,profile; empty for a respondent left out)")
	Path assignments;

	@Override
	public Integer call() throws Exception {
		Scale likert = Scale.parse(scale, continuous);
		if (k != null && (k < ProfileOptions.MIN_K || k > ProfileOptions.MAX_K)) {
			throw new IllegalArgumentException("--k must be between " + ProfileOptions.MIN_K + " and " + ProfileOptions.MAX_K
					+ ", not " + k);
		}
		List<String> chosen = items == null ? List.of() : items.stream().map(String::strip).toList();
		if (items != null && chosen.stream().allMatch(String::isEmpty)) {
			throw new IllegalArgumentException("--items names no column");
		}
		ProfileOptions options = new ProfileOptions(chosen, k, seed == null ? ProfileOptions.DEFAULT_SEED : seed,
				starts == null ? ProfileOptions.DEFAULT_STARTS : starts, segmentColumn);
		if (assignments != null && (assignments.toAbsolutePath().normalize().equals(surveyFile.toAbsolutePath().normalize())
				|| Files.exists(assignments) && Files.exists(surveyFile) && Files.isSameFile(assignments, surveyFile))) {
			throw new IOException(assignments + ": is the survey file itself; --assignments writes a new file");
		}
		Discovery discovery = discover(sheet.of(surveyFile), options, likert);
		ProfileResult result = discovery.result();
		PrintWriter out = spec.commandLine().getOut();
		if (format == Format.json) {
			ResultJson.write(ProfilesJson.of(result), out);
		} else {
			ProfilesText.print(result, out);
		}
		if (assignments != null) {
			ProfileAssignments.write(assignments, surveyFile, result);
			if (format == Format.text) {
				out.println("wrote " + assignments);
			}
		}
		out.flush();
		List<String> warnings = new ArrayList<>();
		// rows without a segment are left out of the comparison with the segments, which says how many
		discovery.warnings().stream().filter(w -> !w.problem().equals(Segments.WITHOUT_SEGMENT)).forEach(w -> warnings.add(w.toString()));
		warnings.addAll(result.warnings());
		warnings.forEach(w -> spec.commandLine().getErr().println("warning: " + w));
		return warnings.isEmpty() ? ExitCodes.CLEAN : ExitCodes.WARNINGS;
	}

	/** The result and the warnings of the data it was read from. */
	record Discovery(ProfileResult result, List<DataWarning> warnings) {
	}

	/** Profiles of the survey in {@code surveyFile} (a workbook: its input's sheet). */
	static Discovery discover(SheetOption.Input surveyFile, ProfileOptions options, Scale likert) throws Exception {
		try (DuckDbEngine engine = DuckDbEngine.inMemory()) {
			DataTable survey = new TableLoader(engine).load(surveyFile.file(), surveyFile.sheet(), "survey",
					ProfileColumns.wideSurvey(likert, options.segmentColumn(), options.items()));
			ProfileResult result = new ProfileDiscovery(engine, ServiceDimension.SERVQUAL).discover(survey,
					ProfileColumns.RESPONDENT, options);
			return new Discovery(result, survey.warnings());
		}
	}

	/** The JSON contract of {@code profiles --format json} (the assignments go to their own file). */
	record ProfilesJson(String file, List<String> items, long rows, long complete, long leftOut, long seed, int starts,
			Integer silhouetteRows, List<ProfileResult.Candidate> candidates, int k, String chosenBy,
			List<ProfileResult.Profile> profiles, ProfileResult.SegmentComparison segments, List<String> warnings) {

		static ProfilesJson of(ProfileResult r) {
			return new ProfilesJson(r.file(), r.items(), r.rows(), r.complete(), r.rows() - r.complete(), r.seed(), r.starts(),
					r.silhouetteRows(), r.candidates(), r.k(), r.kGiven() ? "--k" : "silhouette", r.profiles(), r.segments(),
					r.warnings());
		}
	}
}
