package org.crmgap.diagram.internal.server;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Serves the diagram client (index.html, bundle.js, bundle.css, fonts) from the client bundle's web folder. The page
 * names its script and style with their version ({@code bundle.js?v=<hash of its bytes>}), and such a versioned request
 * may be kept for good: a later opening takes them from the browser's cache without asking, which also lets Chromium
 * use the compiled code it kept for the script. Anything else is revalidated on every load by its entity tag.
 */
final class ClientResources extends HttpServlet {

	private static final long serialVersionUID = 1L;
	private static final String PAGE = "index.html";
	/** The files the page names with their version. */
	private static final List<String> VERSIONED = List.of("bundle.js", "bundle.css");
	private static final String KEEP = "public, max-age=31536000, immutable";
	private static final Map<String, String> TYPES = Map.of("html", "text/html;charset=utf-8", "js",
			"text/javascript;charset=utf-8", "css", "text/css;charset=utf-8", "ttf", "font/ttf", "map",
			"application/json", "svg", "image/svg+xml");

	private final transient Function<String, URL> entries;
	/** Each file's entity tag (see {@link #tagOf}). */
	private final transient Map<String, String> tags = new ConcurrentHashMap<>();

	/** {@code entries} finds a file of the web folder by its relative path (null when absent). */
	ClientResources(Function<String, URL> entries) {
		this.entries = entries;
	}

	@Override
	protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
		String path = request.getPathInfo() == null || request.getPathInfo().equals("/") ? PAGE
				: request.getPathInfo().substring(1);
		String extension = path.substring(path.lastIndexOf('.') + 1);
		URL url = path.contains("..") || !TYPES.containsKey(extension) ? null : entries.apply(path);
		if (url == null) {
			response.sendError(404);
			return;
		}
		String tag = tagOf(path, url);
		if (VERSIONED.contains(path) && version(tag).equals(request.getParameter("v"))) {
			// this version's bytes never change: no revalidation round trip on later openings (it took 0.1 to 0.3 s)
			response.setHeader("Cache-Control", KEEP);
		} else {
			// revalidated on every load, so a changed client is never stale, and answered 304 when unchanged
			response.setHeader("Cache-Control", "no-cache");
			response.setHeader("ETag", tag);
			if (tag.equals(request.getHeader("If-None-Match"))) {
				response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
				return;
			}
		}
		response.setContentType(TYPES.get(extension));
		response.getOutputStream().write(bytes(path, url));
	}

	/** The file's bytes; the page's with its script and style named by their version (so its tag changes with theirs). */
	private byte[] bytes(String path, URL url) {
		try (InputStream in = url.openStream()) {
			byte[] bytes = in.readAllBytes();
			if (!path.equals(PAGE)) {
				return bytes;
			}
			String text = new String(bytes, StandardCharsets.UTF_8);
			for (String file : VERSIONED) {
				URL named = entries.apply(file);
				if (named != null) {
					text = text.replace('"' + file + '"', '"' + file + "?v=" + version(tagOf(file, named)) + '"');
				}
			}
			return text.getBytes(StandardCharsets.UTF_8);
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** The file's entity tag, a hash of the bytes served (the bytes do not change while the server runs). */
	private String tagOf(String path, URL url) {
		String tag = tags.get(path);
		if (tag == null) {
			tag = tag(bytes(path, url));
			tags.putIfAbsent(path, tag);
		}
		return tag;
	}

	/** The entity tag without its quotes. */
	private static String version(String tag) {
		return tag.substring(1, tag.length() - 1);
	}

	private static String tag(byte[] bytes) {
		try {
			return '"' + HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes), 0, 12) + '"';
		} catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	}
}
