package org.crmgap.ui.editor;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.crmgap.indicators.AnalysisListener;
import org.crmgap.indicators.ModelAnalysisResult;
import org.crmgap.indicators.ServqualResult;
import org.crmgap.model.GapModel;
import org.crmgap.report.Charts;
import org.crmgap.ui.trace.StartupTrace;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.ScrolledComposite;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.jfree.chart.JFreeChart;

/** The gap charts of the latest analysis (the same charts as the HTML report), drawn as images in a job. */
final class ChartsPage implements EditorPage, AnalysisListener {

	private static final int WIDTH = 760;
	private static final int HEIGHT = 380;

	static {
		// charts are drawn off screen; no AWT window may open inside the SWT workbench
		System.setProperty("java.awt.headless", "true");
	}

	private ScrolledComposite scroll;
	private Composite body;
	private final List<Image> images = new ArrayList<>();
	private Job drawing;
	private int generation;

	@Override
	public String title() {
		return "Charts";
	}

	@Override
	public Control create(Composite parent) {
		scroll = new ScrolledComposite(parent, SWT.V_SCROLL | SWT.H_SCROLL);
		body = new Composite(scroll, SWT.NONE);
		body.setLayout(new GridLayout(1, false));
		new Label(body, SWT.NONE).setText("Charts appear when the analysis is done.");
		scroll.setContent(body);
		scroll.setExpandHorizontal(true);
		scroll.setExpandVertical(true);
		scroll.addDisposeListener(e -> disposeImages());
		body.setSize(body.computeSize(SWT.DEFAULT, SWT.DEFAULT));
		return scroll;
	}

	@Override
	public void analysed(GapModel analysed, ModelAnalysisResult result) {
		if (drawing != null) {
			drawing.cancel();
		}
		Display display = body.getDisplay();
		int run = ++generation;
		drawing = Job.create("Drawing the charts of " + analysed.getName(), (IProgressMonitor monitor) -> {
			try {
				List<byte[]> pngs = render(analysed, result);
				StartupTrace.reached("charts drawn");
				display.asyncExec(() -> show(run, pngs, null));
				return Status.OK_STATUS;
			} catch (IOException e) {
				display.asyncExec(() -> show(run, List.of(), "The charts could not be drawn: " + e.getMessage()));
				return Status.error("Could not draw the charts of " + analysed.getName() + ": " + e.getMessage(), e);
			}
		});
		drawing.setSystem(true);
		drawing.schedule();
	}

	@Override
	public void analysisFailed(Path modelFile, Exception problem) {
		show(++generation, List.of(), "No charts: the analysis of " + modelFile.getFileName() + " failed: " + problem.getMessage());
	}

	/** Draws the charts as PNG; safe off the UI thread. */
	static List<byte[]> render(GapModel model, ModelAnalysisResult result) throws IOException {
		List<JFreeChart> charts = new ArrayList<>();
		ServqualResult survey = result.survey();
		if (survey != null && !survey.groups().isEmpty()) {
			charts.add(Charts.dimensionGaps(survey));
			charts.add(Charts.zoneOfTolerance(survey.groups().get(0)));
			charts.add(Charts.importancePerformance(model, survey.groups().get(0)));
		}
		charts.add(Charts.readinessPerUnit(result.indicators()));
		List<byte[]> pngs = new ArrayList<>();
		for (JFreeChart chart : charts) {
			pngs.add(Charts.png(chart, WIDTH, HEIGHT));
		}
		return pngs;
	}

	/** Shows the charts of analysis {@code run} (unless a newer one came since), or {@code message}. */
	private void show(int run, List<byte[]> pngs, String message) {
		if (body.isDisposed() || run != generation) {
			return;
		}
		disposeImages();
		for (Control child : body.getChildren()) {
			child.dispose();
		}
		if (message != null) {
			new Label(body, SWT.WRAP).setText(message);
		}
		for (byte[] png : pngs) {
			Image image = new Image(body.getDisplay(), new ImageData(new ByteArrayInputStream(png)));
			images.add(image);
			new Label(body, SWT.NONE).setImage(image);
		}
		scroll.setMinSize(body.computeSize(SWT.DEFAULT, SWT.DEFAULT));
		body.layout(true);
	}

	@Override
	public void dispose() {
		if (drawing != null) {
			drawing.cancel();
		}
	}

	int chartCount() {
		return images.size();
	}

	private void disposeImages() {
		images.forEach(Image::dispose);
		images.clear();
	}
}
