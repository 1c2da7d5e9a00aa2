package org.crmgap.diagram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Only a page this server served, presenting a live session token, may open the diagram websocket. */
class DiagramServerSecurityTest {

	@TempDir
	Path dir;

	private DiagramServer server;
	private String token;
	private String origin;

	@BeforeEach
	void start() throws Exception {
		server = DiagramServer.start();
		token = server.register(DiagramDocument.open(TestSession.copyExample(dir)));
		origin = "http://127.0.0.1:" + server.port();
	}

	@AfterEach
	void stop() {
		server.close();
	}

	@Test
	void aConnectionWithTheTokenAndTheServersOriginIsUpgraded() throws Exception {
		assertEquals(101, handshake("/glsp?token=" + token, origin));
	}

	@Test
	void aConnectionWithoutTokenIsRefused() throws Exception {
		assertEquals(403, handshake("/glsp", origin));
		assertEquals(403, handshake("/glsp?token=", origin));
		assertEquals(403, handshake("/glsp?token=" + token.replace(token.charAt(0), token.charAt(0) == 'a' ? 'b' : 'a'), origin));
	}

	@Test
	void aConnectionFromAnotherOriginOrWithoutOriginIsRefused() throws Exception {
		assertEquals(403, handshake("/glsp?token=" + token, "http://evil.example"));
		assertEquals(403, handshake("/glsp?token=" + token, "http://127.0.0.1:1"));
		assertEquals(403, handshake("/glsp?token=" + token, null));
	}

	@Test
	void anUnregisteredSessionNoLongerConnects() throws Exception {
		server.unregister(token);
		assertEquals(403, handshake("/glsp?token=" + token, origin));
	}

	@Test
	void thePagesItHandsOutPointAtLoopback() throws Exception {
		assertTrue(server.page(token, DiagramKind.DIE_OVERVIEW).toString().startsWith(origin + "/diagram/index.html?token="));
	}

	@Test
	void theServerListensOnLoopbackOnly() throws Exception {
		// every address of this machine other than loopback, IPv4 and IPv6 (link-local ones with their scope)
		List<InetAddress> outside = new ArrayList<>();
		for (NetworkInterface nic : Collections.list(NetworkInterface.getNetworkInterfaces())) {
			if (nic.isUp()) {
				Collections.list(nic.getInetAddresses()).stream().filter(a -> !a.isLoopbackAddress()).forEach(outside::add);
			}
		}
		assumeFalse(outside.isEmpty(), "this machine has no address besides loopback: nothing to try");
		for (InetAddress address : outside) {
			try (Socket socket = new Socket()) {
				assertThrows(IOException.class, () -> socket.connect(new InetSocketAddress(address, server.port()), 2000),
						"reachable on " + address.getHostAddress());
			}
		}
	}

	@Test
	void theClientPagesAreServedAndNothingElse() throws Exception {
		HttpClient http = HttpClient.newHttpClient();
		assertEquals(200, get(http, "/diagram/index.html").statusCode());
		HttpResponse<String> bundle = get(http, "/diagram/bundle.js");
		assertEquals(200, bundle.statusCode());
		assertTrue(bundle.body().length() > 100_000, "the esbuild bundle is packed into the client bundle");
		assertEquals(404, get(http, "/diagram/../META-INF/MANIFEST.MF").statusCode());
		assertEquals(404, get(http, "/diagram/missing.js").statusCode());
	}

	@Test
	void aGlspClientWithTheTokenIsAnswered() throws Exception {
		CompletableFuture<String> reply = new CompletableFuture<>();
		WebSocket ws = HttpClient.newHttpClient().newWebSocketBuilder().header("Origin", origin)
				.buildAsync(URI.create("ws://127.0.0.1:" + server.port() + "/glsp?token=" + token), new WebSocket.Listener() {
					private final StringBuilder text = new StringBuilder();

					@Override
					public CompletionStage<?> onText(WebSocket socket, CharSequence data, boolean last) {
						text.append(data);
						if (last) {
							reply.complete(text.toString());
						}
						socket.request(1);
						return null;
					}
				}).get(10, TimeUnit.SECONDS);
		ws.sendText("{\"jsonrpc\":\"2.0\",\"id\":\"1\",\"method\":\"initialize\",\"params\":{\"applicationId\":\"test\",\"protocolVersion\":\"1.0.0\"}}", true)
				.get(5, TimeUnit.SECONDS);
		String answer = reply.get(20, TimeUnit.SECONDS);
		assertTrue(answer.contains("\"id\":\"1\"") && answer.contains("die-overview"), answer);
		ws.sendClose(WebSocket.NORMAL_CLOSURE, "done").get(5, TimeUnit.SECONDS);
	}

	private HttpResponse<String> get(HttpClient http, String path) throws Exception {
		return http.send(HttpRequest.newBuilder(URI.create(origin + path)).build(), HttpResponse.BodyHandlers.ofString());
	}

	/** The status of a raw websocket upgrade request: 101 switches protocols, 403 is a refusal. */
	private int handshake(String path, String requestOrigin) throws Exception {
		try (Socket socket = new Socket("127.0.0.1", server.port())) {
			socket.setSoTimeout(10_000);
			String request = "GET " + path + " HTTP/1.1\r\nHost: 127.0.0.1:" + server.port() + "\r\nUpgrade: websocket\r\n"
					+ "Connection: Upgrade\r\nSec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nSec-WebSocket-Version: 13\r\n"
					+ (requestOrigin == null ? "" : "Origin: " + requestOrigin + "\r\n") + "\r\n";
			OutputStream out = socket.getOutputStream();
			out.write(request.getBytes(StandardCharsets.US_ASCII));
			out.flush();
			String status = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.US_ASCII)).readLine();
			return Integer.parseInt(status.split(" ")[1]);
		}
	}
}
