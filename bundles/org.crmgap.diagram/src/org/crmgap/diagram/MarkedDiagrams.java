package org.crmgap.diagram;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import org.crmgap.diagram.internal.svg.DiagramGraphs;
import org.crmgap.diagram.internal.svg.DiffMarks;
import org.crmgap.diagram.internal.svg.SvgWriter;
import org.crmgap.model.persistence.ModelFileException;
import org.eclipse.glsp.graph.GModelRoot;

/**
 * A version's diagrams as the comparison shows them: read-only SVG drawings where the elements a comparison found
 * added, changed or removed carry the CSS class {@code diff-added}, {@code diff-changed} or {@code diff-removed} and an
 * outline in its colour.
 */
public final class MarkedDiagrams {

	/** What happened to an element between the two versions. */
	public enum Mark {
		ADDED("#2e7d32"), CHANGED("#e69500"), REMOVED("#c62828");

		private final String colour;

		Mark(String colour) {
			this.colour = colour;
		}

		public String cssClass() {
			return "diff-" + name().toLowerCase(Locale.ROOT);
		}

		public String colour() {
			return colour;
		}
	}

	private MarkedDiagrams() {
	}

	/**
	 * The SVG of each diagram of the model file by name, in the editor's order: those of its notation file, a kind
	 * without one laid out as when the editor first opens it (the gap-model figure left out: it draws no model element
	 * by id). The nodes and edges of the elements with ids in {@code marks} are marked; no analysis (no gap colours).
	 */
	public static Map<String, String> svg(Path modelFile, Map<String, Mark> marks) throws ModelFileException {
		DiagramDocument document = DiagramDocument.open(modelFile);
		Map<String, String> svgs = new LinkedHashMap<>();
		for (Map.Entry<String, DiagramGraphs.Named> diagram : DiagramGraphs.diagrams(document).entrySet()) {
			if (!diagram.getValue().kind().isTemplate()) {
				GModelRoot graph = DiagramGraphs.graph(document, diagram.getValue());
				DiffMarks.mark(graph, marks);
				svgs.put(diagram.getKey(), SvgWriter.write(graph, diagram.getKey()));
			}
		}
		return svgs;
	}
}
