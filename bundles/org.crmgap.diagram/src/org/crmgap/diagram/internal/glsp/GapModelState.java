package org.crmgap.diagram.internal.glsp;

import org.crmgap.diagram.DiagramDocument;
import org.crmgap.diagram.DiagramKind;
import org.crmgap.diagram.notation.Diagram;
import org.crmgap.diagram.notation.Shape;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CommandStackListener;
import org.eclipse.glsp.server.di.DiagramType;
import org.eclipse.glsp.server.model.DefaultGModelState;
import org.eclipse.glsp.server.types.GLSPServerException;

import com.google.inject.Inject;

/**
 * The state of one diagram session: its document, diagram kind and notation diagram. Commands go to the document's
 * command stack, shared with the tree editor, so undo works across both.
 */
public class GapModelState extends DefaultGModelState {

	@Inject
	@DiagramType
	protected String diagramType;

	/** What the page says while its diagram is deleted. */
	public static final String DELETED = "This diagram has been deleted; undo in the editor brings it back.";

	private DiagramDocument document;
	private Diagram diagram;
	private boolean ownChange;
	private CommandStackListener stackListener;
	private Runnable statusListener;

	public void open(DiagramDocument document) {
		document.read(() -> open(document, document.diagram(kind())));
	}

	/** This diagram of the document (of this state's kind), e.g. one of several of a kind for an export. */
	public void open(DiagramDocument document, Diagram diagram) {
		this.document = document;
		this.diagram = diagram;
		setCommandStack(document.domain().getCommandStack());
	}

	/** Calls {@code refresh} when someone else (the tree, the data) changes what the diagram shows. */
	public void listen(Runnable refresh) {
		stackListener = event -> {
			if (!ownChange) {
				refresh.run();
			}
		};
		statusListener = refresh;
		document.domain().getCommandStack().addCommandStackListener(stackListener);
		document.addStatusListener(statusListener);
	}

	public void close() {
		if (document != null && stackListener != null) {
			document.domain().getCommandStack().removeCommandStackListener(stackListener);
			document.removeStatusListener(statusListener);
		}
		stackListener = null;
		statusListener = null;
	}

	@Override
	protected void setCommandStack(org.eclipse.emf.common.command.CommandStack commandStack) {
		// not flushed: the stack belongs to the document (and the editor)
		this.commandStack = commandStack;
	}

	public DiagramDocument document() {
		return document;
	}

	public DiagramKind kind() {
		return DiagramKind.of(diagramType);
	}

	public Diagram diagram() {
		return diagram;
	}

	public DiagramContent content() {
		return new DiagramContent(document, kind(), diagram);
	}

	public Shape shape(String elementId) {
		for (Shape shape : diagram.getShapes()) {
			if (shape.getElement().equals(elementId)) {
				return shape;
			}
		}
		return null;
	}

	/** Whether the diagram has been deleted from the notation while shown (undo can bring it back). */
	public boolean isDeleted() {
		return diagram != null && diagram.eContainer() == null;
	}

	@Override
	public void execute(Command command) {
		if (isDeleted()) {
			// an edit of a deleted diagram would be lost, or come back unseen with an undo
			throw new GLSPServerException(DELETED);
		}
		own(() -> document.execute(command));
	}

	@Override
	public void undo() {
		own(() -> document.read(() -> commandStack.undo()));
	}

	@Override
	public void redo() {
		own(() -> document.read(() -> commandStack.redo()));
	}

	private void own(Runnable change) {
		ownChange = true;
		try {
			change.run();
		} finally {
			ownChange = false;
		}
	}

	@Override
	public boolean isDirty() {
		return document.isDirty();
	}

	@Override
	public void saveIsDone() {
		// the document's save marks the shared stack
	}
}
