package org.crmgap.indicators.profiles;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.crmgap.indicators.SegmentAssignments;
import org.crmgap.model.ColumnMapping;
import org.crmgap.model.ColumnMeaning;
import org.crmgap.model.CrmGapFactory;
import org.crmgap.model.CrmGapPackage;
import org.crmgap.model.CustomerSegment;
import org.crmgap.model.DataFormat;
import org.crmgap.model.DataRole;
import org.crmgap.model.DataSource;
import org.crmgap.model.GapModel;
import org.crmgap.model.util.SiblingNames;

/**
 * What a profile discovery adds to a model: one customer segment per profile (its name, its data key the profile's
 * number as the assignment file writes it, a description of what sets it apart; relationship stage and expected bond left
 * for the user) and the segment-assignment data source of the survey's wave pointing at the assignment file written beside
 * the survey. The elements are made, not added: the caller adds them in one command; the model is not changed here.
 */
public final class ProfileSegments {

	/** The new segments, in the order of the profiles, and the new data source. */
	public record Plan(List<CustomerSegment> segments, DataSource assignment) {
	}

	private ProfileSegments() {
	}

	/** The assignment file of a survey: beside it, {@code <survey's name>-profiles.csv}. */
	public static Path assignmentFile(Path survey) {
		String name = survey.getFileName().toString();
		int dot = name.lastIndexOf('.');
		return survey.resolveSibling((dot > 0 ? name.substring(0, dot) : name) + "-profiles.csv");
	}

	/** The survey's wave already has a segment-assignment source: that one (a second would not be read), else null. */
	public static DataSource existing(GapModel model, DataSource survey) {
		return model.getDataSources().stream().filter(s -> s.getRole() == DataRole.SEGMENT_ASSIGNMENT && s.getWave() == survey.getWave())
				.findFirst().orElse(null);
	}

	/**
	 * The segments of the profiles named {@code names} (in the order of {@code result.profiles()}; a name the model or an
	 * earlier profile has gets the first free {@code Name (2)}) and the assignment source for {@code file}, located
	 * relative to {@code modelFile}'s folder when below it.
	 */
	public static Plan plan(GapModel model, Path modelFile, DataSource survey, ProfileResult result, List<String> names,
			Path file) {
		CrmGapFactory f = CrmGapFactory.eINSTANCE;
		List<CustomerSegment> segments = new ArrayList<>();
		Set<String> taken = new HashSet<>();
		for (int i = 0; i < result.profiles().size(); i++) {
			ProfileResult.Profile profile = result.profiles().get(i);
			String wanted = i < names.size() && !names.get(i).isBlank() ? names.get(i).strip() : profile.name();
			String name = SiblingNames.unique(model, CrmGapPackage.Literals.GAP_MODEL__SEGMENTS, CrmGapPackage.Literals.CUSTOMER_SEGMENT,
					wanted);
			for (int n = 2; !taken.add(name); n++) {
				name = SiblingNames.unique(model, CrmGapPackage.Literals.GAP_MODEL__SEGMENTS, CrmGapPackage.Literals.CUSTOMER_SEGMENT,
						wanted + " (" + n + ")");
			}
			CustomerSegment segment = f.createCustomerSegment();
			segment.setName(name);
			segment.setDataKey(String.valueOf(profile.profile()));
			segment.setDescription(description(profile, result, survey));
			segments.add(segment);
		}
		DataSource source = f.createDataSource();
		source.setName(SiblingNames.unique(model, CrmGapPackage.Literals.GAP_MODEL__DATA_SOURCES, CrmGapPackage.Literals.DATA_SOURCE,
				"Relationship profiles of " + survey.getName()));
		source.setRole(DataRole.SEGMENT_ASSIGNMENT);
		source.setFormat(DataFormat.CSV);
		source.setDelimiter(",");
		source.setWave(survey.getWave());
		Path modelDir = modelFile.toAbsolutePath().normalize().getParent();
		Path absolute = file.toAbsolutePath().normalize();
		source.setLocation(absolute.startsWith(modelDir) ? modelDir.relativize(absolute).toString().replace('\\', '/')
				: absolute.toString());
		source.getColumnMappings().add(mapping(ColumnMeaning.RESPONDENT, SegmentAssignments.RESPONDENT));
		source.getColumnMappings().add(mapping(ColumnMeaning.SEGMENT, SegmentAssignments.PROFILE));
		return new Plan(List.copyOf(segments), source);
	}

	private static ColumnMapping mapping(ColumnMeaning meaning, String column) {
		ColumnMapping mapping = CrmGapFactory.eINSTANCE.createColumnMapping();
		mapping.setMeaning(meaning);
		mapping.setColumn(column);
		return mapping;
	}

	/** "Relationship profile 2 of 3 found in 'Customer survey 2025' (seed 7): 120 respondents (31 %); apart: ...". */
	static String description(ProfileResult.Profile profile, ProfileResult result, DataSource survey) {
		List<String> apart = profile.apart().stream().map(d -> String.format(Locale.ROOT, "%s %s (%+.2f sd)", d.item(), d.theme(),
				d.standardized())).toList();
		return String.format(Locale.ROOT, "Relationship profile %d of %d found in the answers of '%s' (k-means++, seed %d): %d "
				+ "respondents (%.0f %%); set apart by %s", profile.profile(), result.k(), survey.getName(), result.seed(),
				profile.size(), profile.share() * 100, String.join(", ", apart));
	}
}
