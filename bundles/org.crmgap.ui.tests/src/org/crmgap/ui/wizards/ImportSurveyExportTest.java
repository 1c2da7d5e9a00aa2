package org.crmgap.ui.wizards;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.crmgap.indicators.AnalysisOptions;
import org.crmgap.indicators.GapFinding;
import org.crmgap.indicators.ModelAnalysis;
import org.crmgap.indicators.ModelAnalysisResult;
import org.crmgap.model.ColumnMeaning;
import org.crmgap.model.CrmGapPackage;
import org.crmgap.model.DataRole;
import org.crmgap.model.DataSource;
import org.crmgap.model.GapKind;
import org.crmgap.model.GapModel;
import org.crmgap.model.SurveyItem;
import org.crmgap.model.SurveyItemKind;
import org.crmgap.model.persistence.ModelFiles;
import org.crmgap.ui.editor.ExampleProject;
import org.crmgap.ui.editor.GapModelEditor;
import org.crmgap.ui.testing.Dialogs;
import org.crmgap.ui.testing.Screenshots;
import org.crmgap.ui.testing.Widgets;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.jface.dialogs.IMessageProvider;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * File › Import › Data on a Qualtrics export of the example's 2026 survey in which "Somewhat agree" (5) is written
 * "Rather agree": recognised, its plain columns offered and every SERVQUAL item's columns proposed with nothing typed;
 * the Answer labels page shows "Rather agree" without a value until 5 is typed into its cell; Finish saves that label on
 * the new source, and the analysis of the saved model reading the export gives the plain CSV's gaps; one Undo removes
 * source and label. A second import of the same export proposes "Rather agree" = 5 without asking.
 */
class ImportSurveyExportTest {

	private static final List<String> AGREE_7 = List.of("Strongly disagree", "Disagree", "Somewhat disagree",
			"Neither agree nor disagree", "Somewhat agree", "Agree", "Strongly agree");
	private static final List<String> BATTERIES = List.of("E", "P", "D", "A");

	@RegisterExtension
	final ExampleProject example = ExampleProject.withData("import-export");
	private final IWorkbench workbench = PlatformUI.getWorkbench();

