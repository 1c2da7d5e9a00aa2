package org.crmgap.data;

/** A Likert scale, 1–7 by default; answers outside it are excluded and counted. */
public record Scale(int min, int max) {

	public static final Scale LIKERT_7 = new Scale(1, 7);

	public Scale {
		if (min >= max) {
			throw new IllegalArgumentException("scale minimum " + min + " must be below its maximum " + max);
		}
	}

	/** Parses "1-7" or "1-5". */
	public static Scale parse(String text) {
		String[] parts = text.trim().split("-");
		if (parts.length != 2) {
			throw new IllegalArgumentException("scale must look like 1-7, not '" + text + "'");
		}
		return new Scale(Integer.parseInt(parts[0].trim()), Integer.parseInt(parts[1].trim()));
	}
}
