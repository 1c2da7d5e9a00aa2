package org.crmgap.ui.compare;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.crmgap.diagram.DiagramDocument;
import org.crmgap.diagram.DiagramKind;
import org.crmgap.diagram.notation.DiagramSet;
import org.crmgap.diagram.notation.Shape;
import org.crmgap.model.CrmGapFactory;
import org.crmgap.model.CrmGapPackage;
import org.crmgap.model.GapModel;
import org.crmgap.model.ServiceDimension;
import org.crmgap.model.persistence.ModelFiles;
import org.crmgap.ui.editor.ExampleProject;
import org.crmgap.ui.testing.Dialogs;
import org.crmgap.ui.testing.Screenshots;
import org.crmgap.ui.testing.Widgets;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IResource;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.ecore.xmi.XMLResource;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.DeleteCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Merge Gap Models... on three files: the conflicts listed, a side chosen per conflict, a validated new file or nothing. */
class MergeDialogTest {

	@RegisterExtension
	final ExampleProject example = ExampleProject.modelOnly("merge-bank");

	private IFile base;

	@BeforeEach
	void create() throws Exception {
		base = example.model();
	}

	@Test
	void theirsTakenForOneConflictIsInTheSavedFile() throws Exception {
		IFile ours = ModelVersions.changed(base, "retail-bank.ours.crmgap", (domain, model) -> edits(domain, model, "Everyday savers", 24000, null));
		IFile theirs = ModelVersions.changed(base, "retail-bank.theirs.crmgap", (domain, model) -> edits(domain, model, "Daily savers", 30000, "security"));
		byte[][] before = bytes(base, ours, theirs);
		List<String> seen = new ArrayList<>();
		Dialogs.answer(MergeDialog.TITLE, shell -> answer(shell, () -> {
			seen.add(message(shell));
			seen.addAll(rows(shell));
			select(shell, 0);
			Dialogs.press(shell, "Take Theirs");
			seen.addAll(rows(shell));
			Screenshots.take(shell, "merge-dialog");
			save(shell, seen);
		}), seen);
		ModelVersions.runFromTheMenu(example.page(), List.of(base, ours, theirs), "Merge Gap Models...");
		assertEquals(List.of("2 conflicts: ours is kept for each; select one and Take Theirs where theirs should win.",
				"CustomerSegment 'Everyday savers' | name | changed on both sides | Everyday savers | Daily savers | ours",
				"CustomerSegment 'Relationship banking' | size | changed on both sides | 24000 | 30000 | ours",
				"CustomerSegment 'Everyday savers' | name | changed on both sides | Everyday savers | Daily savers | theirs",
				"CustomerSegment 'Relationship banking' | size | changed on both sides | 24000 | 30000 | ours"), seen);
		IFile merged = example.project().getFile("retail-bank.ours.merged.crmgap");
		assertTrue(merged.exists(), "the merged file is in the workspace");
		GapModel result = ModelFiles.load(merged.getLocation().toPath());
		assertEquals("Daily savers", result.getSegments().get(0).getName(), "theirs taken");
		assertEquals(24000, result.getSegments().get(1).getSize(), "ours kept");
		assertEquals("security", result.getDimensions().get(5).getName(), "theirs' change without conflict");
		assertArrayEquals(before, bytes(base, ours, theirs), "the three files are as they were");
	}

	@Test
	void theirsTakenForADeletionRestoresTheElementAndAMoveIntoEachOtherSaysWhyOnlyOursCanBeKept() throws Exception {
		IFile ours = ModelVersions.changed(base, "retail-bank.ours.crmgap", (domain, model) -> {
			CompoundCommand edits = new CompoundCommand();
			edits.append(DeleteCommand.create(domain, model.getSegments().get(2)));
			edits.append(AddCommand.create(domain, ModelVersions.unit(model, "Private Banking"), CrmGapPackage.Literals.ORGANISATION_UNIT__SUB_UNITS,
					ModelVersions.unit(model, "Contact Centre")));
			return edits;
		});
		IFile theirs = ModelVersions.changed(base, "retail-bank.theirs.crmgap", (domain, model) -> {
			CompoundCommand edits = new CompoundCommand();
			edits.append(SetCommand.create(domain, model.getSegments().get(2).getExpectations().get(0),
					CrmGapPackage.Literals.NAMED_ELEMENT__NAME, "Callback by noon"));
			edits.append(AddCommand.create(domain, ModelVersions.unit(model, "Contact Centre"), CrmGapPackage.Literals.ORGANISATION_UNIT__SUB_UNITS,
					ModelVersions.unit(model, "Private Banking")));
			return edits;
		});
		List<String> seen = new ArrayList<>();
		Dialogs.answer(MergeDialog.TITLE, shell -> answer(shell, () -> {
			select(shell, row(shell, "OrganisationUnit 'Contact Centre' | container"));
			Dialogs.press(shell, "Take Theirs");
			seen.add(((TitleAreaDialog) shell.getData()).getErrorMessage());
			select(shell, row(shell, "deleted in ours"));
			Dialogs.press(shell, "Take Theirs");
			seen.add(message(shell));
			seen.addAll(rows(shell).stream().filter(r -> r.contains("deleted in ours")).toList());
			Screenshots.take(shell, "merge-dialog-structural");
			save(shell, seen);
		}), seen);
		ModelVersions.runFromTheMenu(example.page(), List.of(base, ours, theirs), "Merge Gap Models...");
		assertEquals(List.of("Only ours can be kept for OrganisationUnit 'Contact Centre': theirs moved it into what ours moved into it.",
				"3 conflicts, theirs taken for 1; select one and Take Theirs where theirs should win.",
				"CustomerSegment 'Private and business partners' |  | deleted in ours, changed in theirs | deleted | "
						+ "Expectation 'Callback by noon' name changed | theirs"), seen);
		GapModel result = ModelFiles.load(example.project().getFile("retail-bank.ours.merged.crmgap").getLocation().toPath());
		assertEquals("Private and business partners", result.getSegments().get(2).getName(), "restored");
		assertEquals("Callback by noon", result.getSegments().get(2).getExpectations().get(0).getName(), "as theirs has it");
		assertEquals("Private Banking", ModelVersions.unit(result, "Contact Centre").getParentUnit().getName(), "ours' move kept");
	}

