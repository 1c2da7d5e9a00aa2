package org.crmgap.codegen;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;

import javax.xml.parsers.DocumentBuilderFactory;

import org.eclipse.emf.codegen.ecore.generator.Generator;
import org.eclipse.emf.codegen.ecore.generator.GeneratorAdapterFactory;
import org.eclipse.emf.codegen.ecore.genmodel.GenModel;
import org.eclipse.emf.codegen.ecore.genmodel.GenModelPackage;
import org.eclipse.emf.codegen.ecore.genmodel.GenPackage;
import org.eclipse.emf.codegen.ecore.genmodel.generator.GenBaseGeneratorAdapter;
import org.eclipse.emf.codegen.ecore.genmodel.generator.GenModelGeneratorAdapterFactory;
import org.eclipse.emf.common.util.BasicMonitor;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EcorePackage;
import org.eclipse.emf.ecore.plugin.EcorePlugin;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.util.Diagnostician;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.ecore.xmi.impl.EcoreResourceFactoryImpl;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceFactoryImpl;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * Runs EMF's generator (precompiled templates) on a plain class path: usage {@code GenerateModel <genmodel> <repo-root>}.
 * It generates the model and edit code into temporary projects, then replaces only the generated parts of the real
 * bundles under repo-root/bundles: src-gen, and the edit bundle's icons and plugin.properties. MANIFEST.MF, plugin.xml
 * and build.properties are maintained by hand; a notice tells when the generated plugin.xml has other extensions.
 */
public final class GenerateModel {

	/** Thrown for problems the user must fix; main prints the message alone. */
	private static final class Failure extends Exception {
		private static final long serialVersionUID = 1L;

		Failure(String message) {
			super(message);
		}
	}

	public static void main(String[] args) throws Exception {
		if (args.length != 2) {
			System.err.println("usage: GenerateModel <genmodel-file> <repo-root>");
			System.exit(2);
		}
		Path genModelFile = Path.of(args[0]).toAbsolutePath().normalize();
		Path bundles = Path.of(args[1]).toAbsolutePath().normalize().resolve("bundles");
		Path work = Files.createTempDirectory("crmgap-codegen");
		try {
			run(genModelFile, bundles, work);
		} catch (Failure e) {
			System.err.println(e.getMessage());
			System.exit(1);
		} finally {
			delete(work);
		}
	}

	private static void run(Path genModelFile, Path bundles, Path work) throws Exception {
		GenModel genModel = load(genModelFile, bundles, work);
		String[] model = projectAndFolder(genModel.getModelDirectory());
		String[] edit = projectAndFolder(genModel.getEditDirectory());
		// a model without an edit bundle (the diagram notation) gets model code only
		boolean withEdit = Files.isDirectory(bundles.resolve(edit[0]));
		generate(genModel, genModelFile, withEdit);

		replace(work.resolve(model[0]).resolve(model[1]), bundles.resolve(model[0]).resolve(model[1]));
		checkExtensions(work.resolve(model[0]).resolve("plugin.xml"), bundles.resolve(model[0]).resolve("plugin.xml"));
		if (withEdit) {
			replace(work.resolve(edit[0]).resolve(edit[1]), bundles.resolve(edit[0]).resolve(edit[1]));
			replace(work.resolve(edit[0]).resolve("icons"), bundles.resolve(edit[0]).resolve("icons"));
			copy(work.resolve(edit[0]).resolve("plugin.properties"), bundles.resolve(edit[0]).resolve("plugin.properties"));
			checkExtensions(work.resolve(edit[0]).resolve("plugin.xml"), bundles.resolve(edit[0]).resolve("plugin.xml"));
		}
		System.out.println("generated " + model[0] + "/" + model[1] + (withEdit ? " and " + edit[0] + "/" + edit[1] : "")
				+ " from " + genModelFile);
	}

