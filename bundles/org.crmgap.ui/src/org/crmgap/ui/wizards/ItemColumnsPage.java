package org.crmgap.ui.wizards;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;

import org.crmgap.model.CrmGapPackage;
import org.crmgap.model.DataRole;
import org.crmgap.model.SurveyInstrument;
import org.crmgap.model.SurveyItem;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.ScrolledComposite;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;

/**
 * For a survey: which file column holds each item's answers (expectation and perception for customers, the
 * managers' estimate for a management survey). Starts from the instrument's column names when the file has
 * them, else from the usual names (E1, e_1, q1_e, …); the wizard writes the choices to the instrument.
 */
final class ItemColumnsPage extends WizardPage {

	private final SurveyInstrument instrument;
	private final Supplier<List<String>> fileColumns;
	private final Supplier<DataRole> role;
	private final Map<SurveyItem, Map<EAttribute, Combo>> choices = new LinkedHashMap<>();
	private Composite rows;

	ItemColumnsPage(SurveyInstrument instrument, Supplier<List<String>> fileColumns, Supplier<DataRole> role) {
		super("items", "Survey item columns", null);
		this.instrument = instrument;
		this.fileColumns = fileColumns;
		this.role = role;
		setDescription("Choose the column of each item of '" + instrument.getName() + "'.");
	}

	@Override
	public void createControl(Composite parent) {
		ScrolledComposite scroll = new ScrolledComposite(parent, SWT.V_SCROLL | SWT.H_SCROLL);
		rows = new Composite(scroll, SWT.NONE);
		scroll.setContent(rows);
		scroll.setExpandHorizontal(true);
		scroll.setExpandVertical(true);
		setControl(scroll);
	}

	@Override
	public void setVisible(boolean visible) {
		if (visible) {
			rebuild();
		}
		super.setVisible(visible);
	}

	/** The attributes of an item this role fills. */
	static List<EAttribute> attributes(DataRole role) {
		return role == DataRole.MANAGEMENT_SURVEY ? List.of(CrmGapPackage.Literals.SURVEY_ITEM__MANAGER_COLUMN)
				: List.of(CrmGapPackage.Literals.SURVEY_ITEM__EXPECTATION_COLUMN, CrmGapPackage.Literals.SURVEY_ITEM__PERCEPTION_COLUMN);
	}

	private void rebuild() {
		for (var child : rows.getChildren()) {
			child.dispose();
		}
		choices.clear();
		List<EAttribute> attributes = attributes(role.get());
		List<String> columns = fileColumns.get();
		rows.setLayout(new GridLayout(1 + attributes.size(), false));
		new Label(rows, SWT.NONE).setText("Item");
		attributes.forEach(a -> new Label(rows, SWT.NONE).setText(a == CrmGapPackage.Literals.SURVEY_ITEM__MANAGER_COLUMN
				? "Managers' estimate" : a == CrmGapPackage.Literals.SURVEY_ITEM__EXPECTATION_COLUMN ? "Expectation" : "Perception"));
		for (SurveyItem item : instrument.getItems()) {
			new Label(rows, SWT.NONE).setText(item.getNumber() + " " + (item.getName() == null ? "" : item.getName()));
			Map<EAttribute, Combo> itemChoices = new LinkedHashMap<>();
			for (EAttribute attribute : attributes) {
				Combo combo = new Combo(rows, SWT.READ_ONLY);
				combo.add("(none)");
				columns.forEach(combo::add);
				combo.select(guess(item, attribute, columns) + 1);
				combo.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
				itemChoices.put(attribute, combo);
			}
			choices.put(item, itemChoices);
		}
		rows.layout(true, true);
		((ScrolledComposite) getControl()).setMinSize(rows.computeSize(SWT.DEFAULT, SWT.DEFAULT));
	}

	/** The column for the item: its present name when the file has it, else a usual name for its number. */
	static int guess(SurveyItem item, EAttribute attribute, List<String> columns) {
		List<String> lower = columns.stream().map(c -> c.trim().toLowerCase(Locale.ROOT)).toList();
		Object current = item.eGet(attribute);
		if (current != null && lower.contains(current.toString().toLowerCase(Locale.ROOT))) {
			return lower.indexOf(current.toString().toLowerCase(Locale.ROOT));
		}
		String letter = attribute == CrmGapPackage.Literals.SURVEY_ITEM__EXPECTATION_COLUMN ? "e"
				: attribute == CrmGapPackage.Literals.SURVEY_ITEM__PERCEPTION_COLUMN ? "p" : "m";
		int n = item.getNumber();
		for (String name : new String[] { letter + n, letter + "_" + n, letter + "0" + n, "q" + n + "_" + letter, "q" + n + letter,
				n + letter, "item" + n + "_" + letter }) {
			if (lower.contains(name)) {
				return lower.indexOf(name);
			}
		}
		return -1;
	}

	/** The item columns that differ from the instrument's: item, attribute, column (null: none chosen). */
	List<Object[]> changes() {
		List<Object[]> changes = new ArrayList<>();
		choices.forEach((item, combos) -> combos.forEach((attribute, combo) -> {
			String chosen = combo.getSelectionIndex() > 0 ? combo.getItem(combo.getSelectionIndex()) : null;
			if (chosen != null && !chosen.equals(item.eGet(attribute))) {
				changes.add(new Object[] { item, attribute, chosen });
			}
		}));
		return changes;
	}

	/** The column chosen for an item (null: none), as the drop-down shows it. */
	String chosen(SurveyItem item, EAttribute attribute) {
		Combo combo = choices.get(item).get(attribute);
		return combo.getSelectionIndex() > 0 ? combo.getItem(combo.getSelectionIndex()) : null;
	}

	/** Chooses a column for an item (what a user does with the drop-down). */
	void choose(SurveyItem item, EAttribute attribute, String column) {
		Combo combo = choices.get(item).get(attribute);
		combo.select(combo.indexOf(column));
	}
}
