package org.crmgap.ui.editor;

import java.util.ArrayList;
import java.util.List;

import org.crmgap.indicators.Waves;
import org.crmgap.model.GapModel;
import org.crmgap.model.MeasurementWave;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;

/**
 * Which measurement wave the editor's analysis reads: "latest" (the default, following new waves) or one by name, in
 * the waves' order. Hidden in effect for a model without waves (only "latest" to choose).
 */
final class WaveChoice {

	static final String LATEST = "Latest wave";

	private final GapModel model;
	private final EditorAnalysis analysis;
	private final Combo combo;
	private List<String> names = List.of();

	WaveChoice(Composite parent, GapModel model, EditorAnalysis analysis) {
		this.model = model;
		this.analysis = analysis;
		new Label(parent, SWT.NONE).setText("Wave:");
		combo = new Combo(parent, SWT.READ_ONLY | SWT.DROP_DOWN);
		combo.setToolTipText("The measurement wave whose data the indicators, charts and diagrams show");
		combo.addListener(SWT.Selection, e -> {
			int index = combo.getSelectionIndex();
			analysis.wave(index <= 0 ? null : names.get(index - 1));
		});
		refresh();
	}

	/** The model's waves as they are now (they may have been added, renamed or removed), the choice kept. */
	void refresh() {
		if (combo.isDisposed()) {
			return;
		}
		List<MeasurementWave> waves = new ArrayList<>(model.getWaves());
		waves.sort(Waves.byOrder(model));
		names = waves.stream().map(MeasurementWave::getName).filter(n -> n != null && !n.isBlank()).toList();
		List<String> items = new ArrayList<>();
		items.add(LATEST + Waves.latest(model).map(w -> " (" + w.getName() + ")").orElse(""));
		items.addAll(names);
		combo.setItems(items.toArray(String[]::new));
		int chosen = analysis.wave() == null ? -1 : names.indexOf(analysis.wave());
		combo.select(chosen + 1);
		combo.setEnabled(!names.isEmpty());
	}

	Combo combo() {
		return combo;
	}
}
