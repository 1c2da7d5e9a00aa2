package org.crmgap.model.persistence;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.CommonPlugin;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.InternalEObject;
import org.eclipse.emf.ecore.xmi.XMIException;
import org.eclipse.emf.ecore.xmi.XMLLoad;
import org.eclipse.emf.ecore.xmi.XMLResource;
import org.eclipse.emf.ecore.xmi.impl.XMILoadImpl;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceImpl;
import org.eclipse.emf.ecore.xmi.impl.XMLParserPoolImpl;
import org.xml.sax.helpers.DefaultHandler;

/**
 * XMI resource of a gap model: {@code xmi:id} UUIDs (references survive edits, diffs stay small),
 * fast and hardened loading (duplicate ids refused, references by URI recorded for {@link ReferenceCheck}),
 * deterministic and atomic saving; loading and saving remove what a killed save left beside the file.
 */
public class CrmGapResource extends XMIResourceImpl {

	/** Shared across loads: the pool and the name map pay off from the second load on. */
	private static final XMLParserPoolImpl PARSER_POOL = new XMLParserPoolImpl(true);
	private static final Map<Object, Object> NAME_TO_FEATURE = Collections.synchronizedMap(new HashMap<>());

	private final List<ReferenceCheck.Read> referencesRead = new ArrayList<>();

	public CrmGapResource(URI uri) {
		super(uri);
		setEncoding("UTF-8");
		getDefaultLoadOptions().putAll(loadOptions(true));
		getDefaultSaveOptions().putAll(saveOptions());
	}

	@Override
	protected boolean useUUIDs() {
		return true;
	}

	@Override
	protected XMLLoad createXMLLoad() {
		return new XMILoadImpl(createXMLHelper()) {
			@Override
			protected DefaultHandler makeDefaultHandler() {
				return new CheckingXmiHandler(resource, helper, options);
			}
		};
	}

	@Override
	public void load(Map<?, ?> options) throws IOException {
		if (isLoaded()) {
			return;
		}
		List<String> problems = removeStaleTemporaries();
		super.load(options);
		// after the load, which starts with an empty list of warnings
		warn(problems);
	}

	@Override
	public void doLoad(InputStream inputStream, Map<?, ?> options) throws IOException {
		referencesRead.clear();
		super.doLoad(inputStream, options);
	}

	void referenceRead(InternalEObject proxy, int line, int column) {
		referencesRead.add(new ReferenceCheck.Read(proxy, line, column));
	}

	/** The references by URI the last load read; handed out once (the list would otherwise keep the proxies). */
	List<ReferenceCheck.Read> takeReferencesRead() {
		List<ReferenceCheck.Read> reads = List.copyOf(referencesRead);
		referencesRead.clear();
		return reads;
	}

	/**
	 * Load options. {@code tuned} switches on the known fast options (the benchmark compares both);
	 * the parser hardening is always on.
	 */
	public static Map<Object, Object> loadOptions(boolean tuned) {
		Map<Object, Object> options = new HashMap<>();
		options.put(XMLResource.OPTION_PARSER_FEATURES, SecureXml.parserFeatures());
		options.put(XMLResource.OPTION_RECORD_UNKNOWN_FEATURE, Boolean.FALSE);
		if (tuned) {
			options.put(XMLResource.OPTION_DEFER_IDREF_RESOLUTION, Boolean.TRUE);
			options.put(XMLResource.OPTION_USE_PARSER_POOL, PARSER_POOL);
			options.put(XMLResource.OPTION_USE_XML_NAME_TO_FEATURE_MAP, NAME_TO_FEATURE);
			options.put(XMLResource.OPTION_USE_DEPRECATED_METHODS, Boolean.FALSE);
		}
		return options;
	}

	static Map<Object, Object> saveOptions() {
		Map<Object, Object> options = new HashMap<>();
		options.put(XMLResource.OPTION_ENCODING, "UTF-8");
		// fixed line ends: the same model gives the same bytes on every platform
		options.put(XMLResource.OPTION_LINE_DELIMITER, "\n");
		options.put(XMLResource.OPTION_SCHEMA_LOCATION, Boolean.FALSE);
		options.put(XMLResource.OPTION_CONFIGURATION_CACHE, Boolean.TRUE);
		options.put(XMLResource.OPTION_USE_CACHED_LOOKUP_TABLE, new java.util.ArrayList<>());
		return options;
	}

	/**
	 * Serialises into memory first, then replaces the file atomically; an unchanged model leaves the
	 * file untouched. A failure at any point leaves the previous file as it was.
	 */
	@Override
	public void save(Map<?, ?> options) throws IOException {
		Path file = localFile();
		if (file == null) {
			super.save(options);
			return;
		}
		warn(removeStaleTemporaries());
		ByteArrayOutputStream bytes = new ByteArrayOutputStream(64 * 1024);
		super.save(bytes, options);
		AtomicFiles.replace(file, bytes.toByteArray());
	}

	private List<String> removeStaleTemporaries() {
		Path file = localFile();
		return file == null ? List.of() : AtomicFiles.removeStaleTemporaries(file);
	}

	/** Temporary files that cannot be removed do not stop the load or save; they become warnings of this resource. */
	private void warn(List<String> problems) {
		for (String problem : problems) {
			getWarnings().add(new XMIException(problem, String.valueOf(getURI()), 0, 0));
		}
	}

	private Path localFile() {
		URI local = CommonPlugin.asLocalURI(getURIConverter().normalize(getURI()));
		return local.isFile() ? Path.of(local.toFileString()) : null;
	}
}
