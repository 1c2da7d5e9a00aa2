package org.crmgap.diagram.internal.server;

import java.util.Collection;

import org.eclipse.glsp.server.gson.ServerGsonConfigurator;
import org.eclipse.glsp.server.protocol.GLSPClient;
import org.eclipse.glsp.server.protocol.GLSPServer;
import org.eclipse.lsp4j.jsonrpc.Launcher.Builder;
import org.eclipse.lsp4j.websocket.jakarta.WebSocketEndpoint;

import com.google.inject.Inject;

import jakarta.websocket.CloseReason;
import jakarta.websocket.EndpointConfig;
import jakarta.websocket.Session;

/** One GLSP server per websocket connection, speaking JSON-RPC (as GLSP's own websocket endpoint does). */
public class GlspEndpoint extends WebSocketEndpoint<GLSPClient> {

	private static final int MAX_MESSAGE = 8 * 1024 * 1024;

	@Inject
	protected ServerGsonConfigurator gson;

	@Inject
	protected GLSPServer server;

	@Override
	protected void configure(Builder<GLSPClient> builder) {
		builder.setLocalService(server).setRemoteInterface(GLSPClient.class).configureGson(gson::configureGsonBuilder);
	}

	@Override
	protected void connect(Collection<Object> localServices, GLSPClient remote) {
		server.connect(remote);
	}

	@Override
	public void onOpen(Session session, EndpointConfig config) {
		session.setMaxTextMessageBufferSize(MAX_MESSAGE);
		// Jetty closes a websocket after 30 s without a frame: a diagram open and untouched that long lost its server
		// and reloaded; the page lives as long as its editor (the close of the browser ends the connection)
		session.setMaxIdleTimeout(0);
		super.onOpen(session, config);
	}

	// an unreadable message closes the connection (the page then reloads): say why in the log
	@Override
	public void onError(Session session, Throwable error) {
		System.getLogger(GlspEndpoint.class.getName()).log(System.Logger.Level.WARNING, "diagram connection failed", error);
		super.onError(session, error);
	}

	@Override
	public void onClose(Session session, CloseReason reason) {
		server.shutdown();
	}
}
