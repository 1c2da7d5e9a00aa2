package org.crmgap.indicators;

import java.sql.SQLException;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.crmgap.data.DataException;
import org.crmgap.model.MeasurementWave;

/**
 * Each wave's measures, read once per analysis: the outcomes of the actions and the trends share them. A wave other
 * than the one analysed whose data cannot be read is left out (null) with the reason, so a broken file of one wave does
 * not keep the user from the analysis of another.
 */
final class WaveReads {

	/** Reads one wave's measures. */
	interface Reader {
		WaveMeasures read(MeasurementWave wave) throws DataException, SQLException;
	}

	private final Reader reader;
	private final Map<MeasurementWave, WaveMeasures> read = new HashMap<>();
	private final Map<MeasurementWave, String> problems = new LinkedHashMap<>();

	/** {@code current} (may be null for a model without waves) is already analysed as {@code measures}. */
	WaveReads(Reader reader, MeasurementWave current, WaveMeasures measures) {
		this.reader = reader;
		if (current != null) {
			read.put(current, measures);
		}
	}

	/** The wave's measures, or null when its data cannot be read ({@link #problem} says why). */
	WaveMeasures read(MeasurementWave wave) {
		if (!read.containsKey(wave) && !problems.containsKey(wave)) {
			try {
				read.put(wave, reader.read(wave));
			} catch (DataException | SQLException e) {
				problems.put(wave, e.getMessage());
			}
		}
		return read.get(wave);
	}

	/** Why the wave's data cannot be read, or null. */
	String problem(MeasurementWave wave) {
		return problems.get(wave);
	}

	/** A warning per wave left out. */
	List<String> warnings() {
		return problems.entrySet().stream().map(e -> "wave '" + e.getKey().getName()
				+ "' is left out of the trends and the actions' outcomes: " + e.getValue()).toList();
	}
}
