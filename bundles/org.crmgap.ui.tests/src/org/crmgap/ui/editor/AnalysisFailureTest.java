package org.crmgap.ui.editor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.crmgap.indicators.AnalysisListener;
import org.crmgap.indicators.ModelAnalysisResult;
import org.crmgap.model.GapModel;
import org.crmgap.ui.testing.Screenshots;
import org.eclipse.core.resources.IFile;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** A failed analysis is shown where its results would be, and every subscriber hears of it. */
class AnalysisFailureTest {

	@RegisterExtension
	final ExampleProject example = ExampleProject.withData("failing-bank");

	@BeforeEach
	void brokenSurvey() throws Exception {
		// the survey of the wave the editor analyses, the latest (2026)
		IFile survey = example.project().getFile("data/survey-2026.csv");
		String header = new String(survey.getContents().readAllBytes(), StandardCharsets.UTF_8).lines().findFirst().orElseThrow();
		// a header without rows: the data layer refuses it, naming the file
		survey.setContents(new ByteArrayInputStream((header + "\n").getBytes(StandardCharsets.UTF_8)), true, false, null);
	}

	@Test
	void theIndicatorsPageTheOverviewAndLateSubscribersShowTheFailure() throws Exception {
		GapModelEditor editor = example.open();
		EditorAnalysis analysis = editor.getAdapter(EditorAnalysis.class);
		analysis.analyse().join();
		ExampleProject.flush();
		String status = editor.page(IndicatorsPage.class).status();
		assertTrue(status.startsWith("Analysis failed: ") && status.contains("survey-2026.csv"), status);
		assertEquals(0, editor.page(IndicatorsPage.class).table().getTable().getItemCount());
		assertNull(analysis.latest());
		assertTrue(editor.page(OverviewPage.class).summary().stream().allMatch(row -> row.endsWith("| analysis failed")),
				editor.page(OverviewPage.class).summary().toString());
		Screenshots.take(editor.getSite().getShell(), "editor-analysis-failed");

		// who subscribes later (the diagrams, the Gap Indicators view) hears of the failure at once
		List<String> heard = new ArrayList<>();
		analysis.addListener(new AnalysisListener() {
			@Override
			public void analysed(GapModel analysed, ModelAnalysisResult result) {
				heard.add("analysed");
			}

			@Override
			public void analysisFailed(Path modelFile, Exception problem) {
				heard.add(modelFile.getFileName() + ": " + problem.getMessage());
			}
		});
		assertEquals(1, heard.size());
		assertTrue(heard.get(0).startsWith("retail-bank.crmgap: ") && heard.get(0).contains("survey-2026.csv"), heard.get(0));
	}
}
