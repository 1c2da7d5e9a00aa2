package org.crmgap.ui.passwords;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.crmgap.examples.Examples;
import org.crmgap.indicators.AnalysisListener;
import org.crmgap.indicators.Indicator;
import org.crmgap.indicators.ModelAnalysis;
import org.crmgap.indicators.ModelAnalysisResult;
import org.crmgap.model.DataFormat;
import org.crmgap.model.DataRole;
import org.crmgap.model.DataSource;
import org.crmgap.model.GapKind;
import org.crmgap.model.GapModel;
import org.crmgap.model.persistence.ModelFiles;
import org.crmgap.sql.testing.PostgresServer;
import org.crmgap.ui.editor.EditorAnalysis;
import org.crmgap.ui.editor.ExampleProject;
import org.crmgap.ui.editor.GapModelEditor;
import org.crmgap.ui.preferences.GapPreferences;
import org.crmgap.ui.testing.Dialogs;
import org.crmgap.ui.testing.Screenshots;
import org.crmgap.ui.testing.Ui;
import org.crmgap.ui.testing.Widgets;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IResource;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * The example with its KPI measurements as SQL queries on a real PostgreSQL server, opened in the editor: the analysis
 * asks for the password in the dialog (answered as a user would, saved in a test secure storage), reads the indicators
 * of the CSV files, and a second analysis does not ask again.
 */
class SqlSourcePasswordTest {

	@RegisterExtension
	final ExampleProject bank = ExampleProject.withData("sql-bank");

	private static final double TOLERANCE = 1e-9;

	private static Path example;
	private static PostgresServer server;

	@TempDir
	Path dir;

	private final AtomicInteger asked = new AtomicInteger();
	private final List<Object> heard = new ArrayList<>();
	private SavedPasswords store;
	private WorkbenchPasswords replaced;

	@BeforeAll
	static void startServer() throws Exception {
		example = Examples.file(Examples.RETAIL_BANK);
		server = PostgresServer.start();
		server.loadExample(example.resolveSibling("data"));
	}

	@AfterAll
	static void stopServer() throws Exception {
		if (server != null) {
			server.close();
		}
	}

	@BeforeEach
	void modelReadingKpisFromTheDatabase() throws Exception {
		IFile file = bank.model();
		GapModel model = ModelFiles.load(file.getLocation().toPath());
		for (DataSource source : model.getDataSources()) {
			if (source.getRole() == DataRole.KPI_MEASUREMENTS) {
				source.setFormat(DataFormat.SQL);
				source.setLocation(server.url(PostgresServer.DATABASE));
				source.setQuery("SELECT standard, day AS \"timestamp\", value FROM kpi WHERE wave = '" + source.getWave().getName() + "'");
			}
		}
		ModelFiles.save(model, file.getLocation().toPath());
		file.refreshLocal(IResource.DEPTH_ZERO, null);
		store = new SavedPasswords(() -> TestStores.open(dir.resolve("secure_storage")));
		replaced = WorkbenchPasswords.replaceSession(new WorkbenchPasswords(store, () -> null, (source, url, user) -> {
			asked.incrementAndGet();
			return PasswordDialog.ask(source, url, user);
		}));
	}

	@AfterEach
	void close() throws Exception {
		WorkbenchPasswords.replaceSession(replaced);
	}

