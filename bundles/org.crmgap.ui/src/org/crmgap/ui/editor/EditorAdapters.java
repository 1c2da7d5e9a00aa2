package org.crmgap.ui.editor;

import org.eclipse.core.resources.IFile;
import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.ui.ide.IGotoMarker;
import org.eclipse.ui.views.contentoutline.IContentOutlinePage;
import org.eclipse.ui.views.properties.IPropertySheetPage;
import org.eclipse.ui.views.properties.tabbed.TabbedPropertySheetPage;

/**
 * What the gap model editor offers the workbench's views through {@code getAdapter}: the tabbed Properties page, the
 * Outline, going to a problem marker's element, its analysis (the Gap Indicators view follows it) and its file.
 */
final class EditorAdapters {

	private final GapModelEditor editor;
	private final AdapterFactory itemProviders;
	private final SelectionBridge selection;
	private final EditorAnalysis analysis;
	private final OverviewPage.Diagrams diagrams;
	private GapOutlinePage outline;

	/** Without a model (an unreadable file) the last four are null. */
	EditorAdapters(GapModelEditor editor, AdapterFactory itemProviders, SelectionBridge selection, EditorAnalysis analysis,
			OverviewPage.Diagrams diagrams) {
		this.editor = editor;
		this.itemProviders = itemProviders;
		this.selection = selection;
		this.analysis = analysis;
		this.diagrams = diagrams;
	}

	/** The adapter of {@code type}, or null when the editor has none (an unreadable file has no model to show). */
	<T> T get(Class<T> type) {
		if (type == IPropertySheetPage.class) {
			return type.cast(new TabbedPropertySheetPage(editor));
		}
		if (type == IFile.class) {
			return type.cast(editor.resource());
		}
		if (editor.getModel() == null) {
			return null;
		}
		if (type == IContentOutlinePage.class) {
			if (outline == null) {
				outline = new GapOutlinePage(itemProviders, editor.getModel(), selection::reveal, new OutlineDiagrams(diagrams));
			}
			return type.cast(outline);
		}
		if (type == IGotoMarker.class) {
			return type.cast((IGotoMarker) marker -> selection.select(marker.getAttribute(ProblemMarkers.ELEMENT_ID, "")));
		}
		return type == EditorAnalysis.class ? type.cast(analysis) : null;
	}

	/** The Outline page, once the Outline view asked for it. */
	GapOutlinePage outline() {
		return outline;
	}
}
