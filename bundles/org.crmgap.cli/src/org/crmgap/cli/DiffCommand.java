package org.crmgap.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import org.crmgap.model.GapModel;
import org.crmgap.model.compare.LayoutChange;
import org.crmgap.model.compare.LayoutDiff;
import org.crmgap.model.compare.ModelChange;
import org.crmgap.model.compare.ModelDiff;
import org.crmgap.model.persistence.ModelFiles;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * The semantic changes between two versions of a model, matched by their ids, then apart those of the diagrams' layout
 * (the notation files beside the models); exit code 0 when both are equal, 1 when either differs.
 */
@Command(name = "diff", description = "The semantic changes from OLD to NEW (elements matched by id): added, removed, moved, "
		+ "renamed, attributes changed, references added and removed; then, apart, the changes of the diagrams' layout (the "
		+ ".crmgapnotation files beside the models). Exit code 0 when equal, 1 when the model or its layout differs.")
class DiffCommand implements Callable<Integer> {

	enum Format { text, json, html }

	/** The JSON form: how many changes, and each; then the layout's, apart (null when not compared). */
	record Changes(int count, List<ModelChange> changes, Integer layoutCount, List<ModelChange> layout) {
	}

	@Spec
	CommandSpec spec;

	@Parameters(index = "0", paramLabel = "OLD", description = "the older .crmgap file")
	Path oldFile;

	@Parameters(index = "1", paramLabel = "NEW", description = "the newer .crmgap file")
	Path newFile;

	@Option(names = "--format", defaultValue = "text", description = "text (default), json or html")
	Format format;

	@Option(names = "--no-layout", description = "compare the models only, not their notation files (Git's external diff: "
			+ "the copies it hands over have none beside them)")
	boolean noLayout;

	@Override
	public Integer call() throws Exception {
		GapModel before = ModelFiles.loadForComparison(oldFile);
		GapModel after = ModelFiles.loadForComparison(newFile);
		List<ModelChange> changes = ModelDiff.between(before, after);
		LayoutDiff layoutDiff = noLayout ? null : LayoutDiff.find().orElse(null);
		List<ModelChange> layout = layoutDiff == null ? null
				: layoutDiff.between(oldFile, newFile, before, after).stream().map(LayoutChange::change).toList();
		PrintWriter out = spec.commandLine().getOut();
		switch (format) {
			case json -> ResultJson.write(new Changes(changes.size(), changes, layout == null ? null : layout.size(), layout), out);
			case html -> out.print(DiffHtml.page(oldFile, newFile, changes, layout));
			case text -> text(changes, layout, out);
		}
		out.flush();
		return changes.isEmpty() && (layout == null || layout.isEmpty()) ? ExitCodes.CLEAN : ExitCodes.WARNINGS;
	}

	private void text(List<ModelChange> changes, List<ModelChange> layout, PrintWriter out) {
		changes.forEach(c -> out.println(line(c)));
		boolean layoutChanged = layout != null && !layout.isEmpty();
		out.println(changes.isEmpty() ? (layoutChanged ? "no changes to the model" : "no differences") : count(changes.size()));
		if (layoutChanged) {
			out.println("Layout (" + count(layout.size()) + ")");
			layout.forEach(c -> out.println(line(c)));
		} else if (layout == null && !noLayout) {
			out.println("(" + LayoutDiff.ABSENT + ")");
		}
	}

	static String count(int changes) {
		return changes + " change" + (changes == 1 ? "" : "s");
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
