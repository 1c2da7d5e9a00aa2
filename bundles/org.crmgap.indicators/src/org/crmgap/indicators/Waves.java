package org.crmgap.indicators;

import java.nio.file.Path;
import java.util.Comparator;
import java.util.Optional;
import java.util.stream.Collectors;

import org.crmgap.data.DataException;
import org.crmgap.model.DataRole;
import org.crmgap.model.DataSource;
import org.crmgap.model.GapModel;
import org.crmgap.model.MeasurementWave;

/**
 * Which measurement wave an analysis reads, and which data sources belong to it. A source without a wave belongs to
 * every wave (data measured once, such as a readiness assessment, or a model without waves: its one unnamed wave);
 * a wave's own source of a role comes before such a shared one.
 */
public final class Waves {

	private Waves() {
	}

	/** The latest wave: the highest order, the later in the model's list on a tie; empty when the model has none. */
	public static Optional<MeasurementWave> latest(GapModel model) {
		return model.getWaves().stream().max(byOrder(model));
	}

	/** The model's waves from first to latest: by order, the position in the model's list breaking ties. */
	public static Comparator<MeasurementWave> byOrder(GapModel model) {
		return Comparator.comparingInt(MeasurementWave::getOrder).thenComparingInt(w -> model.getWaves().indexOf(w));
	}

	/**
	 * The wave called {@code name}, or the latest when name is null; empty for a model without waves (and no name).
	 *
	 * @throws DataException naming the model file and its waves when no wave has that name
	 */
	public static Optional<MeasurementWave> select(GapModel model, Path modelFile, String name) throws DataException {
		if (name == null) {
			return latest(model);
		}
		Optional<MeasurementWave> named = model.getWaves().stream().filter(w -> name.equals(w.getName())).findFirst();
		if (named.isEmpty()) {
			String waves = model.getWaves().stream().map(w -> "'" + w.getName() + "'").collect(Collectors.joining(", "));
			throw new DataException(modelFile, "no wave '" + name + "' in model '" + model.getName() + "'; "
					+ (waves.isEmpty() ? "the model has no waves" : "its waves: " + waves));
		}
		return named;
	}

	/** Whether a source's data belongs to the wave (null: the unnamed wave of a model without waves). */
	public static boolean belongs(DataSource source, MeasurementWave wave) {
		return source.getWave() == null || source.getWave() == wave;
	}

	/** The wave's source of a role: one naming the wave first, else one without a wave. */
	static Optional<DataSource> source(GapModel model, MeasurementWave wave, DataRole role) {
		Optional<DataSource> own = model.getDataSources().stream()
				.filter(s -> s.getRole() == role && wave != null && s.getWave() == wave).findFirst();
		return own.isPresent() ? own
				: model.getDataSources().stream().filter(s -> s.getRole() == role && s.getWave() == null).findFirst();
	}
}
