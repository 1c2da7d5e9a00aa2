package org.crmgap.diagram.internal.glsp;

import java.io.IOException;

import org.crmgap.diagram.DiagramDocument;
import org.crmgap.diagram.internal.server.Sessions;
import org.eclipse.glsp.server.actions.ActionDispatcher;
import org.eclipse.glsp.server.actions.SaveModelAction;
import org.eclipse.glsp.server.features.core.model.ModelSubmissionHandler;
import org.eclipse.glsp.server.features.core.model.RequestModelAction;
import org.eclipse.glsp.server.features.core.model.SourceModelStorage;
import org.eclipse.glsp.server.session.ClientSession;
import org.eclipse.glsp.server.session.ClientSessionListener;
import org.eclipse.glsp.server.session.ClientSessionManager;
import org.eclipse.glsp.server.types.GLSPServerException;

import com.google.inject.Inject;

/** Finds the document of the session's token (the client never names files) and saves it. */
public class DocumentStorage implements SourceModelStorage {

	/** The request option that carries the session token. */
	public static final String TOKEN = "token";

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

	@Override
	public void loadSourceModel(RequestModelAction action) {
		String token = action.getOptions() == null ? null : action.getOptions().get(TOKEN);
		DiagramDocument document = sessions.document(token);
		if (document == null) {
			throw new GLSPServerException("This diagram session is closed or unknown; reopen the diagram.");
		}
		modelState.open(document);
		modelState.listen(() -> dispatcher.dispatchAll(submission.submitModel()));
		// the page closed or reloaded: stop following the document's command stack
		sessionManager.addListener(new ClientSessionListener() {
			@Override
			public void sessionDisposed(ClientSession session) {
				modelState.close();
				sessionManager.removeListener(this);
			}
		}, modelState.getClientId());
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
