package org.crmgap.diagram.internal.glsp;

import java.io.IOException;

import org.crmgap.diagram.DiagramCommands;
import org.crmgap.diagram.DiagramDocument;
import org.crmgap.diagram.notation.Diagram;
import org.crmgap.diagram.internal.server.Sessions;
import org.eclipse.glsp.server.actions.ActionDispatcher;
import org.eclipse.glsp.server.actions.MessageAction;
import org.eclipse.glsp.server.actions.SaveModelAction;
import org.eclipse.glsp.server.features.core.model.ModelSubmissionHandler;
import org.eclipse.glsp.server.features.core.model.RequestModelAction;
import org.eclipse.glsp.server.features.core.model.SourceModelStorage;
import org.eclipse.glsp.server.session.ClientSession;
import org.eclipse.glsp.server.session.ClientSessionListener;
import org.eclipse.glsp.server.session.ClientSessionManager;
import org.eclipse.glsp.server.types.GLSPServerException;
import org.eclipse.glsp.server.types.Severity;

import com.google.inject.Inject;

/**
 * Finds the document of the session's token (the client never names files) and the diagram the page asks for by id
 * (the kind's first without one), and saves the document.
 */
public class DocumentStorage implements SourceModelStorage {

	/** The request option that carries the session token. */
	public static final String TOKEN = "token";
	/** The request option that names the diagram by its id (absent: the kind's first diagram). */
	public static final String DIAGRAM = "diagram";

	@Inject
	protected GapModelState modelState;

	@Inject
	protected Sessions sessions;

	@Inject
	protected ClientSessionManager sessionManager;

	@Inject
	protected ActionDispatcher dispatcher;

	@Inject
	protected ModelSubmissionHandler submission;

	private boolean deleted;
	private boolean followsSession;

	@Override
	public void loadSourceModel(RequestModelAction action) {
		String token = action.getOptions() == null ? null : action.getOptions().get(TOKEN);
		DiagramDocument document = sessions.document(token);
		if (document == null) {
			throw fail("This diagram session is closed or unknown; reopen the diagram.");
		}
		Diagram diagram = diagram(document, action.getOptions().get(DIAGRAM));
		// a page that switches to another diagram of its kind asks again on its session: stop following the one it showed
		modelState.close();
		deleted = false;
		if (diagram == null) {
			modelState.open(document);
		} else {
			modelState.open(document, diagram);
		}
		modelState.listen(this::refresh);
		if (!followsSession) {
			followsSession = true;
			// the page closed or reloaded: stop following the document's command stack
			sessionManager.addListener(new ClientSessionListener() {
				@Override
				public void sessionDisposed(ClientSession session) {
					modelState.close();
					sessionManager.removeListener(this);
				}
			}, modelState.getClientId());
		}
	}

	/** The kind's diagram with this id; null for none asked (the kind's first); a failure for an unknown one. */
	private Diagram diagram(DiagramDocument document, String diagramId) {
		if (diagramId == null || diagramId.isEmpty()) {
			return null;
		}
		Diagram[] found = new Diagram[1];
		document.read(() -> found[0] = DiagramCommands.find(document, diagramId)
				.filter(d -> modelState.kind().id().equals(d.getKind())).orElse(null));
		if (found[0] == null) {
			throw fail("There is no " + modelState.kind().label() + " diagram with id \"" + diagramId + "\" in "
					+ document.modelFile().getFileName() + "; it may have been deleted. Open the diagram again from the editor.");
		}
		return found[0];
	}

	/**
	 * The model or notation changed elsewhere: the page gets the new graph, or, while its diagram is deleted (the editor
	 * deleted it; undo brings it back), the reason it shows nothing new.
	 */
	private void refresh() {
		if (modelState.isDeleted()) {
			if (!deleted) {
				deleted = true;
				dispatcher.dispatch(new MessageAction(Severity.ERROR, GapModelState.DELETED));
			}
			return;
		}
		if (deleted) {
			deleted = false;
			dispatcher.dispatch(new MessageAction(Severity.NONE, "")); // GLSP's "clear the message"
		}
		dispatcher.dispatchAll(submission.submitModel());
	}

	/** The page shows the message (a failed model request alone leaves it blank); the request fails. */
	private GLSPServerException fail(String message) {
		dispatcher.dispatch(new MessageAction(Severity.ERROR, message));
		return new GLSPServerException(message);
	}

	@Override
	public void saveSourceModel(SaveModelAction action) {
		try {
			sessions.save(modelState.document());
		} catch (IOException e) {
			throw new GLSPServerException("Could not save " + modelState.document().modelFile() + ": " + e.getMessage(), e);
		}
	}
}
