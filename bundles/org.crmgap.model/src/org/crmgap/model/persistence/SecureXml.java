package org.crmgap.model.persistence;

import java.util.HashMap;
import java.util.Map;

/** SAX features that close the XML parser to DOCTYPEs and external entities (XXE, billion laughs). */
final class SecureXml {

	private SecureXml() {
	}

	static Map<String, Boolean> parserFeatures() {
		Map<String, Boolean> features = new HashMap<>();
		features.put("http://apache.org/xml/features/disallow-doctype-decl", Boolean.TRUE);
		features.put("http://xml.org/sax/features/external-general-entities", Boolean.FALSE);
		features.put("http://xml.org/sax/features/external-parameter-entities", Boolean.FALSE);
		features.put("http://apache.org/xml/features/nonvalidating/load-external-dtd", Boolean.FALSE);
		return features;
	}
}
