package org.crmgap.ui.wizards;

import java.util.Comparator;
import java.util.Optional;

import org.crmgap.indicators.Waves;
import org.crmgap.model.DataFormat;
import org.crmgap.model.DataRole;
import org.crmgap.model.DataSource;
import org.crmgap.model.GapModel;
import org.crmgap.model.MeasurementWave;

/** The customer surveys profiles can be found in: files (not SQL queries) of the role customer survey. */
final class ProfileSurveys {

	private ProfileSurveys() {
	}

	static boolean isSurvey(Object element) {
		return element instanceof DataSource s && s.getRole() == DataRole.CUSTOMER_SURVEY && s.getFormat() != DataFormat.SQL;
	}

	/** The survey of the latest wave (one without a wave when that has none), else the model's first; null without one. */
	static DataSource latest(GapModel model) {
		Optional<MeasurementWave> wave = Waves.latest(model);
		return model.getDataSources().stream().filter(ProfileSurveys::isSurvey)
				.min(Comparator.comparingInt((DataSource s) -> wave.isPresent() && s.getWave() == wave.get() ? 0 : s.getWave() == null ? 1 : 2))
				.orElse(null);
	}
}