	@Test
	void theAnalysisAsksForThePasswordOnceAndReadsTheIndicatorsOfTheCsvFiles() throws Exception {
		List<String> dialogs = answerThePasswordDialogs();
		try {
			GapModelEditor editor = bank.open();
			EditorAnalysis analysis = editor.getAdapter(EditorAnalysis.class);
			analysis.addListener(new AnalysisListener() {
				@Override
				public void analysed(GapModel analysed, ModelAnalysisResult result) {
					heard.add(result);
				}

				@Override
				public void analysisFailed(Path modelFile, Exception problem) {
					heard.add(problem.getMessage());
				}
			});
			Ui.waitFor("the first analysis", 120_000, () -> !heard.isEmpty(), heard::toString);
			assertEquals(List.of("answered"), dialogs);
			assertEquals(1, asked.get());
			ModelAnalysisResult csv = ModelAnalysis.analyse(ModelFiles.load(example), example, GapPreferences.analysisOptions());
			sameIndicators(csv, heard.get(0));
			assertEquals(PostgresServer.PASSWORD, store.read(SavedPasswords.key(server.url(PostgresServer.DATABASE))), "saved as ticked");

			heard.clear();
			analysis.analyse();
			Ui.waitFor("the second analysis", 120_000, () -> !heard.isEmpty(), heard::toString);
			assertEquals(List.of("answered"), dialogs, "the second analysis does not ask");
			assertEquals(1, asked.get());
			sameIndicators(csv, heard.get(0));
		} finally {
			dialogs.add("done");
		}
	}

	/**
	 * Answers the first password dialog as a user would (the password typed, Save ticked, OK; again while it stays
	 * open, since a press on a loaded machine can be lost) and closes any later one, counted as "asked again", so a
	 * test never hangs in a dialog. Until "done" is added.
	 */
	private static List<String> answerThePasswordDialogs() {
		List<String> dialogs = new ArrayList<>();
		Shell[] first = new Shell[1];
		Display display = Display.getCurrent();
		Ui.repeat(display, 50, () -> {
			for (Shell shell : display.getShells()) {
				if (shell.isDisposed() || !shell.isVisible() || !Messages.dialogTitle.equals(shell.getText())) {
					continue;
				}
				if (first[0] == null || first[0] == shell) {
					if (first[0] == null) {
						dialogs.add("answered");
						first[0] = shell;
					}
					try {
						answer(shell);
					} catch (RuntimeException | AssertionError e) {
						dialogs.add("answering failed: " + e);
						shell.close();
					}
				} else {
					dialogs.add("asked again");
					shell.close();
				}
			}
			return dialogs.contains("done");
		});
		return dialogs;
	}

	private static void answer(Shell shell) {
		List<Text> fields = Widgets.visible(shell, Text.class, t -> (t.getStyle() & SWT.PASSWORD) != 0);
		assertEquals(1, fields.size(), "one masked field");
		fields.get(0).setText(PostgresServer.PASSWORD);
		Dialogs.button(shell, "Save password in secure storage").setSelection(true);
		try {
			Screenshots.take(shell, "database-password");
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		Dialogs.press(shell, "OK");
	}

	private static void sameIndicators(ModelAnalysisResult csv, Object heard) {
		assertTrue(heard instanceof ModelAnalysisResult, () -> "the analysis failed: " + heard);
		ModelAnalysisResult sql = (ModelAnalysisResult) heard;
		assertTrue(sql.data().stream().anyMatch(f -> f.sha256() == null && f.file().contains("(jdbc:postgresql://127.0.0.1:")), sql.data()::toString);
		assertTrue(csv.indicators().stream().filter(i -> i.kind() == GapKind.DELIVERY && i.n() > 0).count() >= 5);
		assertEquals(csv.indicators().size(), sql.indicators().size());
		for (int i = 0; i < csv.indicators().size(); i++) {
			Indicator expected = csv.indicators().get(i);
			Indicator actual = sql.indicators().get(i);
			String what = expected.kind() + " " + expected.element() + " " + expected.segment() + " " + expected.name();
			assertEquals(List.of(expected.kind(), expected.elementId(), expected.name(), expected.n(), expected.severity()),
					List.of(actual.kind(), actual.elementId(), actual.name(), actual.n(), actual.severity()), what);
			if (expected.value() == null || actual.value() == null) {
				assertEquals(expected.value(), actual.value(), what);
			} else {
				assertEquals(expected.value(), actual.value(), TOLERANCE * Math.max(1, Math.abs(expected.value())), what);
			}
		}
	}
}
