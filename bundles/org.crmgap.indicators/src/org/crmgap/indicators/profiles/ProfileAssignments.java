package org.crmgap.indicators.profiles;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.crmgap.model.persistence.AtomicFiles;

/**
 * The segment-assignment file of a profile discovery: UTF-8 CSV {@code respondent,profile}, one row per respondent of
 * the survey in its order, the profile's number (empty for a respondent left out); fields quoted as RFC 4180 says where
 * needed, ids kept as they are so the file joins the survey on them. It is a new file beside the data: the survey
 * itself is never written.
 */
public final class ProfileAssignments {

	private ProfileAssignments() {
	}

	/** The file's content. */
	public static String csv(ProfileResult result) {
		StringBuilder csv = new StringBuilder("respondent,profile\n");
		for (ProfileResult.Assignment assignment : result.assignments()) {
			csv.append(field(assignment.respondent())).append(',')
					.append(assignment.profile() == null ? "" : assignment.profile().toString()).append('\n');
		}
		return csv.toString();
	}

	/**
	 * Writes the file to {@code target} atomically (readers see the old or the new content); refused when {@code target}
	 * is the survey {@code data} itself, also through another path or a link.
	 */
	public static void write(Path target, Path data, ProfileResult result) throws IOException {
		if (target.toAbsolutePath().normalize().equals(data.toAbsolutePath().normalize())
				|| Files.exists(target) && Files.exists(data) && Files.isSameFile(target, data)) {
			throw new IOException(target + ": is the survey file itself; the assignments go to a new file");
		}
		if (Files.isDirectory(target)) {
			throw new IOException(target + ": is a directory; name the assignment file");
		}
		AtomicFiles.replace(target, csv(result).getBytes(StandardCharsets.UTF_8));
	}

	private static String field(String value) {
		if (value.contains(",") || value.contains("\"") || value.contains("\n") || value.contains("\r")) {
			return "\"" + value.replace("\"", "\"\"") + "\"";
		}
		return value;
	}
}
