package org.crmgap.ui.editor;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.crmgap.indicators.ModelAnalysisResult;
import org.crmgap.indicators.ServqualResult;
import org.crmgap.model.GapModel;
import org.crmgap.report.Charts;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.ScrolledComposite;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.jfree.chart.JFreeChart;

/** The gap charts of the last analysis (the same charts as the HTML report), drawn as images. */
final class ChartsPage {

	private static final int WIDTH = 760;
	private static final int HEIGHT = 380;

	static {
		// charts are drawn off screen; no AWT window may open inside the SWT workbench
		System.setProperty("java.awt.headless", "true");
	}

	private final ScrolledComposite scroll;
	private final Composite body;
	private final List<Image> images = new ArrayList<>();

	ChartsPage(Composite parent) {
		scroll = new ScrolledComposite(parent, SWT.V_SCROLL | SWT.H_SCROLL);
		body = new Composite(scroll, SWT.NONE);
		body.setLayout(new GridLayout(1, false));
		new Label(body, SWT.NONE).setText("Charts appear when the analysis is done.");
		scroll.setContent(body);
		scroll.setExpandHorizontal(true);
		scroll.setExpandVertical(true);
		scroll.addDisposeListener(e -> disposeImages());
		body.setSize(body.computeSize(SWT.DEFAULT, SWT.DEFAULT));
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

	void show(List<byte[]> pngs) {
		if (body.isDisposed()) {
			return;
		}
		disposeImages();
		for (Control child : body.getChildren()) {
			child.dispose();
		}
		for (byte[] png : pngs) {
			Image image = new Image(body.getDisplay(), new ImageData(new ByteArrayInputStream(png)));
			images.add(image);
			new Label(body, SWT.NONE).setImage(image);
		}
		scroll.setMinSize(body.computeSize(SWT.DEFAULT, SWT.DEFAULT));
		body.layout(true);
	}

	int chartCount() {
		return images.size();
	}

	private void disposeImages() {
		images.forEach(Image::dispose);
		images.clear();
	}

	Control control() {
		return scroll;
	}
}
