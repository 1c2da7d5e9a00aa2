package org.crmgap.ui.preferences;

import org.crmgap.indicators.AnalysisOptions;
import org.crmgap.indicators.DefaultThresholds;
import org.crmgap.ui.passwords.WorkbenchPasswords;
import org.eclipse.core.runtime.preferences.AbstractPreferenceInitializer;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.jface.preference.IPreferenceStore;
import org.eclipse.ui.preferences.ScopedPreferenceStore;

/** The workbench's preferences: default thresholds for the indicators, and what happens on save. */
public class GapPreferences extends AbstractPreferenceInitializer {

	public static final String SCALE_WARNING = "thresholds.scale.warning";
	public static final String SCALE_ERROR = "thresholds.scale.error";
	public static final String SHARE_WARNING = "thresholds.share.warning";
	public static final String SHARE_ERROR = "thresholds.share.error";
	public static final String SIGNIFICANCE = "thresholds.significance";
	public static final String ANALYSE_ON_SAVE = "analyseOnSave";
	public static final String SCALE_MIN = "scale.min";
	public static final String SCALE_MAX = "scale.max";
	public static final String ALLOW_OUTSIDE_DATA = "data.allowOutsideModelFolder";

	private static IPreferenceStore store;

	public static synchronized IPreferenceStore store() {
		if (store == null) {
			store = new ScopedPreferenceStore(InstanceScope.INSTANCE, "org.crmgap.ui");
		}
		return store;
	}

	@Override
	public void initializeDefaultPreferences() {
		IPreferenceStore s = store();
		DefaultThresholds domain = DefaultThresholds.DOMAIN;
		s.setDefault(SCALE_WARNING, domain.scaleWarning());
		s.setDefault(SCALE_ERROR, domain.scaleError());
		s.setDefault(SHARE_WARNING, domain.shareWarning());
		s.setDefault(SHARE_ERROR, domain.shareError());
		s.setDefault(SIGNIFICANCE, domain.significance());
		s.setDefault(ANALYSE_ON_SAVE, true);
		s.setDefault(SCALE_MIN, 1);
		s.setDefault(SCALE_MAX, 7);
		s.setDefault(ALLOW_OUTSIDE_DATA, false);
	}

	/** The answer scale new survey instruments get: {min, max} (SERVQUAL's 1-7 unless changed). */
	public static int[] scale() {
		int min = store().getInt(SCALE_MIN);
		int max = store().getInt(SCALE_MAX);
		return min < max ? new int[] { min, max } : new int[] { 1, 7 };
	}

	/** The default thresholds the user chose (the domain reference's unless changed). */
	public static DefaultThresholds thresholds() {
		IPreferenceStore s = store();
		return new DefaultThresholds(s.getDouble(SCALE_WARNING), s.getDouble(SCALE_ERROR), s.getDouble(SHARE_WARNING),
				s.getDouble(SHARE_ERROR), s.getDouble(SIGNIFICANCE));
	}

	/**
	 * How the workbench analyses: the user's thresholds, data outside a model's folder only when allowed, the session's
	 * database passwords.
	 */
	public static AnalysisOptions analysisOptions() {
		return new AnalysisOptions(thresholds(), store().getBoolean(ALLOW_OUTSIDE_DATA)).withPasswords(WorkbenchPasswords.session());
	}

	public static boolean analyseOnSave() {
		return store().getBoolean(ANALYSE_ON_SAVE);
	}
}