	@Test
	void aQualtricsExportIsMappedWithoutTypingAndItsAnswerLabelsAreSavedAndProposedAgain() throws Exception {
		GapModelEditor editor = example.open();
		GapModel model = editor.getModel();
		Path data = example.project().getLocation().toPath().resolve("data");
		Path export = data.resolve("survey-2026.qualtrics.csv");
		List<String> labels = AGREE_7.stream().map(l -> l.equals("Somewhat agree") ? "Rather agree" : l).toList();
		QualtricsExport.write(data.resolve("survey-2026.csv"), export, labels);
		Map<String, Long> counts = answerCounts(data.resolve("survey-2026.csv"));
		int before = model.getDataSources().size();

		WizardDialog dialog = open();
		ImportDataWizard wizard = (ImportDataWizard) dialog.getCurrentPage().getWizard();
		ImportDataPage page = wizard.page();
		page.file(export);
		assertNull(page.getErrorMessage());
		assertEquals(DataRole.CUSTOMER_SURVEY, page.role(), "an export is a customer survey");
		List<Label> line = Widgets.visible(page.getControl(), Label.class, l -> l.getText().startsWith("Qualtrics CSV export recognised"));
		assertEquals(1, line.size(), "the line saying which export was recognised");
		assertTrue(line.get(0).getText().contains("mapping ResponseId → respondent, Q1_1..Q1_22 → E1..E22, Q2_1..Q2_22 → P1..P22, "
				+ "Q3_1..Q3_22 → D1..D22, Q4_1..Q4_22 → A1..A22, segment → segment; 7 columns not used"), line.get(0).getText());
		assertTrue(line.get(0).getText().endsWith("\n1 answer text without a value in the answer table, left empty here: give it its "
				+ "value on the Answer labels page."), line.get(0).getText());
		List<String> plainColumns = new ArrayList<>(List.of("respondent"));
		BATTERIES.forEach(b -> IntStream.rangeClosed(1, 22).forEach(i -> plainColumns.add(b + i)));
		plainColumns.add("segment");
		assertEquals(plainColumns, page.columns(), "the plain columns the export converts to");
		assertEquals(Map.of(ColumnMeaning.RESPONDENT, "respondent", ColumnMeaning.SEGMENT, "segment"), page.mapping());
		Table preview = Widgets.visible(page.getControl(), Table.class).get(0);
		assertEquals("R_C0601", preview.getItem(0).getText(0));
		assertEquals(plainColumns, Arrays.stream(preview.getColumns()).map(c -> c.getText()).toList());
		assertTrue(page.isPageComplete());
		assertFalse(wizard.canFinish(), "an answer text has no value yet");
		Screenshots.take(dialog.getShell(), "import-export-data-page");

		assertEquals(wizard.items(), wizard.getNextPage(page));
		dialog.showPage(wizard.items());
		List<SurveyItem> servqual = model.getSurveyInstruments().get(0).getItems().stream()
				.filter(i -> i.getKind() != SurveyItemKind.VALUE).toList();
		assertEquals(22, servqual.size());
		for (SurveyItem item : servqual) {
			assertEquals("E" + item.getNumber(), wizard.items().chosen(item, CrmGapPackage.Literals.SURVEY_ITEM__EXPECTATION_COLUMN));
			assertEquals("P" + item.getNumber(), wizard.items().chosen(item, CrmGapPackage.Literals.SURVEY_ITEM__PERCEPTION_COLUMN));
		}

		assertEquals(wizard.labels(), wizard.getNextPage(wizard.items()));
		dialog.showPage(wizard.labels());
		AnswerLabelsPage labelsPage = wizard.labels();
		Table table = labelsPage.table().getTable();
		// those without a value first, then as on the scale
		List<List<String>> expected = new ArrayList<>();
		for (int value : new int[] { 5, 1, 2, 3, 4, 6, 7 }) {
			expected.add(List.of(labels.get(value - 1), value == 5 ? "" : String.valueOf(value), String.valueOf(counts.get(String.valueOf(value)))));
		}
		assertEquals(expected, rows(table), "each answer text with its value and count; 'Rather agree' without a value");
		assertFalse(labelsPage.isPageComplete());
		assertEquals(IMessageProvider.WARNING, labelsPage.getMessageType());
		assertTrue(labelsPage.getMessage().startsWith("1 answer text has no value"), labelsPage.getMessage());
		Screenshots.take(dialog.getShell(), "import-export-answer-labels");

		// a value off the scale is refused; leaving the answer unknown would complete the page
		TableItem rather = Arrays.stream(table.getItems()).filter(i -> i.getText(0).equals("Rather agree")).findFirst().orElseThrow();
		type(labelsPage, rather, "9");
		assertEquals("'Rather agree': 9 is not a whole number on the scale 1–7", labelsPage.getErrorMessage());
		assertEquals("", rather.getText(1));
		assertFalse(labelsPage.isPageComplete());
		type(labelsPage, rather, "");
		labelsPage.leaveUnknown(true);
		assertTrue(labelsPage.isPageComplete());
		labelsPage.leaveUnknown(false);
		// 5 typed into the value cell of 'Rather agree', as a user does: the cell editor, Enter
		type(labelsPage, rather, "5");
		assertEquals("5", rather.getText(1));
		assertNull(labelsPage.getErrorMessage());
		assertTrue(labelsPage.isPageComplete());
		assertNull(labelsPage.getMessage());
		assertTrue(wizard.canFinish());
		Dialogs.press(dialog.getShell(), "Finish");

		DataSource added = model.getDataSources().get(before);
		assertEquals("data/survey-2026.qualtrics.csv", added.getLocation());
		assertEquals(DataRole.CUSTOMER_SURVEY, added.getRole());
		assertEquals(List.of("Rather agree = 5.0"), added.getAnswerLabels().stream().map(l -> l.getText() + " = " + l.getValue()).toList(),
				"only the label the scale's defaults do not give");

		editor.doSave(new NullProgressMonitor());
		Path modelFile = example.model().getLocation().toPath();
		ModelAnalysisResult fromExport = analyse(modelFile, before, s -> { });
		ModelAnalysisResult fromPlain = analyse(modelFile, before, s -> {
			s.setLocation("data/survey-2026.csv");
			s.getAnswerLabels().clear();
		});
		ModelAnalysisResult withoutLabel = analyse(modelFile, before, s -> s.getAnswerLabels().clear());
		assertSameGaps(fromPlain, fromExport);
		assertFalse(fromExport.warnings().stream().anyMatch(w -> w.contains("answers not in the answer table")), fromExport.warnings().toString());
		assertTrue(withoutLabel.warnings().stream().anyMatch(w -> w.contains("'Rather agree'")), withoutLabel.warnings().toString());

		editor.getEditingDomain().getCommandStack().undo();
		assertEquals(before, model.getDataSources().size(), "one Undo removes the source and its labels");
		editor.getEditingDomain().getCommandStack().redo();

		// the next wave's export of the same survey: the saved label proposed, nothing to answer
		WizardDialog again = open();
		ImportDataWizard second = (ImportDataWizard) again.getCurrentPage().getWizard();
		second.page().file(export);
		assertEquals(List.of(), Widgets.visible(second.page().getControl(), Label.class, l -> l.getText().contains("answer text without")),
				"every answer text has a value");
		assertTrue(second.canFinish(), "every answer text has a value");
		assertEquals(second.labels(), second.getNextPage(second.items()));
		again.showPage(second.labels());
		expected.remove(0);
		expected.add(4, List.of("Rather agree", "5", String.valueOf(counts.get("5"))));
		assertEquals(expected, rows(second.labels().table().getTable()));
		assertNull(second.labels().getMessage());
		again.close();
	}