	@Test
	void theNotationFilesAreMergedBesideTheMergedModel() throws Exception {
		DiagramDocument document = DiagramDocument.open(base.getLocation().toPath());
		document.diagram(DiagramKind.ORGANISATION);
		document.saveNotation();
		GapModel model = document.model();
		IFile ours = ModelVersions.changed(base, "retail-bank.ours.crmgap", (domain, m) -> edits(domain, m, "Everyday savers", 0, null));
		IFile theirs = ModelVersions.changed(base, "retail-bank.theirs.crmgap", (domain, m) -> edits(domain, m, null, 24000, null));
		DiagramSet layout = notation(base);
		double x = shape(layout, model, "Contact Centre").getX();
		double y = shape(layout, model, "Executive Board").getY();
		shape(layout, model, "Contact Centre").setX(x + 100);
		ModelFiles.save(layout, DiagramDocument.notationFile(ours.getLocation().toPath()));
		layout = notation(base);
		shape(layout, model, "Executive Board").setY(y + 50);
		ModelFiles.save(layout, DiagramDocument.notationFile(theirs.getLocation().toPath()));
		example.project().refreshLocal(IResource.DEPTH_ONE, null);
		List<String> seen = new ArrayList<>();
		Dialogs.answer(MergeDialog.TITLE, shell -> answer(shell, () -> {
			seen.add(message(shell));
			save(shell, seen);
		}), seen);
		ModelVersions.runFromTheMenu(example.page(), List.of(base, ours, theirs), "Merge Gap Models...");
		assertEquals(List.of("No conflicts: the changes of both sides are merged. The diagrams' layout is merged too."), seen);
		IFile merged = example.project().getFile("retail-bank.ours.merged.crmgapnotation");
		assertTrue(merged.exists(), "the merged notation file is in the workspace, beside the merged model");
		DiagramSet result = notation(example.project().getFile("retail-bank.ours.merged.crmgap"));
		assertEquals(x + 100, shape(result, model, "Contact Centre").getX(), "ours' move");
		assertEquals(y + 50, shape(result, model, "Executive Board").getY(), "theirs' move");
	}

	/** The notation file beside the model file. */
	private static DiagramSet notation(IFile model) throws Exception {
		return ModelFiles.loadForComparison(DiagramDocument.notationFile(model.getLocation().toPath()), DiagramSet.class);
	}

	/** The shape of the unit of this name in the first diagram. */
	private static Shape shape(DiagramSet layout, GapModel model, String unit) {
		String id = ((XMLResource) model.eResource()).getID(ModelVersions.unit(model, unit));
		return layout.getDiagrams().get(0).getShapes().stream().filter(s -> id.equals(s.getElement())).findFirst().orElseThrow();
	}

	@Test
	void aMergeThatDoesNotValidateIsNotSavedAndCancelWritesNothing() throws Exception {
		// both sides add a dimension of the same name: each side validates, the merge has two of one name
		IFile ours = ModelVersions.changed(base, "retail-bank.ours.crmgap", (domain, model) -> edits(domain, model, null, 0, "security"));
		IFile theirs = ModelVersions.changed(base, "retail-bank.theirs.crmgap", (domain, model) -> edits(domain, model, null, 0, "security"));
		byte[][] before = bytes(base, ours, theirs);
		List<String> seen = new ArrayList<>();
		Dialogs.answer(MergeDialog.TITLE, shell -> answer(shell, () -> {
			seen.add(message(shell));
			Dialogs.press(shell, "Save");
			seen.add(((TitleAreaDialog) shell.getData()).getErrorMessage());
			Dialogs.press(shell, "Cancel");
		}), seen);
		int files = example.project().members().length;
		ModelVersions.runFromTheMenu(example.page(), List.of(base, ours, theirs), "Merge Gap Models...");
		assertEquals(2, seen.size(), seen.toString());
		assertEquals("No conflicts: the changes of both sides are merged.", seen.get(0));
		assertTrue(seen.get(1).startsWith("Not saved: the merged model does not validate: "), seen.get(1));
		assertFalse(example.project().getFile("retail-bank.ours.merged.crmgap").exists());
		assertEquals(files, example.project().members().length, "nothing written");
		assertArrayEquals(before, bytes(base, ours, theirs), "the three files are as they were");
	}

