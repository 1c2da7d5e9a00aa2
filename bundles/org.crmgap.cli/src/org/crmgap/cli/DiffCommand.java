package org.crmgap.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import org.crmgap.model.GapModel;
import org.crmgap.model.compare.ModelChange;
import org.crmgap.model.compare.ModelDiff;
import org.crmgap.model.persistence.ModelFiles;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** The semantic changes between two versions of a model, matched by their ids; exit code 0 when equal, 1 when not. */
@Command(name = "diff", description = "The semantic changes from OLD to NEW (elements matched by id): added, removed, moved, "
		+ "renamed, attributes changed, references added and removed. Exit code 0 when equal, 1 when different.")
class DiffCommand implements Callable<Integer> {

	enum Format { text, json }

	/** The JSON form: how many changes, and each. */
	record Changes(int count, List<ModelChange> changes) {
	}

	@Spec
	CommandSpec spec;

	@Parameters(index = "0", paramLabel = "OLD", description = "the older .crmgap file")
	Path oldFile;

	@Parameters(index = "1", paramLabel = "NEW", description = "the newer .crmgap file")
	Path newFile;

	@Option(names = "--format", defaultValue = "text", description = "text (default) or json")
	Format format;

	@Override
	public Integer call() throws Exception {
		GapModel before = ModelFiles.loadForComparison(oldFile);
		GapModel after = ModelFiles.loadForComparison(newFile);
		List<ModelChange> changes = ModelDiff.between(before, after);
		PrintWriter out = spec.commandLine().getOut();
		if (format == Format.json) {
			ResultJson.write(new Changes(changes.size(), changes), out);
		} else {
			changes.forEach(c -> out.println(line(c)));
			out.println(changes.isEmpty() ? "no differences" : changes.size() + " change" + (changes.size() == 1 ? "" : "s"));
		}
		out.flush();
		return changes.isEmpty() ? ExitCodes.CLEAN : ExitCodes.WARNINGS;
	}

	static String line(ModelChange c) {
		return switch (c.kind()) {
			case ADDED -> "+ " + c.element() + " " + c.after();
			case REMOVED -> "- " + c.element() + " " + c.before();
			case MOVED -> "> " + c.element() + " moved from " + c.before() + " to " + c.after();
			case RENAMED -> "~ " + c.element() + " renamed from " + quote(c.before());
			case CHANGED -> "~ " + c.element() + " " + c.feature() + ": " + quote(c.before()) + " -> " + quote(c.after());
			case REFERENCE_CHANGED -> "~ " + c.element() + " " + c.feature() + ": " + unset(c.before()) + " -> " + unset(c.after());
			case REFERENCE_ADDED -> "~ " + c.element() + " " + c.feature() + ": + " + c.after();
			case REFERENCE_REMOVED -> "~ " + c.element() + " " + c.feature() + ": - " + c.before();
		};
	}

	private static String unset(String value) {
		return value == null ? "(unset)" : value;
	}

	private static String quote(String value) {
		return value == null ? "(unset)" : "'" + value + "'";
	}
}
