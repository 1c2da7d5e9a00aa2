package org.crmgap.diagram;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.crmgap.diagram.internal.glsp.GapModelState;
import org.crmgap.diagram.notation.Diagram;
import org.crmgap.diagram.internal.server.Sessions;
import org.crmgap.examples.Examples;
import org.crmgap.model.Gap;
import org.eclipse.glsp.graph.GEdge;
import org.eclipse.glsp.graph.GLabel;
import org.eclipse.glsp.graph.GModelElement;
import org.eclipse.glsp.graph.GNode;
import org.eclipse.glsp.server.actions.Action;
import org.eclipse.glsp.server.actions.ActionMessage;
import org.eclipse.glsp.server.di.ServerModule;
import org.eclipse.glsp.server.features.core.model.RequestModelAction;
import org.eclipse.glsp.server.protocol.GLSPClient;
import org.eclipse.glsp.server.protocol.GLSPServer;
import org.eclipse.glsp.server.protocol.InitializeClientSessionParameters;
import org.eclipse.glsp.server.protocol.InitializeParameters;
import org.eclipse.glsp.server.session.ClientSession;
import org.eclipse.glsp.server.session.ClientSessionManager;

import com.google.inject.AbstractModule;
import com.google.inject.Guice;
import com.google.inject.Injector;

/** A GLSP client session in this JVM, without a websocket: what a browser would send, sent directly. */
final class TestSession {

	static final String CLIENT = "test-client";
	/** What the browser client says it handles: the server sends only these to the client. */
	static final List<String> CLIENT_ACTIONS = List.of("requestBounds", "setDirtyState", "setModel", "updateModel",
			"setMarkers", "deleteMarkers", "setTypeHints", "setContextActions", "message", "status", "startProgress",
			"updateProgress", "endProgress", "setEditValidationResult", "setNavigationTargets", "navigateToTarget",
			"setClipboardData", "setPopupModel", "triggerNodeCreation", "triggerEdgeCreation", "selectAll", "select",
			"centerElements", "fit", "sourceModelChanged", "checkEdgeResult");

	final DiagramDocument document;
	final List<Action> received = Collections.synchronizedList(new ArrayList<>());
	private final ClientSession session;
	private final Injector injector;

	TestSession(DiagramDocument document, DiagramKind kind) throws Exception {
		this(document, kind, true);
	}

	/** A session that has not asked for its model yet ({@link #load}). */
	static TestSession unloaded(DiagramDocument document, DiagramKind kind) throws Exception {
		return new TestSession(document, kind, false);
	}

	private final String token;

	private TestSession(DiagramDocument document, DiagramKind kind, boolean load) throws Exception {
		this.document = document;
		Sessions sessions = new Sessions();
		token = sessions.register(document, DiagramDocument::save);
		injector = Guice.createInjector(new ServerModule().configureDiagramModule(DiagramServer.module(kind)),
				new AbstractModule() {
					@Override
					protected void configure() {
						bind(Sessions.class).toInstance(sessions);
					}
				});
		GLSPServer server = injector.getInstance(GLSPServer.class);
		server.connect(new GLSPClient() {
			@Override
			public void process(ActionMessage message) {
				received.add(message.getAction());
			}
		});
		InitializeParameters init = new InitializeParameters();
		init.setApplicationId("test");
		init.setProtocolVersion("1.0.0");
		server.initialize(init).get(20, TimeUnit.SECONDS);
		server.initializeClientSession(new InitializeClientSessionParameters(CLIENT, kind.id(), CLIENT_ACTIONS))
				.get(20, TimeUnit.SECONDS);
		session = injector.getInstance(ClientSessionManager.class).getSession(CLIENT).orElseThrow();
		if (load) {
			dispatch(new RequestModelAction(Map.of("token", token)));
		}
	}

	/** Asks for the diagram with this id, as the page does with {@code diagram=} in its address. */
	void load(String diagramId) throws Exception {
		dispatch(new RequestModelAction(Map.of("token", token, "diagram", diagramId)));
	}

	/** As when the page closes: the server disposes the client session. */
	void dispose() {
		injector.getInstance(ClientSessionManager.class).disposeClientSession(CLIENT);
	}

	/**
	 * The DIE overview diagram "Branch queues" made (undoably) in the example copy's document: the neighbourhood of the
	 * gap "Delivery gap: branch queues", the small focused diagram the Chromium tests work in.
	 */
	static Diagram branchQueuesDiagram(DiagramDocument document) {
		var create = DiagramCommands.create(document, DiagramKind.DIE_OVERVIEW, "Branch queues", DiagramScope.gap(branchQueues(document)));
		document.execute(create);
		return DiagramCommands.created(create);
	}

	/** The example's gap "Delivery gap: branch queues". */
	static Gap branchQueues(DiagramDocument document) {
		return document.model().getGaps().stream().filter(g -> g.getName().equals("Delivery gap: branch queues")).findFirst().orElseThrow();
	}

	/** A copy of the retail bank example (model and data) in {@code dir}. */
	static Path copyExample(Path dir) throws IOException {
		Path source = Examples.file(Examples.RETAIL_BANK);
		Path folder = source.getParent();
		try (Stream<Path> files = Files.walk(folder)) {
			for (Path file : (Iterable<Path>) files::iterator) {
				Path target = dir.resolve(folder.relativize(file).toString());
				if (Files.isDirectory(file)) {
					Files.createDirectories(target);
				} else {
					Files.copy(file, target);
				}
			}
		}
		return dir.resolve(source.getFileName().toString());
	}

	/** Handles the action as the server would for a client message, and waits until it is done. */
	void dispatch(Action action) throws Exception {
		session.getActionDispatcher().dispatch(action).get(30, TimeUnit.SECONDS);
	}

	GapModelState state() {
		return session.getInjector().getInstance(GapModelState.class);
	}

	List<GModelElement> elements() {
		return state().getRoot().getChildren();
	}

	List<GNode> nodes(String type) {
		return elements().stream().filter(e -> e instanceof GNode && e.getType().equals(type)).map(GNode.class::cast).toList();
	}

	List<GEdge> edges(String typePrefix) {
		return elements().stream().filter(e -> e instanceof GEdge && e.getType().startsWith(typePrefix)).map(GEdge.class::cast)
				.toList();
	}

	GModelElement element(String id) {
		return state().getIndex().get(id).orElse(null);
	}

	static String label(GModelElement element, String suffix) {
		return element.getChildren().stream().filter(c -> c instanceof GLabel && c.getId().endsWith(suffix))
				.map(c -> ((GLabel) c).getText()).findFirst().orElse(null);
	}
}