	@Test
	void anUnreadableFileIsNamedAndNothingCanBeSaved() throws Exception {
		IFile ours = ModelVersions.changed(base, "retail-bank.ours.crmgap", (domain, model) -> edits(domain, model, "Everyday savers", 0, null));
		IFile broken = example.project().getFile("retail-bank.theirs.crmgap");
		broken.create(new java.io.ByteArrayInputStream("<?xml version=\"1.0\"?>\n<crmgap:GapModel name=\"half".getBytes()), true, null);
		List<String> seen = new ArrayList<>();
		Dialogs.answer(MergeDialog.TITLE, shell -> answer(shell, () -> {
			seen.add(((TitleAreaDialog) shell.getData()).getErrorMessage());
			seen.add(String.valueOf(Dialogs.button(shell, "Save").isEnabled()));
			Dialogs.press(shell, "Cancel");
		}), seen);
		int files = example.project().members().length;
		ModelVersions.runFromTheMenu(example.page(), List.of(base, ours, broken), "Merge Gap Models...");
		assertEquals(2, seen.size(), seen.toString());
		assertTrue(seen.get(0).startsWith("Cannot merge: /merge-bank/retail-bank.theirs.crmgap (line 2) is not a readable gap model: "), seen.get(0));
		assertEquals("false", seen.get(1), "Save is disabled");
		assertEquals(files, example.project().members().length, "nothing written");
	}

	/** What the test does in the dialog, answered once; anything it throws fails the test (a dialog left open would hang it). */
	private interface Steps {
		void run() throws Exception;
	}

	private static void answer(Shell shell, Steps steps) {
		if (shell.getData("crmgap.test.answered") != null) {
			return;
		}
		shell.setData("crmgap.test.answered", Boolean.TRUE);
		try {
			steps.run();
		} catch (Throwable e) {
			throw new AssertionError("in the merge dialog: " + e, e);
		}
	}

	/** A rename of the first segment, the second's size, a new dimension: each where given. */
	private static CompoundCommand edits(EditingDomain domain, GapModel model, String rename, int size, String dimension) {
		CompoundCommand edits = new CompoundCommand();
		if (rename != null) {
			edits.append(SetCommand.create(domain, model.getSegments().get(0), CrmGapPackage.Literals.NAMED_ELEMENT__NAME, rename));
		}
		if (size > 0) {
			edits.append(SetCommand.create(domain, model.getSegments().get(1), CrmGapPackage.Literals.CUSTOMER_SEGMENT__SIZE, size));
		}
		if (dimension != null) {
			ServiceDimension added = CrmGapFactory.eINSTANCE.createServiceDimension();
			added.setName(dimension);
			edits.append(AddCommand.create(domain, model, CrmGapPackage.Literals.GAP_MODEL__DIMENSIONS, added));
		}
		return edits;
	}

	/** Presses Save; a dialog left open is seen with its error, and cancelled. */
	private static void save(Shell shell, List<String> seen) {
		Dialogs.press(shell, "Save");
		if (!shell.isDisposed()) {
			seen.add("still open: " + ((TitleAreaDialog) shell.getData()).getErrorMessage());
			Dialogs.press(shell, "Cancel");
		}
	}

	private static String message(Shell shell) {
		return ((TitleAreaDialog) shell.getData()).getMessage();
	}

	/** The conflict table as the user reads it: each row's cells joined by " | ". */
	private static List<String> rows(Shell shell) {
		Table table = Widgets.visible(shell, Table.class).get(0);
		return Arrays.stream(table.getItems()).map(item -> IntStream.range(0, table.getColumnCount()).mapToObj(item::getText)
				.collect(Collectors.joining(" | "))).toList();
	}

	/** The first row whose text has {@code part}. */
	private static int row(Shell shell, String part) {
		List<String> rows = rows(shell);
		return IntStream.range(0, rows.size()).filter(i -> rows.get(i).contains(part)).findFirst()
				.orElseThrow(() -> new AssertionError("no row with " + part + " in " + rows));
	}

	/** Selects a row as a click does. */
	private static void select(Shell shell, int row) {
		Table table = Widgets.visible(shell, Table.class).get(0);
		TableItem item = table.getItem(row);
		table.setSelection(item);
		Event click = new Event();
		click.item = item;
		table.notifyListeners(SWT.Selection, click);
	}

	private static byte[][] bytes(IFile... files) throws Exception {
		byte[][] all = new byte[files.length][];
		for (int i = 0; i < files.length; i++) {
			all[i] = Files.readAllBytes(files[i].getLocation().toPath());
		}
		return all;
	}
}
