package org.crmgap.data;

import java.util.function.LongFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The "(first at line N)" of a duplicate-id error names a line of the file the loader read; an error relocated to the
 * file the user gave (a sheet, an export, a query's result) must name that file's place too.
 */
final class FirstAt {

	private static final Pattern LINE = Pattern.compile("\\(first at line (\\d+)\\)");

	private FirstAt() {
	}

	/** The problem with its "(first at line N)" replaced by {@code place} of N (e.g. "(first at row 4)"); else as it is. */
	static String relocate(String problem, LongFunction<String> place) {
		Matcher line = LINE.matcher(problem);
		return line.find() ? problem.substring(0, line.start()) + place.apply(Long.parseLong(line.group(1))) + problem.substring(line.end())
				: problem;
	}
}
