package org.crmgap.ui.preferences;

import org.crmgap.ui.passwords.WorkbenchPasswords;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.preference.BooleanFieldEditor;
import org.eclipse.jface.preference.IntegerFieldEditor;
import org.eclipse.jface.preference.FieldEditorPreferencePage;
import org.eclipse.jface.preference.StringFieldEditor;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPreferencePage;

/** Window › Preferences › CRM Gap Studio, with a button that forgets the saved database passwords. */
public class GapPreferencePage extends FieldEditorPreferencePage implements IWorkbenchPreferencePage {

	public GapPreferencePage() {
		super(GRID);
		setDescription("Default thresholds apply where neither a gap nor its model sets its own.");
	}

	@Override
	public void init(IWorkbench workbench) {
		setPreferenceStore(GapPreferences.store());
	}

	@Override
	protected void createFieldEditors() {
		IntegerFieldEditor min = new IntegerFieldEditor(GapPreferences.SCALE_MIN, "New survey instruments: scale from", getFieldEditorParent());
		min.setValidRange(0, 100);
		addField(min);
		IntegerFieldEditor max = new IntegerFieldEditor(GapPreferences.SCALE_MAX, "to", getFieldEditorParent());
		max.setValidRange(1, 100);
		addField(max);
		number(GapPreferences.SCALE_WARNING, "Scale gaps: warning from (points)");
		number(GapPreferences.SCALE_ERROR, "Scale gaps: error from (points)");
		number(GapPreferences.SHARE_WARNING, "Shares (compliance, coverage): warning when short of 100 % by more than");
		number(GapPreferences.SHARE_ERROR, "Shares: error when short of 100 % by more than");
		number(GapPreferences.SIGNIFICANCE, "Tested gaps count only when p is below");
		addField(new BooleanFieldEditor(GapPreferences.ANALYSE_ON_SAVE, "Analyse the model's data again after edits and on save",
				getFieldEditorParent()));
		addField(new BooleanFieldEditor(GapPreferences.ALLOW_OUTSIDE_DATA,
				"Read data files located outside a model's folder (off: a model from elsewhere cannot make the tool read any file)",
				getFieldEditorParent()));
		Button forget = new Button(getFieldEditorParent(), SWT.PUSH);
		forget.setText(WorkbenchPasswords.FORGET_ALL);
		GridDataFactory.swtDefaults().span(2, 1).applyTo(forget);
		forget.addListener(SWT.Selection, e -> setMessage(WorkbenchPasswords.session().forgetAll(), INFORMATION));
	}

	private void number(String key, String label) {
		StringFieldEditor field = new StringFieldEditor(key, label, getFieldEditorParent()) {
			@Override
			protected boolean doCheckState() {
				try {
					return Double.parseDouble(getStringValue().trim()) >= 0;
				} catch (NumberFormatException e) {
					return false;
				}
			}
		};
		field.setErrorMessage(label + ": a number from 0 up");
		addField(field);
	}

	@Override
	public boolean performOk() {
		boolean ok = super.performOk();
		if (GapPreferences.store().getDouble(GapPreferences.SCALE_WARNING) >= GapPreferences.store().getDouble(GapPreferences.SCALE_ERROR)
				|| GapPreferences.store().getDouble(GapPreferences.SHARE_WARNING) >= GapPreferences.store().getDouble(GapPreferences.SHARE_ERROR)) {
			setErrorMessage("Each warning level must be below its error level");
			return false;
		}
		return ok;
	}
}
