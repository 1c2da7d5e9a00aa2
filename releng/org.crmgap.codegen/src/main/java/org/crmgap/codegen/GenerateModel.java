package org.crmgap.codegen;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

import org.eclipse.emf.codegen.ecore.generator.Generator;
import org.eclipse.emf.codegen.ecore.generator.GeneratorAdapterFactory;
import org.eclipse.emf.codegen.ecore.genmodel.GenModel;
import org.eclipse.emf.codegen.ecore.genmodel.GenModelPackage;
import org.eclipse.emf.codegen.ecore.genmodel.generator.GenBaseGeneratorAdapter;
import org.eclipse.emf.codegen.ecore.genmodel.generator.GenModelGeneratorAdapterFactory;
import org.eclipse.emf.common.util.BasicMonitor;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EcorePackage;
import org.eclipse.emf.ecore.plugin.EcorePlugin;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.xmi.impl.EcoreResourceFactoryImpl;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceFactoryImpl;

/**
 * Runs EMF's generator on a plain class path. It generates into temporary project folders and then
 * replaces only the generated parts of the real bundles (src-gen, edit icons, edit plugin.properties);
 * manifests, plugin.xml and build.properties stay hand-maintained.
 */
public final class GenerateModel {

	private static final String MODEL_PROJECT = "org.crmgap.model";
	private static final String EDIT_PROJECT = "org.crmgap.model.edit";

	public static void main(String[] args) throws IOException {
		Path genModelFile = Path.of(args.length > 0 ? args[0] : "bundles/org.crmgap.model/model/crmgap.genmodel").toAbsolutePath();
		Path bundles = Path.of(args.length > 1 ? args[1] : ".").toAbsolutePath().resolve("bundles");
		Path work = Files.createTempDirectory("crmgap-codegen");
		try {
			GenModel genModel = load(genModelFile, bundles, work);
			generate(genModel);
			replace(work.resolve(MODEL_PROJECT + "/src-gen"), bundles.resolve(MODEL_PROJECT + "/src-gen"));
			replace(work.resolve(EDIT_PROJECT + "/src-gen"), bundles.resolve(EDIT_PROJECT + "/src-gen"));
			replace(work.resolve(EDIT_PROJECT + "/icons"), bundles.resolve(EDIT_PROJECT + "/icons"));
			copy(work.resolve(EDIT_PROJECT + "/plugin.properties"), bundles.resolve(EDIT_PROJECT + "/plugin.properties"));
			System.out.println("generated " + MODEL_PROJECT + " and " + EDIT_PROJECT + " from " + genModelFile);
		} finally {
			delete(work);
		}
	}

	private static GenModel load(Path genModelFile, Path bundles, Path work) throws IOException {
		Resource.Factory.Registry.INSTANCE.getExtensionToFactoryMap().put("ecore", new EcoreResourceFactoryImpl());
		Resource.Factory.Registry.INSTANCE.getExtensionToFactoryMap().put("genmodel", new XMIResourceFactoryImpl());
		EPackageRegistration.register(EcorePackage.eINSTANCE, GenModelPackage.eINSTANCE);
		GeneratorAdapterFactory.Descriptor.Registry.INSTANCE.addDescriptor(GenModelPackage.eNS_URI,
				GenModelGeneratorAdapterFactory.DESCRIPTOR);
		// generated files go to temporary projects; the model itself is read from the real bundle
		for (String project : new String[] { MODEL_PROJECT, EDIT_PROJECT }) {
			Files.createDirectories(work.resolve(project));
			EcorePlugin.getPlatformResourceMap().put(project, URI.createFileURI(work.resolve(project) + "/"));
		}
		ResourceSet resourceSet = new ResourceSetImpl();
		Resource resource = resourceSet.getResource(URI.createFileURI(genModelFile.toString()), true);
		GenModel genModel = (GenModel) resource.getContents().get(0);
		genModel.reconcile();
		// keep the committed genmodel in step with the ecore, as EMF's "Reload" does in the IDE
		resource.save(java.util.Map.of(org.eclipse.emf.ecore.xmi.XMLResource.OPTION_LINE_DELIMITER, "\n"));
		genModel.setCanGenerate(true);
		Diagnostic diagnostic = genModel.diagnose();
		if (diagnostic.getSeverity() == Diagnostic.ERROR) {
			throw new IOException(genModelFile + ": " + diagnostic.getChildren().get(0).getMessage());
		}
		return genModel;
	}

	private static void generate(GenModel genModel) throws IOException {
		Generator generator = new Generator();
		generator.setInput(genModel);
		for (String type : new String[] { GenBaseGeneratorAdapter.MODEL_PROJECT_TYPE, GenBaseGeneratorAdapter.EDIT_PROJECT_TYPE }) {
			Diagnostic result = generator.generate(genModel, type, new BasicMonitor());
			if (result.getSeverity() == Diagnostic.ERROR) {
				throw new IOException("generation failed: " + result);
			}
		}
	}

	private static void replace(Path generated, Path target) throws IOException {
		if (!Files.isDirectory(generated)) {
			throw new IOException("nothing was generated in " + generated);
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

	/** Copies text with \n line ends so the output is the same on every platform; binary files as they are. */
	private static void copy(Path from, Path to) throws IOException {
		Files.createDirectories(to.getParent());
		String name = from.getFileName().toString();
		if (name.endsWith(".java") || name.endsWith(".properties")) {
			String text = Files.readString(from).replace("\r\n", "\n");
			// the genmodel has no provider name; the templates write a placeholder
			Files.writeString(to, text.replace("providerName = www.example.org", "providerName = CRM Gap Studio"));
		} else {
			Files.copy(from, to, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
		}
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
