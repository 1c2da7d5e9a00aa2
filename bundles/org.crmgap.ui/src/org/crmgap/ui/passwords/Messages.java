package org.crmgap.ui.passwords;

import org.eclipse.osgi.util.NLS;

/** What the database password dialog and messages say ({@code messages.properties}). */
public final class Messages extends NLS {

	public static String dialogTitle;
	public static String dialogMessage;
	public static String password;
	public static String save;
	public static String cancelled;
	public static String savedForgotten;
	public static String givenForgotten;
	public static String forgetAll;
	public static String forgetAllDone;

	static {
		NLS.initializeMessages(Messages.class.getPackageName() + ".messages", Messages.class);
	}

	private Messages() {
	}
}
