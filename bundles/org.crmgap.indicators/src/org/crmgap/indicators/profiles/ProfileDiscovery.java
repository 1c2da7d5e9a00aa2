package org.crmgap.indicators.profiles;

import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.IntStream;

import org.crmgap.data.DataException;
import org.crmgap.data.DataTable;
import org.crmgap.data.DuckDbEngine;
import org.crmgap.indicators.ItemColumns;
import org.crmgap.indicators.ServiceDimension;
import org.hipparchus.random.RandomGenerator;
import org.hipparchus.random.Well19937c;

/**
 * Finds relationship profiles in a survey's answers: clusters the respondents who answered every chosen item with
 * k-means++ ({@link KMeansStarts}) for each k of {@link ProfileOptions#MIN_K}..{@link ProfileOptions#MAX_K}, proposes
 * the k with the highest mean silhouette width ({@link Silhouette}) unless one is asked for, and describes each profile:
 * size, mean expectation per dimension against the overall mean, the items that set it apart, a suggested name. When
 * the survey has known segments, the profiles are compared with them ({@link AdjustedRand}). The data is read through
 * the engine from a table the loader made; nothing is written.
 */
public final class ProfileDiscovery {

	/** Items listed as setting a profile apart. */
	public static final int APART = 3;
	/** Rows needed per profile for the largest k. */
	public static final int ROWS_PER_PROFILE = 2;
	/** Above this many clustered rows the silhouette widths are computed on a seeded sample of this many. */
	public static final int SILHOUETTE_ROWS = 10_000;

	private final DuckDbEngine engine;
	private final List<ServiceDimension> dimensions;

	/** {@code dimensions}: the instrument's dimensions, whose expectation columns give the dimension means. */
	public ProfileDiscovery(DuckDbEngine engine, List<ServiceDimension> dimensions) {
		this.engine = engine;
		this.dimensions = List.copyOf(dimensions);
	}

	/** Finds the profiles in {@code table}, whose respondent column is {@code respondent}. */
	public ProfileResult discover(DataTable table, String respondent, ProfileOptions options) throws SQLException, DataException {
		Path file = Path.of(table.fingerprint().file());
		List<String> items = options.items().isEmpty() ? ProfileColumns.defaultItems(table, dimensions) : options.items();
		if (items.isEmpty()) {
			throw new DataException(file, "no item columns to cluster on: no expectation columns (E1, E2, ...) and no "
					+ "relationship-bond columns (BOND_<name>); name the items to use");
		}
		for (String item : items) {
			if (!table.has(item)) {
				throw new DataException(file, "no column '" + item + "' to cluster on");
			}
			if (item.equals(respondent) || item.equals(table.segment()) || item.equals(options.segmentColumn())) {
				throw new DataException(file, "column '" + item + "' names respondents or segments: it cannot be clustered on");
			}
		}
		String segment = options.segmentColumn() != null ? options.segmentColumn() : table.segment();
		for (String column : Arrays.asList(respondent, segment)) {
			if (column != null && !table.has(column)) {
				throw new DataException(file, "no column '" + column + "'");
			}
		}
		List<String> expectations = expectationColumns(table);
		List<String> wanted = new ArrayList<>(items);
		wanted.addAll(expectations);
		Respondents respondents = Respondents.read(engine, table.name(), respondent, segment, wanted);
		int[] complete = respondents.complete(items);
		int needed = ROWS_PER_PROFILE * ProfileOptions.MAX_K;
		if (complete.length < needed) {
			throw new DataException(file, "too few complete rows: " + complete.length + " of " + respondents.size()
					+ " rows answer every one of the " + items.size() + " items; profiles need at least " + needed + " ("
					+ ROWS_PER_PROFILE + " per profile for up to " + ProfileOptions.MAX_K + " profiles)");
		}
		double[][] x = respondents.matrix(complete, items);
		List<String> warnings = new ArrayList<>();
		int distinct = distinctRows(x);
		int maxK = Math.min(ProfileOptions.MAX_K, distinct);
		if (maxK < ProfileOptions.MIN_K) {
			throw new DataException(file, "every complete row gives the same answers: there is nothing to cluster");
		}
		if (maxK < ProfileOptions.MAX_K) {
			warnings.add("only " + distinct + " different answer patterns: k up to " + maxK + " only");
		}
		if (options.k() != null && options.k() > maxK) {
			throw new DataException(file, "k = " + options.k() + " needs " + options.k() + " different answer patterns; the "
					+ "complete rows have " + distinct);
		}
		int[] sample = silhouetteSample(complete.length, options.seed());
		List<Partition> partitions = new ArrayList<>();
		List<Double> widths = new ArrayList<>();
		for (int k = ProfileOptions.MIN_K; k <= maxK; k++) {
			Partition partition = KMeansStarts.best(x, k, options.seed(), options.starts());
			if (!partition.converged()) {
				warnings.add("k = " + k + ": Lloyd's iterations did not settle within " + KMeansStarts.MAX_ITERATIONS);
			}
			partitions.add(partition);
			widths.add(sample == null ? Silhouette.meanWidth(x, partition.labels(), k)
					: Silhouette.meanWidth(rows(x, sample), labels(partition.labels(), sample), k));
		}
		int chosen = options.k() != null ? options.k() - ProfileOptions.MIN_K
				: IntStream.range(0, widths.size()).boxed().max(Comparator.comparingDouble((Integer i) -> widths.get(i))
						.thenComparing(Comparator.reverseOrder())).orElseThrow();
		Partition best = partitions.get(chosen);
		List<ProfileResult.Candidate> candidates = new ArrayList<>();
		for (int i = 0; i < partitions.size(); i++) {
			candidates.add(candidate(partitions.get(i), widths.get(i), respondents, complete));
		}
		return new ProfileResult(file.toString(), List.copyOf(items), respondents.size(), complete.length, options.seed(),
				options.starts(), sample == null ? null : sample.length, List.copyOf(candidates), best.k(),
				options.k() != null, new ProfileDescriptions(dimensions).profiles(best, x, items, expectations, respondents, complete),
				segment == null ? null : segments(best, segment, respondents, complete),
				assignments(best, respondents, complete), List.copyOf(warnings));
	}

