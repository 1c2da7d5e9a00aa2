package org.crmgap.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;

import org.crmgap.data.Databases;
import org.crmgap.model.DataFormat;
import org.crmgap.model.DataSource;
import org.crmgap.model.Gap;
import org.crmgap.model.GapModel;
import org.crmgap.model.NamedElement;
import org.eclipse.emf.ecore.EObject;

/** The text summary of a model: counts per concept, gaps, and the data files it points at. */
final class ModelSummary {

	private final GapModel model;
	private final Path modelFile;

	ModelSummary(GapModel model, Path modelFile) {
		this.model = model;
		this.modelFile = modelFile;
	}

	void print(PrintWriter out) {
		out.printf("Model: %s (%s)%n", model.getName(), modelFile);
		out.println("Elements:");
		countsPerConcept().forEach((concept, count) -> out.printf("  %-22s %5d%n", concept, count));
		out.printf("Gaps (%d):%n", model.getGaps().size());
		for (Gap gap : model.getGaps()) {
			out.printf("  %-14s %s: %s -> %s%n", gap.getKind(), gap.getName(), label(gap.getReference()), label(gap.getActual()));
		}
		out.printf("Data sources (%d):%n", model.getDataSources().size());
		for (DataSource source : model.getDataSources()) {
			if (source.getFormat() == DataFormat.SQL) {
				// the URL without its parameters; the database is not asked here
				out.printf("  %-20s %-18s SQL query on %s%n", source.getName(), source.getRole(), Databases.shown(source.getLocation()));
				continue;
			}
			Path file = resolve(source);
			out.printf("  %-20s %-18s %s%s%n", source.getName(), source.getRole(), source.getLocation(),
					file != null && Files.isRegularFile(file) ? "" : "  (missing)");
		}
	}

	Map<String, Integer> countsPerConcept() {
		Map<String, Integer> counts = new TreeMap<>();
		model.eAllContents().forEachRemaining(e -> counts.merge(e.eClass().getName(), 1, Integer::sum));
		return counts;
	}

	private Path resolve(DataSource source) {
		if (source.getLocation() == null) {
			return null;
		}
		Path dir = modelFile.toAbsolutePath().getParent();
		return dir.resolve(source.getLocation()).normalize();
	}

	private static String label(Object element) {
		if (element instanceof NamedElement named) {
			return named.eClass().getName() + " '" + named.getName() + "'";
		}
		return element == null ? "(unset)" : ((EObject) element).eClass().getName();
	}
}