	/** The same export as the second sheet of a workbook: recognised from the sheet's cells, its plain columns offered. */
	@Test
	void anExportOnAWorkbookSheetIsRecognisedToo() throws Exception {
		example.open();
		Path data = example.project().getLocation().toPath().resolve("data");
		Path book = ImportWorkbookSheetTest.workbook(data.resolve("survey-2026.xlsx"), List.of(List.of("note"), List.of("wave 2026")),
				QualtricsExport.rows(data.resolve("survey-2026.csv"), AGREE_7));
		WizardDialog dialog = open();
		ImportDataWizard wizard = (ImportDataWizard) dialog.getCurrentPage().getWizard();
		wizard.page().file(book);
		assertNull(wizard.page().export(), "the read-me sheet is no export");
		wizard.page().sheet(ImportWorkbookSheetTest.KPI_SHEET);
		assertNull(wizard.page().getErrorMessage());
		assertNotNull(wizard.page().export(), "the sheet is recognised as an export");
		assertTrue(wizard.page().export().description().startsWith("Qualtrics CSV export recognised; mapping ResponseId → respondent, "
				+ "Q1_1..Q1_22 → E1..E22"), wizard.page().export().description());
		assertEquals(DataRole.CUSTOMER_SURVEY, wizard.page().role());
		assertEquals(90, wizard.page().columns().size(), "respondent, E, P, D, A and segment");
		assertTrue(wizard.canFinish(), "every answer text is a default label");
		dialog.close();
	}

	/** Types {@code text} into the row's value cell: its cell editor opened, the text entered, Enter. */
	private static void type(AnswerLabelsPage page, TableItem row, String text) {
		page.table().editElement(row.getData(), 1);
		Text cell = Widgets.visible(page.table().getTable(), Text.class).get(0);
		cell.setText(text);
		cell.notifyListeners(SWT.DefaultSelection, new Event());
	}

	private WizardDialog open() {
		ImportDataWizard wizard = new ImportDataWizard();
		wizard.init(workbench, StructuredSelection.EMPTY);
		WizardDialog dialog = new WizardDialog(workbench.getActiveWorkbenchWindow().getShell(), wizard);
		dialog.create();
		dialog.getShell().setSize(1000, 760);
		dialog.setBlockOnOpen(false);
		dialog.open();
		return dialog;
	}

	/** The rows of the labels table: text, value, count. */
	private static List<List<String>> rows(Table table) {
		return Arrays.stream(table.getItems()).map(i -> List.of(i.getText(0), i.getText(1), i.getText(2))).toList();
	}

	/** How many cells of the E, P, D and A columns of the plain file hold each answer. */
	private static Map<String, Long> answerCounts(Path plain) throws Exception {
		List<String> lines = Files.readAllLines(plain, StandardCharsets.UTF_8);
		List<String> header = Arrays.asList(lines.get(0).split(",", -1));
		List<Integer> answerColumns = IntStream.range(0, header.size()).filter(i -> header.get(i).matches("[EPDA]\\d+")).boxed().toList();
		return lines.stream().skip(1).map(l -> l.split(",", -1)).flatMap(cells -> answerColumns.stream().map(i -> cells[i]))
				.filter(c -> !c.isEmpty()).collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
	}

	/**
	 * The latest wave's analysis of the saved model with the imported source ({@code index}) as the 2026 survey instead of
	 * the plain file, after {@code change}; the value items left out (the export carries the SERVQUAL batteries only).
	 */
	private static ModelAnalysisResult analyse(Path modelFile, int index, Consumer<DataSource> change) throws Exception {
		GapModel model = ModelFiles.load(modelFile);
		DataSource imported = model.getDataSources().get(index);
		DataSource plain = model.getDataSources().stream().filter(s -> "data/survey-2026.csv".equals(s.getLocation())).findFirst()
				.orElseThrow();
		imported.setWave(plain.getWave());
		model.getDataSources().remove(plain);
		model.getSurveyInstruments().forEach(i -> i.getItems().stream().filter(item -> item.getKind() == SurveyItemKind.VALUE)
				.toList().forEach(EcoreUtil::delete));
		change.accept(imported);
		return ModelAnalysis.analyse(model, modelFile, AnalysisOptions.DEFAULT);
	}

	/** Every gap's value equal within 1e-9 (the engine's parallel sums) and its count equal; customer gaps measured. */
	private static void assertSameGaps(ModelAnalysisResult expected, ModelAnalysisResult actual) {
		Map<String, GapFinding> byId = actual.gaps().stream().collect(Collectors.toMap(GapFinding::id, g -> g));
		assertEquals(expected.gaps().size(), actual.gaps().size());
		long customer = 0;
		for (GapFinding gap : expected.gaps()) {
			GapFinding other = byId.get(gap.id());
			assertEquals(gap.n(), other.n(), gap.gap());
			if (gap.value() == null) {
				assertNull(other.value(), gap.gap());
			} else {
				assertEquals(gap.value(), other.value(), 1e-9, gap.gap());
				customer += gap.kind() == GapKind.CUSTOMER ? 1 : 0;
			}
		}
		assertTrue(customer >= 3, "customer gaps measured: " + customer);
	}
}
