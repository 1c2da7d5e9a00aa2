package org.crmgap.data;

/**
 * A Likert scale, 1–7 by default; answers outside it are excluded and counted. Unless the scale is
 * {@code continuous} (a slider), only whole numbers are answers: 3.5 is excluded and counted too.
 */
public record Scale(int min, int max, boolean continuous) {

	public static final Scale LIKERT_7 = new Scale(1, 7);

	public Scale {
		if (min >= max) {
			throw new IllegalArgumentException("scale minimum " + min + " must be below its maximum " + max);
		}
	}

	public Scale(int min, int max) {
		this(min, max, false);
	}

	/** Parses "1-7" or "1-5". */
	public static Scale parse(String text, boolean continuous) {
		String[] parts = text.trim().split("-");
		try {
			if (parts.length == 2) {
				return new Scale(Integer.parseInt(parts[0].trim()), Integer.parseInt(parts[1].trim()), continuous);
			}
		} catch (NumberFormatException e) {
			// said below
		}
		throw new IllegalArgumentException("scale must look like 1-7, not '" + text + "'");
	}

	public static Scale parse(String text) {
		return parse(text, false);
	}
}
