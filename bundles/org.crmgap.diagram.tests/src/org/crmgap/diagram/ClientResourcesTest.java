package org.crmgap.diagram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The page names its script and style by version (a hash of their bytes); a versioned request may be kept by the browser
 * for good, anything else is revalidated by its entity tag.
 */
class ClientResourcesTest {

	private static final Pattern VERSIONED = Pattern.compile("\"(bundle\\.(js|css))\\?v=([0-9a-f]+)\"");

	private DiagramServer server;
	private final HttpClient http = HttpClient.newHttpClient();

	@BeforeEach
	void start() throws Exception {
		server = DiagramServer.start();
	}

	@AfterEach
	void stop() {
		server.close();
	}

	@Test
	void thePageNamesItsScriptAndStyleByTheHashOfTheirBytes() throws Exception {
		String page = get("/diagram/index.html", null).body();
		Matcher m = VERSIONED.matcher(page);
		int named = 0;
		while (m.find()) {
			byte[] bytes = http.send(request("/diagram/" + m.group(1), null), HttpResponse.BodyHandlers.ofByteArray()).body();
			String sha = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
			assertEquals(sha.substring(0, 24), m.group(3), m.group(1));
			named++;
		}
		assertEquals(2, named, page);
	}

	@Test
	void aVersionedScriptIsKeptAndAnUnversionedOneRevalidated() throws Exception {
		Matcher m = VERSIONED.matcher(get("/diagram/index.html", null).body());
		String version = null;
		while (m.find()) {
			version = m.group(1).equals("bundle.js") ? m.group(3) : version;
		}
		assertTrue(version != null);
		HttpResponse<String> kept = get("/diagram/bundle.js?v=" + version, null);
		assertEquals(200, kept.statusCode());
		assertTrue(kept.headers().firstValue("Cache-Control").orElse("").contains("immutable"), kept.headers().toString());

		for (String path : new String[] { "/diagram/bundle.js", "/diagram/bundle.js?v=0123", "/diagram/index.html" }) {
			HttpResponse<String> checked = get(path, null);
			assertEquals("no-cache", checked.headers().firstValue("Cache-Control").orElse(""), path);
			String tag = checked.headers().firstValue("ETag").orElseThrow();
			assertEquals(304, get(path, tag).statusCode(), path);
			assertEquals(200, get(path, "\"other\"").statusCode(), path);
		}
	}

	private HttpResponse<String> get(String path, String ifNoneMatch) throws Exception {
		return http.send(request(path, ifNoneMatch), HttpResponse.BodyHandlers.ofString());
	}

	private HttpRequest request(String path, String ifNoneMatch) {
		HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path));
		if (ifNoneMatch != null) {
			builder.header("If-None-Match", ifNoneMatch);
		}
		return builder.build();
	}
}
