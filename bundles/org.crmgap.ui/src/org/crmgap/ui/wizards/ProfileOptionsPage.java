package org.crmgap.ui.wizards;

import java.util.List;

import org.crmgap.indicators.ModelProfiles;
import org.crmgap.indicators.profiles.ProfileOptions;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.CheckboxTableViewer;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Spinner;
import org.eclipse.swt.widgets.Text;

/** Page 1 of Discover Profiles: the items to cluster on, k (by silhouette or fixed), the seed and the starts per k. */
final class ProfileOptionsPage extends WizardPage {

	private final String survey;
	private final ModelProfiles.Items items;
	private final String problem;
	private CheckboxTableViewer itemList;
	private Button auto;
	private Button fixed;
	private Spinner k;
	private Text seed;
	private Spinner starts;

	/** {@code problem}: why no profiles can be found (shown, the page incomplete), else null. */
	ProfileOptionsPage(String survey, ModelProfiles.Items items, String problem) {
		super("options", ProfileMessages.optionsTitle, null);
		setDescription(ProfileMessages.optionsDescription);
		this.survey = survey;
		this.items = items;
		this.problem = problem;
	}

	@Override
	public void createControl(Composite parent) {
		Composite page = new Composite(parent, SWT.NONE);
		page.setLayout(new GridLayout(3, false));
		new Label(page, SWT.NONE).setText(ProfileMessages.survey);
		Label name = new Label(page, SWT.NONE);
		name.setText(survey);
		name.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
		Label itemsLabel = new Label(page, SWT.NONE);
		itemsLabel.setText(ProfileMessages.items);
		itemsLabel.setLayoutData(new GridData(SWT.LEFT, SWT.TOP, false, false));
		itemList = CheckboxTableViewer.newCheckList(page, SWT.BORDER | SWT.V_SCROLL);
		itemList.setContentProvider(ArrayContentProvider.getInstance());
		itemList.setInput(items == null ? List.of() : items.all());
		GridData list = new GridData(SWT.FILL, SWT.FILL, true, true);
		list.heightHint = 180;
		itemList.getControl().setLayoutData(list);
		itemList.addCheckStateListener(e -> update());
		Button defaults = new Button(page, SWT.PUSH);
		defaults.setText(ProfileMessages.itemsDefault);
		defaults.setLayoutData(new GridData(SWT.FILL, SWT.TOP, false, false));
		defaults.addListener(SWT.Selection, e -> defaultItems());
		new Label(page, SWT.NONE).setText(ProfileMessages.k);
		auto = new Button(page, SWT.RADIO);
		auto.setText(ProfileMessages.kAuto);
		auto.setSelection(true);
		auto.setLayoutData(new GridData(SWT.LEFT, SWT.CENTER, false, false, 2, 1));
		new Label(page, SWT.NONE);
		Composite fixedK = new Composite(page, SWT.NONE);
		GridLayout row = new GridLayout(2, false);
		row.marginWidth = 0;
		row.marginHeight = 0;
		fixedK.setLayout(row);
		fixedK.setLayoutData(new GridData(SWT.LEFT, SWT.CENTER, false, false, 2, 1));
		fixed = new Button(fixedK, SWT.RADIO);
		fixed.setText(ProfileMessages.kFixed);
		k = new Spinner(fixedK, SWT.BORDER);
		k.setValues(3, ProfileOptions.MIN_K, ProfileOptions.MAX_K, 0, 1, 1);
		k.setEnabled(false);
		// two parents, so the radio buttons are kept exclusive here
		fixed.addListener(SWT.Selection, e -> {
			auto.setSelection(!fixed.getSelection());
			k.setEnabled(fixed.getSelection());
		});
		auto.addListener(SWT.Selection, e -> {
			fixed.setSelection(!auto.getSelection());
			k.setEnabled(!auto.getSelection());
		});
		new Label(page, SWT.NONE).setText(ProfileMessages.seed);
		seed = new Text(page, SWT.BORDER);
		seed.setText(Long.toString(ProfileOptions.DEFAULT_SEED));
		seed.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
		seed.addListener(SWT.Modify, e -> update());
		new Label(page, SWT.NONE).setText(ProfileMessages.starts);
		starts = new Spinner(page, SWT.BORDER);
		starts.setValues(ProfileOptions.DEFAULT_STARTS, 1, ProfileOptions.MAX_STARTS, 0, 1, 10);
		starts.setLayoutData(new GridData(SWT.LEFT, SWT.CENTER, false, false, 2, 1));
		defaultItems();
		setControl(page);
	}

	private void defaultItems() {
		itemList.setCheckedElements(items == null ? new Object[0] : items.defaults().toArray());
		update();
	}

	private void update() {
		String error = problem;
		if (error == null && itemList.getCheckedElements().length == 0) {
			error = ProfileMessages.itemsNone;
		} else if (error == null && seedValue() == null) {
			error = ProfileMessages.seedInvalid;
		}
		setErrorMessage(error);
		setPageComplete(error == null);
	}

	private Long seedValue() {
		try {
			return Long.parseLong(seed.getText().strip());
		} catch (NumberFormatException e) {
			return null;
		}
	}

	/** The options chosen here; {@code k} overrides the page's choice when not null (another k picked on page 2). */
	ProfileOptions options(Integer chosenK) {
		List<String> checked = java.util.Arrays.stream(itemList.getCheckedElements()).map(String.class::cast).toList();
		// the default items are named as such, so the result says the same as crmgap profiles without --items
		List<String> chosen = items != null && checked.equals(items.defaults()) ? List.of() : checked;
		Integer fixedK = chosenK != null ? chosenK : auto.getSelection() ? null : Integer.valueOf(k.getSelection());
		return new ProfileOptions(chosen, fixedK, seedValue(), starts.getSelection(), null);
	}

	String summary() {
		return NLS.bind(ProfileMessages.running, survey, starts.getSelection());
	}

	/** For tests: a fixed k (null: by silhouette) and a seed. */
	void choose(Integer fixedK, long seedValue) {
		auto.setSelection(fixedK == null);
		fixed.setSelection(fixedK != null);
		k.setEnabled(fixedK != null);
		if (fixedK != null) {
			k.setSelection(fixedK);
		}
		seed.setText(Long.toString(seedValue));
	}
}
