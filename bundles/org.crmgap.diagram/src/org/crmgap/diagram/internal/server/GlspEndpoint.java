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
		super.onOpen(session, config);
	}

	@Override
	public void onClose(Session session, CloseReason reason) {
		server.shutdown();
	}
}
