package org.crmgap.diagram.internal.server;

import java.io.IOException;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.crmgap.diagram.DiagramDocument;

/** The open diagram documents by their random token; a websocket connection must present one of these tokens. */
public final class Sessions {

	private final SecureRandom random = new SecureRandom();
	private final Map<String, DiagramDocument> documents = new ConcurrentHashMap<>();
	private final Map<DiagramDocument, DiagramDocument.Saver> savers = new ConcurrentHashMap<>();

	public String register(DiagramDocument document, DiagramDocument.Saver saver) {
		byte[] bytes = new byte[24];
		random.nextBytes(bytes);
		String token = HexFormat.of().formatHex(bytes);
		documents.put(token, document);
		savers.put(document, saver);
		return token;
	}

	public void unregister(String token) {
		DiagramDocument document = documents.remove(token);
		if (document != null && !documents.containsValue(document)) {
			savers.remove(document);
		}
	}

	public boolean isValid(String token) {
		return token != null && documents.containsKey(token);
	}

	public DiagramDocument document(String token) {
		return token == null ? null : documents.get(token);
	}

	public void save(DiagramDocument document) throws IOException {
		savers.getOrDefault(document, DiagramDocument::save).save(document);
	}
}
