package org.crmgap.ui.wizards;

import java.nio.file.Path;

import org.crmgap.report.ModelExport;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;

/** Chooses the export format and the file to write. */
final class ExportPage extends WizardPage {

	private ModelExport format = ModelExport.HTML;
	private Text target;
	private final Path defaultFolder;
	private final String baseName;

	ExportPage(Path defaultFolder, String baseName) {
		super("export", "Export gap model", null);
		this.defaultFolder = defaultFolder;
		this.baseName = baseName;
		setDescription("Choose a format and where to write it.");
	}

	@Override
	public void createControl(Composite parent) {
		Composite page = new Composite(parent, SWT.NONE);
		page.setLayout(new GridLayout(3, false));
		for (ModelExport f : ModelExport.values()) {
			Button choice = new Button(page, SWT.RADIO);
			choice.setText(f.label);
			choice.setSelection(f == format);
			choice.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 3, 1));
			choice.addListener(SWT.Selection, e -> {
				if (choice.getSelection()) {
					select(f);
				}
			});
		}
		new Label(page, SWT.NONE).setText("To file:");
		target = new Text(page, SWT.BORDER);
		target.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		target.setText(defaultTarget(format).toString());
		target.addModifyListener(e -> validate());
		Button browse = new Button(page, SWT.PUSH);
		browse.setText("Browse…");
		browse.addListener(SWT.Selection, e -> {
			FileDialog dialog = new FileDialog(getShell(), SWT.SAVE);
			dialog.setFileName(target.getText());
			String chosen = dialog.open();
			if (chosen != null) {
				target.setText(chosen);
			}
		});
		setControl(page);
		validate();
	}

	private Path defaultTarget(ModelExport f) {
		return defaultFolder.resolve(baseName + (f == ModelExport.XMI ? "-export.crmgap" : "." + f.extension));
	}

	void select(ModelExport f) {
		format = f;
		if (target != null) {
			target.setText(defaultTarget(f).toString());
		}
	}

	void target(Path file) {
		target.setText(file.toString());
	}

	private void validate() {
		String text = target.getText().trim();
		setErrorMessage(text.isEmpty() ? "Choose the file to write" : null);
		setPageComplete(!text.isEmpty());
	}

	ModelExport format() {
		return format;
	}

	Path target() {
		return Path.of(target.getText().trim());
	}
}
