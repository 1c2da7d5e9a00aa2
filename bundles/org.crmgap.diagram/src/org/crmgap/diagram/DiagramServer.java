package org.crmgap.diagram;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.function.Function;

import org.crmgap.diagram.internal.figure.FigureModule;
import org.crmgap.diagram.internal.glsp.GapDiagramModule;
import org.crmgap.diagram.internal.server.GlspWebsocket;
import org.crmgap.diagram.internal.server.ServiceLoaderMediator;
import org.crmgap.diagram.internal.server.Sessions;
import org.eclipse.glsp.server.di.DiagramModule;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;

/**
 * The diagram server of this JVM: GLSP over a websocket on 127.0.0.1 (a free port) and the diagram client as web
 * pages. Each open diagram document gets a random token; only pages served here that present a token connect.
 */
public final class DiagramServer implements AutoCloseable {

	private static final String CLIENT_BUNDLE = "org.crmgap.diagram.client";
	private static DiagramServer shared;

	private final Sessions sessions = new Sessions();
	private final GlspWebsocket websocket;

	private DiagramServer(Function<String, URL> clientFiles) throws IOException {
		websocket = GlspWebsocket.start(new InetSocketAddress("127.0.0.1", 0), sessions, clientFiles, modules());
	}

	static DiagramModule[] modules() {
		DiagramKind[] kinds = DiagramKind.values();
		DiagramModule[] modules = new DiagramModule[kinds.length];
		for (int i = 0; i < kinds.length; i++) {
			modules[i] = module(kinds[i]);
		}
		return modules;
	}

	/** The GLSP diagram module of a kind: the figure has its own, the other kinds share the editable one. */
	static DiagramModule module(DiagramKind kind) {
		return kind.isTemplate() ? new FigureModule() : new GapDiagramModule(kind);
	}

	/** A new server serving the client from the client bundle. Starts SPI Fly first if it is not started ({@link #prepare()}). */
	public static DiagramServer start() throws IOException {
		prepare(); // before any Jetty class is loaded
		return new DiagramServer(DiagramServer::clientFile);
	}

	/**
	 * Starts what a server needs and the product does not start (SPI Fly, ~0.2 s). Editors call it off the UI thread
	 * once they are usable, so that the first diagram page does not wait for it.
	 */
	public static void prepare() {
		ServiceLoaderMediator.start();
	}

	/** The server of the workbench, started on first use. */
	public static synchronized DiagramServer shared() throws IOException {
		if (shared == null) {
			shared = start();
		}
		return shared;
	}

	private static URL clientFile(String path) {
		Bundle self = FrameworkUtil.getBundle(DiagramServer.class);
		if (self == null || self.getBundleContext() == null) {
			return null;
		}
		for (Bundle bundle : self.getBundleContext().getBundles()) {
			if (CLIENT_BUNDLE.equals(bundle.getSymbolicName())) {
				return bundle.getEntry("web/" + path);
			}
		}
		return null;
	}

	public int port() {
		return websocket.port();
	}

	/** Opens a session for the document; {@code saver} is what the client's save does. Returns its token. */
	public String register(DiagramDocument document, DiagramDocument.Saver saver) {
		return sessions.register(document, saver);
	}

	/** Opens a session for the document; the client's save writes model and notation. */
	public String register(DiagramDocument document) {
		return sessions.register(document, DiagramDocument::save);
	}

	/** Ends a session: its token no longer connects. */
	public void unregister(String token) {
		sessions.unregister(token);
	}

	/** The page that shows the document's (first) diagram of this kind. */
	public URI page(String token, DiagramKind kind) {
		return URI.create("http://127.0.0.1:" + port() + "/diagram/index.html?token=" + token + "&kind=" + kind.id());
	}

	/** The page that shows the document's diagram with this id (one of several of its kind, see {@link DiagramCommands}). */
	public URI page(String token, DiagramKind kind, String diagramId) {
		return URI.create(page(token, kind) + "&diagram=" + URLEncoder.encode(diagramId, StandardCharsets.UTF_8));
	}

	@Override
	public void close() {
		websocket.stop();
	}
}