	/** The expectation columns of each dimension that the table has. */
	private List<String> expectationColumns(DataTable table) {
		return dimensions.stream().flatMap(d -> d.items().stream()).map(ItemColumns::expectation)
				.filter(c -> c != null && table.has(c)).distinct().toList();
	}

	private static int distinctRows(double[][] x) {
		Set<List<Double>> patterns = new HashSet<>();
		for (double[] row : x) {
			patterns.add(Arrays.stream(row).boxed().toList());
		}
		return patterns.size();
	}

	/** The rows of a large survey the silhouette is computed on (in order), null when all of them. */
	private static int[] silhouetteSample(int n, long seed) {
		if (n <= SILHOUETTE_ROWS) {
			return null;
		}
		RandomGenerator random = new Well19937c(new int[] { (int) (seed >>> 32), (int) seed });
		int[] all = IntStream.range(0, n).toArray();
		for (int i = 0; i < SILHOUETTE_ROWS; i++) {
			int j = i + random.nextInt(n - i);
			int swap = all[i];
			all[i] = all[j];
			all[j] = swap;
		}
		int[] sample = Arrays.copyOf(all, SILHOUETTE_ROWS);
		Arrays.sort(sample);
		return sample;
	}

	private static double[][] rows(double[][] x, int[] rows) {
		return Arrays.stream(rows).mapToObj(r -> x[r]).toArray(double[][]::new);
	}

	private static int[] labels(int[] labels, int[] rows) {
		return Arrays.stream(rows).map(r -> labels[r]).toArray();
	}

	private static ProfileResult.Candidate candidate(Partition p, double width, Respondents respondents, int[] complete) {
		List<String> starts = Arrays.stream(p.startRows()).mapToObj(r -> respondents.ids().get(complete[r])).toList();
		List<List<Double>> centres = Arrays.stream(p.centres()).map(c -> Arrays.stream(c).boxed().toList()).toList();
		return new ProfileResult.Candidate(p.k(), width, p.withinSs(), p.start(), starts, KMeansStarts.list(p.sizes()),
				centres);
	}

	private static ProfileResult.SegmentComparison segments(Partition p, String column, Respondents respondents,
			int[] complete) {
		TreeSet<String> names = new TreeSet<>(Comparator.comparing((String s) -> s.getBytes(java.nio.charset.StandardCharsets.UTF_8),
				Arrays::compare));
		long without = 0;
		for (int row : complete) {
			String segment = respondents.segments().get(row);
			if (segment == null) {
				without++;
			} else {
				names.add(segment);
			}
		}
		List<String> segments = List.copyOf(names);
		long[][] counts = new long[p.k()][segments.size()];
		for (int i = 0; i < complete.length; i++) {
			String segment = respondents.segments().get(complete[i]);
			if (segment != null) {
				counts[p.labels()[i]][segments.indexOf(segment)]++;
			}
		}
		List<List<Long>> table = Arrays.stream(counts).map(r -> Arrays.stream(r).boxed().toList()).toList();
		return new ProfileResult.SegmentComparison(column, complete.length - without, without, AdjustedRand.index(table),
				segments, table);
	}

	private static List<ProfileResult.Assignment> assignments(Partition p, Respondents respondents, int[] complete) {
		Integer[] profiles = new Integer[respondents.size()];
		for (int i = 0; i < complete.length; i++) {
			profiles[complete[i]] = p.labels()[i] + 1;
		}
		List<ProfileResult.Assignment> assignments = new ArrayList<>();
		for (int r = 0; r < profiles.length; r++) {
			assignments.add(new ProfileResult.Assignment(respondents.ids().get(r), profiles[r]));
		}
		return List.copyOf(assignments);
	}
}
