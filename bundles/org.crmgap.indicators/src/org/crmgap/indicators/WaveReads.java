package org.crmgap.indicators;

import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;

import org.crmgap.data.DataException;
import org.crmgap.model.MeasurementWave;

/** Each wave's measures, read once per analysis: the outcomes of the actions and the trends share them. */
final class WaveReads {

	/** Reads one wave's measures. */
	interface Reader {
		WaveMeasures read(MeasurementWave wave) throws DataException, SQLException;
	}

	private final Reader reader;
	private final Map<MeasurementWave, WaveMeasures> read = new HashMap<>();

	/** {@code current} (may be null for a model without waves) is already analysed as {@code measures}. */
	WaveReads(Reader reader, MeasurementWave current, WaveMeasures measures) {
		this.reader = reader;
		if (current != null) {
			read.put(current, measures);
		}
	}

	WaveMeasures read(MeasurementWave wave) throws DataException, SQLException {
		WaveMeasures measures = read.get(wave);
		if (measures == null) {
			measures = reader.read(wave);
			read.put(wave, measures);
		}
		return measures;
	}
}