	private static GenModel load(Path genModelFile, Path bundles, Path work) throws Failure, IOException {
		if (!Files.isRegularFile(genModelFile)) {
			throw new Failure(genModelFile + ": no such file");
		}
		// what plugin.xml files register inside Eclipse
		Resource.Factory.Registry.INSTANCE.getExtensionToFactoryMap().put("ecore", new EcoreResourceFactoryImpl());
		Resource.Factory.Registry.INSTANCE.getExtensionToFactoryMap().put("genmodel", new EcoreResourceFactoryImpl());
		Resource.Factory.Registry.INSTANCE.getExtensionToFactoryMap().put("*", new XMIResourceFactoryImpl());
		EPackage.Registry.INSTANCE.put(EcorePackage.eNS_URI, EcorePackage.eINSTANCE);
		EPackage.Registry.INSTANCE.put(GenModelPackage.eNS_URI, GenModelPackage.eINSTANCE);
		GeneratorAdapterFactory.Descriptor.Registry.INSTANCE.addDescriptor(GenModelPackage.eNS_URI,
				GenModelGeneratorAdapterFactory.DESCRIPTOR);

		ResourceSet resourceSet = new ResourceSetImpl();
		URI genModelUri = URI.createFileURI(genModelFile.toString());
		// Inside a bundle the genmodel is read through its platform URI, as in Eclipse, so generated paths such as
		// genModel="model/crmgap.genmodel" in plugin.xml come out relative; its folder maps to the real one.
		if (genModelFile.startsWith(bundles)) {
			URI platformUri = URI.createPlatformResourceURI(bundles.relativize(genModelFile).toString().replace('\\', '/'), true);
			resourceSet.getURIConverter().getURIMap().put(platformUri.trimSegments(1).appendSegment(""),
					genModelUri.trimSegments(1).appendSegment(""));
			genModelUri = platformUri;
		}
		Resource resource;
		try {
			resource = resourceSet.getResource(genModelUri, true);
			EcoreUtil.resolveAll(resourceSet);
		} catch (RuntimeException e) {
			throw new Failure(genModelFile + ": does not load: " + rootMessage(e));
		}
		List<String> errors = new ArrayList<>();
		for (Resource r : resourceSet.getResources()) {
			for (Resource.Diagnostic d : r.getErrors()) {
				errors.add(fileOf(r) + ":" + d.getLine() + ":" + d.getColumn() + ": " + d.getMessage());
			}
		}
		if (errors.isEmpty()) { // a file that did not load leaves a proxy for each reference into it: say it once
			EcoreUtil.UnresolvedProxyCrossReferencer.find(resourceSet).keySet()
					.forEach(proxy -> errors.add(genModelFile + ": unresolved reference " + EcoreUtil.getURI(proxy)));
		}
		if (!errors.isEmpty()) {
			throw new Failure(String.join("\n", errors));
		}
		if (resource.getContents().isEmpty() || !(resource.getContents().get(0) instanceof GenModel genModel)) {
			throw new Failure(genModelFile + ": is not a GenModel");
		}

		genModel.reconcile();
		genModel.setCanGenerate(true);
		List<Diagnostic> problems = new ArrayList<>(genModel.diagnose().getChildren());
		for (GenPackage genPackage : genModel.getGenPackages()) {
			problems.addAll(Diagnostician.INSTANCE.validate(genPackage.getEcorePackage()).getChildren());
		}
		report(genModelFile, problems);
		for (String directory : new String[] { genModel.getModelDirectory(), genModel.getEditDirectory() }) {
			String[] projectAndFolder = projectAndFolder(directory);
			if (projectAndFolder[1].isEmpty()) {
				throw new Failure(genModelFile + ": modelDirectory and editDirectory must look like /<project>/<folder>");
			}
			String project = projectAndFolder[0];
			Files.createDirectories(work.resolve(project));
			EcorePlugin.getPlatformResourceMap().put(project, URI.createFileURI(work.resolve(project) + "/"));
		}
		return genModel;
	}

	private static void generate(GenModel genModel, Path genModelFile, boolean withEdit) throws Failure {
		Generator generator = new Generator();
		generator.setInput(genModel);
		List<Diagnostic> results = new ArrayList<>();
		results.add(generator.generate(genModel, GenBaseGeneratorAdapter.MODEL_PROJECT_TYPE, new BasicMonitor()));
		if (withEdit) {
			results.add(generator.generate(genModel, GenBaseGeneratorAdapter.EDIT_PROJECT_TYPE, new BasicMonitor()));
		}
		report(genModelFile, results);
	}

	/** Prints warnings and errors, and fails on errors. */
	private static void report(Path file, List<Diagnostic> diagnostics) throws Failure {
		List<String> errors = new ArrayList<>();
		collect(diagnostics, file, errors);
		if (!errors.isEmpty()) {
			throw new Failure(String.join("\n", errors));
		}
	}

	private static void collect(List<Diagnostic> diagnostics, Path file, List<String> errors) {
		for (Diagnostic d : diagnostics) {
			if (!d.getChildren().isEmpty()) {
				collect(d.getChildren(), file, errors);
			} else if (d.getSeverity() >= Diagnostic.WARNING) {
				String line = where(file, d) + (d.getSeverity() >= Diagnostic.ERROR ? "error: " : "warning: ") + d.getMessage()
						+ (d.getException() != null ? " (" + rootMessage(d.getException()) + ")" : "");
				if (d.getSeverity() >= Diagnostic.ERROR) {
					errors.add(line);
				} else {
					System.err.println(line);
				}
			}
		}
	}

	/** The file and element a diagnostic is about, e.g. "crmgap.ecore: //GapModel/segments: ". */
	private static String where(Path file, Diagnostic d) {
		if (!d.getData().isEmpty() && d.getData().get(0) instanceof EObject o && o.eResource() != null) {
			return fileOf(o.eResource()) + ": " + o.eResource().getURIFragment(o) + ": ";
		}
		return file + ": ";
	}

