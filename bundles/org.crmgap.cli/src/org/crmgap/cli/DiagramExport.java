package org.crmgap.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.crmgap.indicators.ModelAnalysisResult;
import org.crmgap.model.persistence.AtomicFiles;
import org.crmgap.report.DiagramFigures;

/**
 * {@code export --format svg|png}: the model's diagrams as SVG (or PNG) files in a folder, one per diagram, named after
 * the diagram. The drawing is the diagram bundle's service, which the headless feature does not have.
 */
final class DiagramExport {

	private DiagramExport() {
	}

	/**
	 * Writes the diagram named (every diagram when {@code name} is null) into {@code dir}, as SVG or as PNG; returns the
	 * exit code.
	 */
	static int write(DiagramFigures figures, Path modelFile, String name, boolean png, Path dir, ModelAnalysisResult result,
			PrintWriter out, PrintWriter err) throws IOException, InterruptedException {
		if (figures == null || png && !PngRendering.available()) {
			err.println("error: " + (figures == null ? DiagramFigures.ABSENT : PngRendering.ABSENT));
			return ExitCodes.ERRORS;
		}
		if (name != null) {
			List<String> names = figures.names(modelFile);
			if (!names.contains(name)) {
				err.println("error: no diagram named \"" + name + "\" in " + modelFile.getFileName() + "; its diagrams: "
						+ names.stream().map(n -> "\"" + n + "\"").collect(Collectors.joining(", ")));
				return ExitCodes.ERRORS;
			}
		}
		Map<String, String> svgs = figures.svg(modelFile, result, name == null ? List.of() : List.of(name));
		Files.createDirectories(dir);
		Set<String> used = new HashSet<>();
		for (Map.Entry<String, String> svg : svgs.entrySet()) {
			String file = fileName(svg.getKey(), png);
			// two names may make one file name ("A B" and "A-B"): the later one gets a number
			for (int i = 2; !used.add(file); i++) {
				file = fileName(svg.getKey() + "-" + i, png);
			}
			Path target = dir.resolve(file);
			AtomicFiles.replace(target, png ? PngRendering.render(svg.getValue()) : svg.getValue().getBytes(StandardCharsets.UTF_8));
			out.println("wrote " + target);
		}
		return ExitCodes.CLEAN;
	}

	private static String fileName(String diagram, boolean png) {
		String svg = DiagramFigures.fileName(diagram);
		return png ? svg.substring(0, svg.length() - ".svg".length()) + ".png" : svg;
	}
}
