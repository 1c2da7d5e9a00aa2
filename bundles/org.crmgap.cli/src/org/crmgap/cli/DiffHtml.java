package org.crmgap.cli;

import java.nio.file.Path;
import java.util.List;

import org.crmgap.model.compare.LayoutDiff;
import org.crmgap.model.compare.ModelChange;
import org.crmgap.report.Html;

/**
 * {@code diff --format html}: a small self-contained page with the model's changes, one line each as the text form has
 * them, and the layout's in a {@code <details>} element closed by default (moved shapes rarely matter to a reviewer).
 */
final class DiffHtml {

	private DiffHtml() {
	}

	/** The page; {@code layout} is null when the layout was not compared. */
	static String page(Path oldFile, Path newFile, List<ModelChange> changes, List<ModelChange> layout) {
		StringBuilder html = new StringBuilder("<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>")
				.append(Html.text("crmgap diff " + oldFile.getFileName() + " " + newFile.getFileName())).append("</title>\n")
				.append("<style>body{font-family:sans-serif} li{font-family:monospace;white-space:pre-wrap}</style></head><body>\n")
				.append("<h1>").append(Html.text(oldFile.getFileName())).append(" &rarr; ").append(Html.text(newFile.getFileName()))
				.append("</h1>\n<h2>Model (").append(DiffCommand.count(changes.size())).append(")</h2>\n");
		list(changes, html);
		if (layout == null) {
			html.append("<p>").append(Html.text(LayoutDiff.ABSENT)).append("</p>\n");
		} else {
			html.append("<details id=\"layout\"><summary>Layout (").append(DiffCommand.count(layout.size())).append(")</summary>\n");
			list(layout, html);
			html.append("</details>\n");
		}
		return html.append("</body></html>\n").toString();
	}

	private static void list(List<ModelChange> changes, StringBuilder html) {
		html.append("<ul>\n");
		changes.forEach(c -> html.append("<li>").append(Html.text(DiffCommand.line(c))).append("</li>\n"));
		html.append("</ul>\n");
	}
}
