package org.crmgap.model.persistence;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.OptionalInt;

import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParser;
import javax.xml.parsers.SAXParserFactory;

import org.xml.sax.Attributes;
import org.xml.sax.Locator;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

/** Finds the line of the element that first carries an {@code xmi:id}: a second, plain parse, run only on error. */
final class IdLines {

	private static final String ID = "xmi:id";

	private IdLines() {
	}

	/** The line (as the parser counts it: where the start tag ends) of the first element with {@code id}. */
	static OptionalInt first(Path file, String id) throws IOException {
		Finder finder = new Finder(id);
		try (InputStream in = Files.newInputStream(file)) {
			parser().parse(in, finder);
		} catch (Found found) {
			return OptionalInt.of(found.line);
		} catch (SAXException | ParserConfigurationException e) {
			throw new IOException("cannot parse " + file + " again to find id " + id + ": " + e.getMessage(), e);
		}
		return OptionalInt.empty();
	}

	private static SAXParser parser() throws ParserConfigurationException, SAXException {
		SAXParserFactory factory = SAXParserFactory.newInstance();
		for (Map.Entry<String, Boolean> feature : SecureXml.parserFeatures().entrySet()) {
			factory.setFeature(feature.getKey(), feature.getValue());
		}
		return factory.newSAXParser();
	}

	/** Ends the parse at the element found. */
	private static final class Found extends SAXException {
		private static final long serialVersionUID = 1L;
		private final int line;

		Found(int line) {
			super("found", null);
			this.line = line;
		}
	}

	private static final class Finder extends DefaultHandler {
		private final String id;
		private Locator locator;

		Finder(String id) {
			this.id = id;
		}

		@Override
		public void setDocumentLocator(Locator locator) {
			this.locator = locator;
		}

		@Override
		public void startElement(String uri, String localName, String qName, Attributes attributes) throws SAXException {
			if (id.equals(attributes.getValue(ID))) {
				throw new Found(locator == null ? 0 : locator.getLineNumber());
			}
		}
	}
}
