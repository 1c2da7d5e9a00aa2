package org.crmgap.diagram.internal.server;

import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.util.Fields;

/**
 * Guards the websocket: any local process or web page can reach a loopback port, so a connection must present a
 * registered session token and come from a page this server served (its own origin). Anything else gets 403
 * before the handshake.
 */
final class AccessHandler extends Handler.Wrapper {

	private final String path;
	private final Sessions sessions;
	private volatile String origin;

	AccessHandler(Handler handler, String path, Sessions sessions) {
		super(handler);
		this.path = path;
		this.sessions = sessions;
	}

	void setOrigin(String origin) {
		this.origin = origin;
	}

	@Override
	public boolean handle(Request request, Response response, Callback callback) throws Exception {
		if (request.getHttpURI().getPath().startsWith(path)) {
			Fields query = Request.extractQueryParameters(request);
			String token = query.getValue("token");
			String requestOrigin = request.getHeaders().get(HttpHeader.ORIGIN);
			if (!sessions.isValid(token) || requestOrigin == null || !requestOrigin.equals(origin)) {
				Response.writeError(request, response, callback, 403);
				return true;
			}
		}
		return super.handle(request, response, callback);
	}
}
