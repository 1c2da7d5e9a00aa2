package org.crmgap.ui.wizards;

import org.eclipse.osgi.util.NLS;

/** What the Discover profiles wizard shows (profile-messages.properties). */
public final class ProfileMessages extends NLS {

	public static String title;
	public static String action;
	public static String noEditor;
	public static String noSurvey;
	public static String alreadyAssigned;
	public static String optionsTitle;
	public static String optionsDescription;
	public static String survey;
	public static String items;
	public static String itemsDefault;
	public static String itemsNone;
	public static String k;
	public static String kAuto;
	public static String kFixed;
	public static String seed;
	public static String seedInvalid;
	public static String starts;
	public static String profilesTitle;
	public static String profilesDescription;
	public static String running;
	public static String cancelled;
	public static String silhouette;
	public static String columnK;
	public static String columnSilhouette;
	public static String columnWithinSs;
	public static String columnSizes;
	public static String chosen;
	public static String profiles;
	public static String columnProfile;
	public static String columnSize;
	public static String columnName;
	public static String columnApart;
	public static String dimensions;
	public static String columnDimension;
	public static String columnOverall;
	public static String summary;
	public static String replaceTitle;
	public static String replaceQuestion;
	public static String writeFailed;
	public static String command;

	static {
		NLS.initializeMessages("org.crmgap.ui.wizards.profile-messages", ProfileMessages.class);
	}

	private ProfileMessages() {
	}
}
