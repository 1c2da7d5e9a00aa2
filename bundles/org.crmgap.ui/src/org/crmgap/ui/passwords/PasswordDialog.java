package org.crmgap.ui.passwords;

import org.crmgap.data.Databases;
import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.PlatformUI;

/**
 * Asks for the password of a SQL source's database: the source and the database (without the URL's parameters) and
 * the user named, a masked field, and whether to save the password in secure storage (off unless the user ticks it).
 */
final class PasswordDialog extends Dialog {

	private final String source;
	private final String url;
	private final String user;
	private Text field;
	private Button save;
	private WorkbenchPasswords.Answer answer;

	private PasswordDialog(Shell parent, String source, String url, String user) {
		super(parent);
		this.source = source;
		this.url = url;
		this.user = user;
	}

	/** Opens the dialog on the UI thread, from any thread, and waits for the answer: null when cancelled. */
	static WorkbenchPasswords.Answer ask(String source, String url, String user) {
		if (!PlatformUI.isWorkbenchRunning()) {
			return null;
		}
		Display display = PlatformUI.getWorkbench().getDisplay();
		WorkbenchPasswords.Answer[] answer = new WorkbenchPasswords.Answer[1];
		display.syncExec(() -> {
			PasswordDialog dialog = new PasswordDialog(PlatformUI.getWorkbench().getModalDialogShellProvider().getShell(), source, url, user);
			dialog.open();
			answer[0] = dialog.answer;
		});
		return answer[0];
	}

	@Override
	protected void configureShell(Shell shell) {
		super.configureShell(shell);
		shell.setText(Messages.dialogTitle);
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		Composite area = (Composite) super.createDialogArea(parent);
		GridLayoutFactory.swtDefaults().numColumns(2).applyTo(area);
		Label message = new Label(area, SWT.WRAP);
		message.setText(NLS.bind(Messages.dialogMessage, Databases.where(source, url), user));
		GridDataFactory.fillDefaults().span(2, 1).hint(convertWidthInCharsToPixels(70), SWT.DEFAULT).applyTo(message);
		new Label(area, SWT.NONE).setText(Messages.password);
		field = new Text(area, SWT.BORDER | SWT.PASSWORD);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(field);
		save = new Button(area, SWT.CHECK);
		save.setText(Messages.save);
		GridDataFactory.fillDefaults().span(2, 1).applyTo(save);
		return area;
	}

	@Override
	protected void buttonPressed(int buttonId) {
		if (buttonId == IDialogConstants.OK_ID) {
			answer = new WorkbenchPasswords.Answer(field.getText(), save.getSelection());
		}
		super.buttonPressed(buttonId);
	}
}
