package org.crmgap.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import org.crmgap.model.compare.MergeConflict;
import org.crmgap.model.compare.MergeResult;
import org.crmgap.model.compare.ModelDiff;
import org.crmgap.model.compare.ModelMerge;
import org.crmgap.model.persistence.ModelFiles;
import org.crmgap.validation.MergeValidation;
import org.eclipse.emf.ecore.EObject;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * Three-way merge of two versions of a model (or catalogue, or notation file) from their common base, by the elements' ids; the result is
 * written in the canonical form, conflicts keep ours' side and are listed. Exit code 0 when clean, 1 with conflicts, 2
 * on an error (nothing written). Usable as Git's merge driver (the script's {@code git-merge}).
 */
@Command(name = "merge", description = "Merge OURS and THEIRS, two versions of BASE, into OUT by the elements' ids: what one side "
		+ "changed is taken from it; a conflict (the same feature changed differently on both sides, an element deleted on one side "
		+ "and changed on the other, a reference to an element the other side deleted) keeps ours' side and is listed. The result "
		+ "holds no dangling reference and is validated. Exit code 0 when clean, 1 with conflicts, 2 on an error.")
class MergeCommand implements Callable<Integer> {

	enum Format { text, json }

	/** The JSON form: where the result went, how many changes each side made, and the conflicts. */
	record Report(String output, int oursChanges, int theirsChanges, int count, List<MergeConflict> conflicts) {
	}

	@Spec
	CommandSpec spec;

	@Parameters(index = "0", paramLabel = "BASE", description = "the common ancestor (.crmgap, .crmgapcat or .crmgapnotation)")
	Path baseFile;

	@Parameters(index = "1", paramLabel = "OURS", description = "our version: its side is kept in a conflict")
	Path oursFile;

	@Parameters(index = "2", paramLabel = "THEIRS", description = "their version")
	Path theirsFile;

	@Option(names = { "-o", "--output" }, paramLabel = "OUT", required = true, description = "the merged file (may be OURS)")
	Path output;

	@Option(names = "--format", defaultValue = "text", description = "the report: text (default) or json")
	Format format;

	@Override
	public Integer call() throws Exception {
		EObject base = ModelFiles.loadForComparison(baseFile, EObject.class);
		EObject ours = ModelFiles.loadForComparison(oursFile, EObject.class);
		EObject theirs = ModelFiles.loadForComparison(theirsFile, EObject.class);
		MergeResult result;
		try {
			result = ModelMerge.merge(base, ours, theirs);
		} catch (IllegalArgumentException e) {
			throw new IllegalArgumentException(oursFile + " and " + theirsFile + " are not versions of one model from " + baseFile
					+ ": " + e.getMessage(), e);
		}
		List<MergeConflict> conflicts = new ArrayList<>(result.conflicts());
		conflicts.addAll(MergeValidation.newErrors(result.merged(), ours, theirs));
		Report report = new Report(output.toString(), ModelDiff.between(base, ours).size(), ModelDiff.between(base, theirs).size(),
				conflicts.size(), conflicts);
		write(result.merged());
		PrintWriter out = spec.commandLine().getOut();
		if (format == Format.json) {
			ResultJson.write(report, out);
		} else {
			conflicts.forEach(c -> out.println(line(c)));
			out.println(summary(report));
		}
		out.flush();
		return conflicts.isEmpty() ? ExitCodes.CLEAN : ExitCodes.WARNINGS;
	}

	/**
	 * Writes the merged model beside OUT, checks that it loads (every reference in the file is to one of its elements),
	 * and only then puts it in OUT's place: OUT is often OURS, which a failed check must leave as it was.
	 */
	private void write(EObject merged) throws IOException {
		String name = output.getFileName().toString();
		int dot = name.lastIndexOf('.');
		Path temp = output.toAbsolutePath().resolveSibling(
				"." + (dot < 0 ? name + ".merging" : name.substring(0, dot) + ".merging" + name.substring(dot)));
		try {
			ModelFiles.save(merged, temp);
			ModelFiles.loadForComparison(temp, EObject.class);
			Files.move(temp, output, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
		} finally {
			Files.deleteIfExists(temp);
		}
	}

	static String line(MergeConflict c) {
		String where = c.element() + (c.feature() == null ? "" : " " + c.feature());
		return switch (c.kind()) {
			case CHANGED_ON_BOTH_SIDES, REFERENCE_TO_DELETED -> "! " + where + ": " + c.kind().label() + " (base " + quote(c.base())
					+ ", ours " + quote(c.ours()) + ", theirs " + quote(c.theirs()) + "); " + c.resolution();
			case DELETED_IN_OURS -> "! " + where + ": " + c.kind().label() + " (" + c.theirs() + "); " + c.resolution();
			case DELETED_IN_THEIRS -> "! " + where + ": " + c.kind().label() + " (" + c.ours() + "); " + c.resolution();
			case INVALID -> "! " + where + ": the merged model " + c.kind().label() + ": " + c.resolution();
		};
	}

	private static String summary(Report report) {
		String changes = changes(report.oursChanges()) + " from ours, " + changes(report.theirsChanges()) + " from theirs";
		return report.count() == 0 ? "merged into " + report.output() + " (" + changes + "), no conflicts"
				: "merged into " + report.output() + " (" + changes + ") with " + report.count() + " conflict"
						+ (report.count() == 1 ? "" : "s") + ": ours kept for each";
	}

	private static String changes(int count) {
		return count + " change" + (count == 1 ? "" : "s");
	}

	private static String quote(String value) {
		return value == null ? "(unset)" : "'" + value + "'";
	}
}