	private static String fileOf(Resource resource) {
		URI uri = resource.getResourceSet().getURIConverter().normalize(resource.getURI());
		return uri.isFile() ? uri.toFileString() : uri.toString();
	}

	private static String rootMessage(Throwable e) {
		while (e.getCause() != null && e.getCause() != e) {
			e = e.getCause();
		}
		String message = e.getMessage() != null ? e.getMessage() : e.toString();
		return e instanceof org.xml.sax.SAXParseException p ? "line " + p.getLineNumber() + ": " + message : message;
	}

	/** "/org.crmgap.model/src-gen" to {"org.crmgap.model", "src-gen"}. */
	private static String[] projectAndFolder(String directory) {
		String path = directory == null ? "" : directory.replaceAll("^/+|/+$", "");
		int slash = path.indexOf('/');
		return slash < 0 ? new String[] { path, "" } : new String[] { path.substring(0, slash), path.substring(slash + 1) };
	}

	private static void replace(Path generated, Path target) throws IOException, Failure {
		if (!Files.isDirectory(generated)) {
			throw new Failure("nothing was generated in " + generated.getFileName());
		}
		delete(target);
		try (Stream<Path> files = Files.walk(generated)) {
			for (Path file : (Iterable<Path>) files::iterator) {
				Path to = target.resolve(generated.relativize(file).toString());
				if (Files.isDirectory(file)) {
					Files.createDirectories(to);
				} else {
					copy(file, to);
				}
			}
		}
	}

	/** Text gets \n line ends, so the output is the same on every platform; images are copied as they are. */
	private static void copy(Path from, Path to) throws IOException {
		Files.createDirectories(to.getParent());
		String name = from.getFileName().toString();
		if (name.endsWith(".gif") || name.endsWith(".png")) {
			Files.copy(from, to, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
			return;
		}
		// bytes, not chars: plugin.properties is ISO-8859-1, the Java sources UTF-8
		String text = new String(Files.readAllBytes(from), java.nio.charset.StandardCharsets.ISO_8859_1).replace("\r\n", "\n");
		if (name.equals("plugin.properties")) {
			// the templates have no provider setting; the edit MANIFEST.MF shows %providerName as Bundle-Vendor
			text = text.replace("providerName = www.example.org", "providerName = CRM Gap Studio");
		}
		Files.write(to, text.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
	}

	/** A notice when the generated plugin.xml has extensions the hand-kept one lacks (extra ones there are fine). */
	private static void checkExtensions(Path generated, Path real) throws Exception {
		if (!Files.isRegularFile(generated)) {
			return;
		}
		TreeMap<String, String> missing = extensions(generated);
		if (Files.isRegularFile(real)) {
			missing.keySet().removeAll(extensions(real).keySet());
		}
		if (!missing.isEmpty()) {
			System.out.println("notice: the generated plugin.xml of " + generated.getParent().getFileName() + " has "
					+ String.join(", ", new TreeSet<>(missing.values())) + " extensions that " + real + " lacks or has differently: compare by hand");
		}
	}

	/** Canonical form of each extension, to its extension point. */
	private static TreeMap<String, String> extensions(Path pluginXml) throws Exception {
		DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
		factory.setIgnoringComments(true);
		factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
		Element plugin = factory.newDocumentBuilder().parse(pluginXml.toFile()).getDocumentElement();
		TreeMap<String, String> result = new TreeMap<>();
		for (Node n = plugin.getFirstChild(); n != null; n = n.getNextSibling()) {
			if (n instanceof Element e && e.getTagName().equals("extension")) {
				result.put(canonical(e), e.getAttribute("point"));
			}
		}
		return result;
	}

	/** The element with sorted attributes and collapsed whitespace, so layout does not count as a difference. */
	private static String canonical(Element element) {
		StringBuilder s = new StringBuilder("<").append(element.getTagName());
		TreeSet<String> attributes = new TreeSet<>();
		for (int i = 0; i < element.getAttributes().getLength(); i++) {
			Node a = element.getAttributes().item(i);
			attributes.add(a.getNodeName() + "=\"" + a.getNodeValue().trim().replaceAll("\\s+", " ") + "\"");
		}
		attributes.forEach(a -> s.append(' ').append(a));
		s.append('>');
		for (Node n = element.getFirstChild(); n != null; n = n.getNextSibling()) {
			if (n instanceof Element child) {
				s.append(canonical(child));
			}
		}
		return s.append("</").append(element.getTagName()).append('>').toString();
	}

	private static void delete(Path dir) throws IOException {
		if (!Files.exists(dir)) {
			return;
		}
		try (Stream<Path> files = Files.walk(dir)) {
			for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
				Files.delete(file);
			}
		}
	}

	private GenerateModel() {
	}
}
