package org.crmgap.ui.wizards;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

import org.crmgap.data.DataException;
import org.crmgap.data.Preview;
import org.crmgap.data.Workbooks;
import org.crmgap.model.ColumnMapping;
import org.crmgap.model.ColumnMeaning;
import org.crmgap.model.CrmGapFactory;
import org.crmgap.model.CrmGapPackage;
import org.crmgap.model.DataFormat;
import org.crmgap.model.DataRole;
import org.crmgap.model.DataSource;
import org.crmgap.model.GapModel;
import org.crmgap.ui.editor.GapModelEditor;
import org.eclipse.core.resources.IFile;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.wizard.Wizard;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IImportWizard;
import org.eclipse.ui.IWorkbench;

/**
 * File › Import › Data for a Gap Model: attaches a CSV or Parquet file or a workbook's sheet to the open model as a data source
 * with its role and column mapping. A survey-tool export is attached as a customer survey with the plain columns it
 * converts to, and the answer labels the user gave that differ from the scale's defaults. The change is one command on
 * the editor's stack: undoable, and saved with the model.
 */
public class ImportDataWizard extends Wizard implements IImportWizard {

	private GapModelEditor editor;
	private final ImportDataPage page = new ImportDataPage();
	private ItemColumnsPage items;
	private AnswerLabelsPage labels;
	private ExportAnswers answers;

	@Override
	public void init(IWorkbench workbench, IStructuredSelection selection) {
		setWindowTitle("Import Data");
		IEditorPart active = workbench.getActiveWorkbenchWindow() == null ? null
				: workbench.getActiveWorkbenchWindow().getActivePage().getActiveEditor();
		editor = active instanceof GapModelEditor gap && gap.getModel() != null ? gap : null;
	}

	@Override
	public void addPages() {
		if (editor == null) {
			refuse("Open the gap model to attach the data to first.");
			return;
		}
		page.modelFile(editor.getAdapter(IFile.class).getLocation().toPath());
		try {
			answers = ExportAnswers.of(editor.getModel());
		} catch (IllegalArgumentException badScale) { // the instrument's scale (validation: crmgap.instrument.scale)
			refuse("The survey instrument's " + badScale.getMessage() + ": correct its scale in the Properties view first.");
			return;
		}
		page.answers(answers::proposed);
		addPage(page);
		if (!editor.getModel().getSurveyInstruments().isEmpty()) {
			items = new ItemColumnsPage(editor.getModel().getSurveyInstruments().get(0), page::columns, page::role);
			addPage(items);
		}
		labels = new AnswerLabelsPage(this::answers);
		addPage(labels);
	}

	/** One page saying why nothing can be imported now. */
	private void refuse(String why) {
		addPage(new WizardPage("none", "Import Data", null) {
			@Override
			public void createControl(Composite parent) {
				setErrorMessage(why);
				setControl(new Composite(parent, 0));
				setPageComplete(false);
			}
		});
	}

	@Override
	public org.eclipse.jface.wizard.IWizardPage getNextPage(org.eclipse.jface.wizard.IWizardPage current) {
		// the item columns matter for surveys only, the answer labels for an export's answer texts
		if (current == page && items != null && isSurvey()) {
			return items;
		}
		return (current == page || current == items) && hasLabels() ? labels : null;
	}

	@Override
	public boolean canFinish() {
		return editor != null && page.isPageComplete() && (!hasLabels() || labels.isPageComplete());
	}

	/** The answers of the export chosen on the first page (none for a plain file). */
	ExportAnswers answers() {
		answers = answers.of(page.export());
		return answers;
	}

	/** Whether the chosen file is a survey-tool export, attached as a customer survey, with answer texts. */
	private boolean hasLabels() {
		return page.export() != null && page.role() == DataRole.CUSTOMER_SURVEY && !answers().answers().isEmpty();
	}

	private boolean isSurvey() {
		return page.role() == DataRole.CUSTOMER_SURVEY || page.role() == DataRole.MANAGEMENT_SURVEY;
	}

	@Override
	public boolean performFinish() {
		try {
			DataSource source = dataSource(page.file(), page.sheet(), page.role(), page.mapping());
			if (hasLabels()) {
				// on the new source: the one command adding it adds them, one Undo removes them
				source.getAnswerLabels().addAll(answers().toSave());
			}
			GapModel model = editor.getModel();
			var domain = editor.getEditingDomain();
			CompoundCommand attach = new CompoundCommand("Attach " + source.getName());
			attach.append(AddCommand.create(domain, model, CrmGapPackage.Literals.GAP_MODEL__DATA_SOURCES, source));
			if (items != null && isSurvey() && items.getControl() != null) {
				for (Object[] change : items.changes()) {
					attach.append(SetCommand.create(domain, change[0], (org.eclipse.emf.ecore.EStructuralFeature) change[1], change[2]));
				}
			}
			domain.getCommandStack().execute(attach);
			return true;
		} catch (DataException e) {
			page.setErrorMessage(e.getMessage());
			return false;
		}
	}

	/**
	 * The new data source: located relative to the model file when the data lies below its folder; a workbook's sheet
	 * by name ({@code sheet} null: the first).
	 */
	DataSource dataSource(Path file, String sheet, DataRole role, Map<ColumnMeaning, String> mapping) throws DataException {
		CrmGapFactory f = CrmGapFactory.eINSTANCE;
		DataSource source = f.createDataSource();
		String name = file.getFileName().toString();
		source.setName(name.contains(".") ? name.substring(0, name.lastIndexOf('.')) : name);
		boolean parquet = name.toLowerCase(Locale.ROOT).endsWith(".parquet");
		source.setFormat(parquet ? DataFormat.PARQUET : DataFormat.CSV);
		// a workbook's data source is CSV-formatted: its sheet is read as the CSV file of its cells
		if (!parquet && !Workbooks.isWorkbook(file)) {
			source.setDelimiter(String.valueOf(Preview.delimiterOf(file)));
		}
		source.setSheet(sheet);
		source.setRole(role);
		Path modelDir = editor.getAdapter(IFile.class).getLocation().toPath().getParent();
		Path absolute = file.toAbsolutePath().normalize();
		source.setLocation(absolute.startsWith(modelDir) ? modelDir.relativize(absolute).toString().replace('\\', '/')
				: absolute.toString());
		if ((role == DataRole.CUSTOMER_SURVEY || role == DataRole.MANAGEMENT_SURVEY)
				&& !editor.getModel().getSurveyInstruments().isEmpty()) {
			source.setInstrument(editor.getModel().getSurveyInstruments().get(0));
		}
		mapping.forEach((meaning, column) -> {
			ColumnMapping m = f.createColumnMapping();
			m.setMeaning(meaning);
			m.setColumn(column);
			source.getColumnMappings().add(m);
		});
		return source;
	}

	ItemColumnsPage items() {
		return items;
	}

	AnswerLabelsPage labels() {
		return labels;
	}

	ImportDataPage page() {
		return page;
	}
}
