package org.crmgap.diagram.internal.svg;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.crmgap.data.DataException;
import org.crmgap.diagram.DiagramDocument;
import org.crmgap.indicators.ModelAnalysisResult;
import org.crmgap.report.DiagramFigures;

/**
 * The diagrams of a model file as SVG, without a display: registered as an OSGi service (OSGI-INF/svg-figures.xml,
 * started by Felix SCR) for the headless command line and the report, which cannot depend on this bundle.
 */
public class SvgFigures implements DiagramFigures {

	@Override
	public List<String> names(Path modelFile) throws IOException {
		return new ArrayList<>(DiagramGraphs.diagrams(DiagramDocument.open(modelFile)).keySet());
	}

	@Override
	public Map<String, String> svg(Path modelFile, ModelAnalysisResult result, List<String> names) throws IOException {
		DiagramDocument document = DiagramDocument.open(modelFile);
		if (result != null) {
			document.analysed(document.model(), result);
		} else {
			try {
				document.analyse();
			} catch (DataException | SQLException e) {
				throw new IOException("the model's data could not be analysed: " + e.getMessage(), e);
			}
		}
		Map<String, String> svgs = new LinkedHashMap<>();
		for (Map.Entry<String, DiagramGraphs.Named> diagram : DiagramGraphs.diagrams(document).entrySet()) {
			if (names.isEmpty() || names.contains(diagram.getKey())) {
				svgs.put(diagram.getKey(), SvgWriter.write(DiagramGraphs.graph(document, diagram.getValue()), diagram.getKey()));
			}
		}
		return svgs;
	}
}
