package org.crmgap.indicators;

import java.time.LocalDate;

import org.crmgap.model.Severity;

/**
 * A gap's indicator in one wave: the wave's name and date (may be null), the value (null: not measured in that wave)
 * with its confidence interval where one is computed, its n and the gap's severity in that wave.
 */
public record TrendPoint(String wave, LocalDate date, Double value, Double ciLow, Double ciHigh, long n, Severity severity) {
}
