package org.crmgap.report;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.crmgap.indicators.ModelAnalysisResult;
import org.crmgap.model.util.Services;

/**
 * A model's diagrams as SVG, drawn without a display. Implemented by the diagram bundle (GLSP, ELK), which only the full
 * product has; the headless bundles find it as an OSGi service and do without it when it is absent.
 */
public interface DiagramFigures {

	/** What the headless commands say when the service is absent. */
	String ABSENT = "SVG export needs the diagram bundle (org.crmgap.diagram), which is in the full product, not the headless feature";

	/** The names of the model's diagrams in the editor's order: the gap-model figure first, then each notation diagram. */
	List<String> names(Path modelFile) throws IOException;

	/**
	 * The SVG of each named diagram (every diagram when {@code names} is empty), by name in the order of {@link #names}.
	 * Gaps are coloured by {@code result}, or by an analysis of the model's data made here when it is null.
	 */
	Map<String, String> svg(Path modelFile, ModelAnalysisResult result, List<String> names) throws IOException;

	/** A file name for a diagram: letters, digits, dots and dashes; spaces, quotes and the rest become dashes. */
	static String fileName(String diagramName) {
		String safe = diagramName.replaceAll("[^\\p{L}\\p{N}._-]+", "-").replaceAll("^[-.]+|-+$", "");
		return (safe.isEmpty() ? "diagram" : safe) + ".svg";
	}

	/** The service of the running platform, if a bundle provides one. */
	static Optional<DiagramFigures> find() {
		return Services.find(DiagramFigures.class);
	}
}
