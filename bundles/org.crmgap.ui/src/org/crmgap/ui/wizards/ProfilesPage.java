package org.crmgap.ui.wizards;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.IntConsumer;
import java.util.stream.Collectors;

import org.crmgap.indicators.profiles.ProfileResult;
import org.crmgap.ui.tables.Columns;
import org.crmgap.ui.tables.TextEditing;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;

/**
 * Page 2 of Discover Profiles: the mean silhouette width of each k (selecting another row finds the profiles of that k),
 * each profile's size, suggested name (editable) and the items that set it apart, and the mean expectation per dimension
 * of each profile against the overall mean.
 */
final class ProfilesPage extends WizardPage {

	private final IntConsumer anotherK;
	private ProfileResult result;
	private final List<String> names = new ArrayList<>();
	private TableViewer silhouettes;
	private Label profilesLabel;
	private TableViewer profiles;
	private Table dimensions;
	private Label summary;
	private boolean showing;

	/** {@code anotherK}: called with the k the user picks in the silhouette table. */
	ProfilesPage(IntConsumer anotherK) {
		super("profiles", ProfileMessages.profilesTitle, null);
		setDescription(ProfileMessages.profilesDescription);
		this.anotherK = anotherK;
		setPageComplete(false);
	}

	@Override
	public void createControl(Composite parent) {
		Composite page = new Composite(parent, SWT.NONE);
		page.setLayout(new GridLayout(1, false));
		new Label(page, SWT.NONE).setText(ProfileMessages.silhouette);
		silhouettes = table(page, 5 * 23 + 30);
		Columns<ProfileResult.Candidate> k = Columns.of(silhouettes, ProfileResult.Candidate.class);
		k.add(ProfileMessages.columnK, 90, this::chosen);
		k.add(ProfileMessages.columnSilhouette, 90, c -> String.format(Locale.ROOT, "%.3f", c.silhouette()));
		k.add(ProfileMessages.columnWithinSs, 100, c -> String.format(Locale.ROOT, "%.1f", c.withinSs()));
		k.add(ProfileMessages.columnSizes, 300, c -> c.sizes().stream().map(String::valueOf)
				.collect(Collectors.joining(", ")));
		silhouettes.addSelectionChangedListener(e -> {
			if (!showing && e.getStructuredSelection().getFirstElement() instanceof ProfileResult.Candidate c && c.k() != result.k()) {
				getShell().getDisplay().asyncExec(() -> anotherK.accept(c.k()));
			}
		});
		profilesLabel = new Label(page, SWT.NONE);
		profilesLabel.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		profiles = table(page, 110);
		Columns<ProfileResult.Profile> p = Columns.of(profiles, ProfileResult.Profile.class);
		p.add(ProfileMessages.columnProfile, 40, x -> String.valueOf(x.profile()));
		p.add(ProfileMessages.columnSize, 100, x -> String.format(Locale.ROOT, "%d (%.0f %%)", x.size(), x.share() * 100));
		p.add(ProfileMessages.columnName, 260, this::name)
				.setEditingSupport(TextEditing.of(profiles, ProfileResult.Profile.class, this::name, (x, typed) -> names.set(x.profile() - 1, typed)));
		p.add(ProfileMessages.columnApart, 520, ProfilesPage::apart);
		new Label(page, SWT.NONE).setText(ProfileMessages.dimensions);
		dimensions = new Table(page, SWT.BORDER | SWT.FULL_SELECTION);
		dimensions.setHeaderVisible(true);
		dimensions.setLinesVisible(true);
		GridData d = new GridData(SWT.FILL, SWT.FILL, true, true);
		d.heightHint = 120;
		dimensions.setLayoutData(d);
		summary = new Label(page, SWT.WRAP);
		summary.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		setControl(page);
	}

	private static TableViewer table(Composite parent, int height) {
		TableViewer viewer = new TableViewer(parent, SWT.BORDER | SWT.FULL_SELECTION | SWT.SINGLE);
		viewer.getTable().setHeaderVisible(true);
		viewer.getTable().setLinesVisible(true);
		viewer.setContentProvider(ArrayContentProvider.getInstance());
		GridData data = new GridData(SWT.FILL, SWT.FILL, true, false);
		data.heightHint = height;
		viewer.getControl().setLayoutData(data);
		return viewer;
	}

	/** "E19 +0.75 sd, E21 +0.72 sd, E18 +0.70 sd (Empathy expectations)": the items, then their themes once. */
	static String apart(ProfileResult.Profile profile) {
		String items = profile.apart().stream().map(d -> String.format(Locale.ROOT, "%s %+.2f sd", d.item(), d.standardized()))
				.collect(Collectors.joining(", "));
		return items + " (" + profile.apart().stream().map(ProfileResult.ItemDifference::theme).distinct()
				.collect(Collectors.joining(", ")) + ")";
	}

	/** The profile's name as the user sees it (the suggested one until typed over). */
	private String name(ProfileResult.Profile profile) {
		return names.get(profile.profile() - 1);
	}

	private String chosen(ProfileResult.Candidate c) {
		return c.k() == result.k() ? NLS.bind(ProfileMessages.chosen, c.k()) : String.valueOf(c.k());
	}

	/** Shows a result; the names start as the suggested ones. */
	void show(ProfileResult shown, String summaryText) {
		result = shown;
		names.clear();
		shown.profiles().forEach(p -> names.add(p.name()));
		showing = true;
		silhouettes.setInput(shown.candidates());
		silhouettes.setSelection(new org.eclipse.jface.viewers.StructuredSelection(shown.chosen()));
		showing = false;
		profilesLabel.setText(NLS.bind(ProfileMessages.profiles, new Object[] { shown.complete(), shown.rows(),
				Long.toString(shown.seed()) }));
		profiles.setInput(shown.profiles());
		showDimensions(shown);
		summary.setText(summaryText);
		((Composite) getControl()).layout(true, true);
		setErrorMessage(null);
		setPageComplete(true);
	}

	private void showDimensions(ProfileResult shown) {
		dimensions.removeAll();
		for (TableColumn c : dimensions.getColumns()) {
			c.dispose();
		}
		List<String> titles = new ArrayList<>(List.of(ProfileMessages.columnDimension, ProfileMessages.columnOverall));
		shown.profiles().forEach(p -> titles.add(String.valueOf(p.profile())));
		for (String title : titles) {
			TableColumn column = new TableColumn(dimensions, SWT.LEFT);
			column.setText(title);
			column.setWidth(title.equals(ProfileMessages.columnDimension) ? 160 : 110);
		}
		if (shown.profiles().isEmpty()) {
			return;
		}
		List<ProfileResult.DimensionMean> first = shown.profiles().get(0).dimensions();
		for (int i = 0; i < first.size(); i++) {
			TableItem row = new TableItem(dimensions, SWT.NONE);
			row.setText(0, first.get(i).name());
			row.setText(1, String.format(Locale.ROOT, "%.2f", first.get(i).overall()));
			for (int p = 0; p < shown.profiles().size(); p++) {
				ProfileResult.DimensionMean mean = shown.profiles().get(p).dimensions().get(i);
				row.setText(2 + p, String.format(Locale.ROOT, "%.2f (%+.2f)", mean.mean(), mean.difference()));
			}
		}
	}

	ProfileResult result() {
		return result;
	}

	/** The names of the profiles, in their order. */
	List<String> names() {
		return List.copyOf(names);
	}

	TableViewer silhouettes() {
		return silhouettes;
	}

	TableViewer profiles() {
		return profiles;
	}

	Table dimensions() {
		return dimensions;
	}
}
