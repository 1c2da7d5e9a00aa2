package org.crmgap.indicators;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

import org.crmgap.model.GapModel;
import org.crmgap.model.SurveyItem;
import org.crmgap.model.persistence.ModelFiles;

/**
 * A copy of the bundled retail-bank example in a temporary folder, to spoil as a clumsy or hostile user would:
 * edit the model, rename, drop or overwrite CSV columns. The CSV helpers handle the example's plain files
 * (no quoted fields).
 */
final class ExampleCopy {

	static final Path EXAMPLE = Path.of("../org.crmgap.examples/models/retail-bank").toAbsolutePath().normalize();

	/** The wave of the example's survey.csv and kpi.csv. */
	static final AnalysisOptions FIRST_WAVE = AnalysisOptions.DEFAULT.withWave("2025");

	final Path dir;
	final Path file;
	final GapModel model;

	ExampleCopy(Path dir) throws IOException {
		this.dir = dir;
		try (Stream<Path> files = Files.walk(EXAMPLE)) {
			for (Path source : files.toList()) {
				Path target = dir.resolve(EXAMPLE.relativize(source).toString());
				if (Files.isDirectory(source)) {
					Files.createDirectories(target);
				} else {
					Files.copy(source, target);
				}
			}
		}
		file = dir.resolve("retail-bank.crmgap");
		try {
			model = ModelFiles.load(file);
		} catch (org.crmgap.model.persistence.ModelFileException e) {
			throw new IOException(e);
		}
		// the outcomes of the example's planned actions would read the 2026 files too, which these tests leave as they are
		model.getPlannedActions().clear();
	}

	/** The analysis of the first wave, 2025: the survey.csv and kpi.csv these tests spoil (the latest is 2026). */
	ModelAnalysisResult analyse() throws Exception {
		return ModelAnalysis.analyse(model, file, FIRST_WAVE);
	}

	void save() throws IOException {
		model.eResource().save(null);
	}

	SurveyItem item(int number) {
		return model.getSurveyInstruments().get(0).getItems().stream().filter(i -> i.getNumber() == number).findFirst()
				.orElseThrow();
	}

	Path data(String name) {
		return dir.resolve("data").resolve(name);
	}

	/** Rewrites each line of a data file; line 0 is the header. */
	void editLines(String name, LineEdit edit) throws IOException {
		List<String> lines = Files.readAllLines(data(name), StandardCharsets.UTF_8);
		List<String> out = new ArrayList<>();
		for (int i = 0; i < lines.size(); i++) {
			String line = edit.apply(i, lines.get(i));
			if (line != null) {
				out.add(line);
			}
		}
		Files.write(data(name), out, StandardCharsets.UTF_8);
	}

	interface LineEdit {
		String apply(int index, String line);
	}

	int column(String name, String column) throws IOException {
		List<String> header = Arrays.asList(Files.readAllLines(data(name)).get(0).split(",", -1));
		int index = header.indexOf(column);
		if (index < 0) {
			throw new IllegalArgumentException(column + " not in " + name);
		}
		return index;
	}

	/** Applies {@code cell} to column {@code column} of the data rows {@code rows} (1 = the first data row). */
	void setCells(String name, String column, UnaryOperator<String> cell, int... rows) throws IOException {
		int index = column(name, column);
		editLines(name, (i, line) -> {
			if (Arrays.stream(rows).noneMatch(r -> r == i)) {
				return line;
			}
			String[] cells = line.split(",", -1);
			cells[index] = cell.apply(cells[index]);
			return String.join(",", cells);
		});
	}

	void renameColumn(String name, String column, String newName) throws IOException {
		int index = column(name, column);
		editLines(name, (i, line) -> {
			if (i > 0) {
				return line;
			}
			String[] cells = line.split(",", -1);
			cells[index] = newName;
			return String.join(",", cells);
		});
	}

	void dropColumn(String name, String column) throws IOException {
		int index = column(name, column);
		editLines(name, (i, line) -> {
			List<String> cells = new ArrayList<>(Arrays.asList(line.split(",", -1)));
			cells.remove(index);
			return String.join(",", cells);
		});
	}

	/** The cells of one column, data rows only. */
	List<String> cells(String name, String column) throws IOException {
		int index = column(name, column);
		return Files.readAllLines(data(name)).stream().skip(1).map(l -> l.split(",", -1)[index]).toList();
	}
}
