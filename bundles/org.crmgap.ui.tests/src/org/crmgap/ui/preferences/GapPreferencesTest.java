package org.crmgap.ui.preferences;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.crmgap.indicators.DefaultThresholds;
import org.eclipse.jface.preference.PreferenceDialog;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.dialogs.PreferencesUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The preferences start at the domain reference's thresholds, can be changed, and the page opens. */
class GapPreferencesTest {

	@AfterEach
	void restore() {
		GapPreferences.store().setToDefault(GapPreferences.SHARE_ERROR);
		GapPreferences.store().setToDefault(GapPreferences.SCALE_MIN);
		GapPreferences.store().setToDefault(GapPreferences.SCALE_MAX);
	}

	@Test
	void defaultsAreTheDomainsAndChangesReachTheAnalysis() {
		assertEquals(DefaultThresholds.DOMAIN, GapPreferences.thresholds());
		assertTrue(GapPreferences.analyseOnSave());
		GapPreferences.store().setValue(GapPreferences.SHARE_ERROR, 0.6);
		assertEquals(0.6, GapPreferences.thresholds().shareError());
	}

	@Test
	void theDefaultScaleIsSevenPointsAndAnInvertedOneIsIgnored() {
		assertEquals(1, GapPreferences.scale()[0]);
		assertEquals(7, GapPreferences.scale()[1]);
		GapPreferences.store().setValue(GapPreferences.SCALE_MIN, 5);
		GapPreferences.store().setValue(GapPreferences.SCALE_MAX, 3);
		assertEquals(7, GapPreferences.scale()[1], "min above max: the SERVQUAL scale");
	}

	@Test
	void preferencePageOpens() {
		PreferenceDialog dialog = PreferencesUtil.createPreferenceDialogOn(
				PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell(), "org.crmgap.ui.preferences", null, null);
		dialog.create();
		assertTrue(dialog.getSelectedPage() instanceof GapPreferencePage, String.valueOf(dialog.getSelectedPage()));
		dialog.close();
	}
}
