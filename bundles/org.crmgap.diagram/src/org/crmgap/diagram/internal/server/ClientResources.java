package org.crmgap.diagram.internal.server;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.util.Map;
import java.util.function.Function;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/** Serves the diagram client (index.html, bundle.js, bundle.css, fonts) from the client bundle's web folder. */
final class ClientResources extends HttpServlet {

	private static final long serialVersionUID = 1L;
	private static final Map<String, String> TYPES = Map.of("html", "text/html;charset=utf-8", "js",
			"text/javascript;charset=utf-8", "css", "text/css;charset=utf-8", "ttf", "font/ttf", "map",
			"application/json", "svg", "image/svg+xml");

	private final transient Function<String, URL> entries;

	/** {@code entries} finds a file of the web folder by its relative path (null when absent). */
	ClientResources(Function<String, URL> entries) {
		this.entries = entries;
	}

	@Override
	protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
		String path = request.getPathInfo() == null || request.getPathInfo().equals("/") ? "index.html"
				: request.getPathInfo().substring(1);
		String extension = path.substring(path.lastIndexOf('.') + 1);
		URL url = path.contains("..") || !TYPES.containsKey(extension) ? null : entries.apply(path);
		if (url == null) {
			response.sendError(404);
			return;
		}
		response.setContentType(TYPES.get(extension));
		response.setHeader("Cache-Control", "no-store");
		try (InputStream in = url.openStream()) {
			in.transferTo(response.getOutputStream());
		}
	}
}
