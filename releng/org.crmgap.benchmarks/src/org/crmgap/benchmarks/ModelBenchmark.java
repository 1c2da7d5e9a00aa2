package org.crmgap.benchmarks;

import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import org.crmgap.model.persistence.AtomicFiles;
import org.crmgap.model.persistence.CrmGapResource;
import org.crmgap.model.persistence.ModelFiles;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.impl.BinaryResourceImpl;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.xmi.XMLResource;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceImpl;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * Save and load times of generated models, each phase apart. Saves: XMI and binary both streamed to the file, and
 * both through the shipped atomic write (in memory, temporary file, fsync, rename). Loads: EMF's XMIResourceImpl
 * as it comes, our resource with EMF's default options (the parser hardening stays), our resource as shipped
 * (tuned options), EMF's binary resource.
 */
@Command(name = "benchmark", description = "Time saving and loading generated models of the given sizes (elements).")
final class ModelBenchmark implements Callable<Integer> {

	@Spec
	CommandSpec spec;

	@Option(names = "--sizes", split = ",", defaultValue = "10000,100000,1000000", description = "model sizes in elements")
	List<Integer> sizes;

	@Option(names = "--runs", defaultValue = "5", description = "timed rounds (the median is reported)")
	int runs;

	@Option(names = "--warmup", defaultValue = "2", description = "untimed rounds first")
	int warmup;

	@Override
	public Integer call() throws Exception {
		PrintWriter out = spec.commandLine().getOut();
		out.printf("median ms of %d rounds in alternating order after %d warm-up rounds%n", runs, warmup);
		out.printf("%-9s %7s %7s | %-44s | %s%n", "", "", "", "save: streamed      atomic (memory+fsync+rename)",
				"load: EMF as is  ours/EMF options  ours/tuned  binary");
		out.printf("%-9s %7s %7s | %10s %10s %10s %10s | %9s %9s %9s %9s%n", "elements", "xmi MB", "bin MB", "xmi", "binary",
				"xmi", "binary", "xmi", "xmi", "xmi", "binary");
		Path dir = Files.createTempDirectory("crmgap-bench");
		for (int size : sizes) {
			measure(dir, size, out);
		}
		try (var files = Files.list(dir)) {
			for (Path file : files.toList()) {
				Files.delete(file);
			}
		}
		Files.delete(dir);
		return 0;
	}

	private void measure(Path dir, int size, PrintWriter out) throws Exception {
		Path xmi = dir.resolve("bench-" + size + ".crmgap");
		Path xmiStreamed = dir.resolve("streamed-" + size + ".crmgap");
		Path bin = dir.resolve("bench-" + size + ".bin");
		Path binStreamed = dir.resolve("streamed-" + size + ".bin");
		Resource model = ModelFiles.newResourceSet().createResource(URI.createFileURI(xmi.toString()));
		int count = SyntheticModels.fill(model, size);
		Resource binary = new BinaryResourceImpl(URI.createFileURI(bin.toString()));
		SyntheticModels.fill(binary, size);
		Map<String, Double> save = new Alternation()
				.add("xmi streamed", () -> streamed(model, xmiStreamed))
				.add("binary streamed", () -> streamed(binary, binStreamed))
				.add("xmi atomic", () -> {
					// the shipped save; deleted first, or an unchanged model would not be written at all
					Files.deleteIfExists(xmi);
					model.setModified(true);
					model.save(null);
				})
				.add("binary atomic", () -> atomic(binary, bin))
				.medians(warmup, runs);
		model.unload();
		binary.unload();
		Map<String, Double> load = new Alternation()
				.add("emf", () -> load(new XMIResourceImpl(URI.createFileURI(xmi.toString())), null))
				.add("ours, emf options", () -> load(ours(xmi), CrmGapResource.loadOptions(false)))
				.add("ours, tuned", () -> load(ours(xmi), null))
				.add("binary", () -> load(new BinaryResourceImpl(URI.createFileURI(bin.toString())), null))
				.medians(warmup, runs);
		out.printf("%-9d %7.1f %7.1f | %10.0f %10.0f %10.0f %10.0f | %9.0f %9.0f %9.0f %9.0f%n", count, Files.size(xmi) / 1e6,
				Files.size(bin) / 1e6, save.get("xmi streamed"), save.get("binary streamed"), save.get("xmi atomic"),
				save.get("binary atomic"), load.get("emf"), load.get("ours, emf options"), load.get("ours, tuned"),
				load.get("binary"));
		out.flush();
	}

	private static void streamed(Resource resource, Path file) throws IOException {
		try (OutputStream stream = new BufferedOutputStream(Files.newOutputStream(file), 64 * 1024)) {
			resource.save(stream, null);
		}
	}

	/** The shipped XMI save's path for the binary bytes: in memory, then temporary file, fsync, rename. */
	private static void atomic(Resource resource, Path file) throws IOException {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream(64 * 1024);
		resource.save(bytes, null);
		Files.deleteIfExists(file);
		AtomicFiles.replace(file, bytes.toByteArray());
	}

	private static Resource ours(Path file) {
		return ModelFiles.newResourceSet().createResource(URI.createFileURI(file.toString()));
	}

	/**
	 * Loads with the resource's own defaults, or with {@code onlyOptions} in their place: options passed to load()
	 * are merged over the defaults, which for our resource are the tuned ones.
	 */
	private static void load(Resource resource, Map<Object, Object> onlyOptions) throws IOException {
		if (resource.getResourceSet() == null) {
			new ResourceSetImpl().getResources().add(resource);
		}
		if (onlyOptions != null) {
			Map<Object, Object> defaults = ((XMLResource) resource).getDefaultLoadOptions();
			defaults.clear();
			defaults.putAll(onlyOptions);
		}
		resource.load(null);
	}
}
