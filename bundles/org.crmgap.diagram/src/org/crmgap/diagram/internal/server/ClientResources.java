package org.crmgap.diagram.internal.server;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
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
	/** Each file's entity tag: a hash of its bytes, which do not change while the server runs. */
	private final transient Map<String, String> tags = new ConcurrentHashMap<>();

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
		// revalidated on every load, so a changed client is never stale, and answered 304 when unchanged: the browser
		// then keeps its compiled script (re-reading and compiling the 1 MB bundle on each opening took a second)
		String tag = tags.computeIfAbsent(path, p -> tag(url));
		response.setHeader("Cache-Control", "no-cache");
		response.setHeader("ETag", tag);
		if (tag.equals(request.getHeader("If-None-Match"))) {
			response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
			return;
		}
		response.setContentType(TYPES.get(extension));
		try (InputStream in = url.openStream()) {
			in.transferTo(response.getOutputStream());
		}
	}

	private static String tag(URL url) {
		try (InputStream in = url.openStream()) {
			return '"' + HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(in.readAllBytes()), 0, 12) + '"';
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		} catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	}
}
