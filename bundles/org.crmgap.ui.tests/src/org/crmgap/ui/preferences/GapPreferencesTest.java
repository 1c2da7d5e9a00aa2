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
	}

	@Test
	void defaultsAreTheDomainsAndChangesReachTheAnalysis() {
		assertEquals(DefaultThresholds.DOMAIN, GapPreferences.thresholds());
		assertTrue(GapPreferences.analyseOnSave());
		GapPreferences.store().setValue(GapPreferences.SHARE_ERROR, 0.6);
		assertEquals(0.6, GapPreferences.thresholds().shareError());
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
