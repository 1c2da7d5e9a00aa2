package org.crmgap.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import org.crmgap.model.persistence.CrmGapResource;
import org.crmgap.model.persistence.ModelFiles;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.BinaryResourceImpl;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** Load and save times of generated models: default vs tuned XMI options, and EMF's binary format. */
@Command(name = "benchmark", description = "Time loading and saving generated models of the given sizes (elements).")
class BenchmarkCommand implements Callable<Integer> {

	@Spec
	CommandSpec spec;

	@Option(names = "--sizes", split = ",", defaultValue = "10000,100000,1000000", description = "model sizes in elements")
	List<Integer> sizes;

	@Option(names = "--runs", defaultValue = "3", description = "timed runs per measurement (the best is reported)")
	int runs;

	@Override
	public Integer call() throws IOException {
		PrintWriter out = spec.commandLine().getOut();
		Path dir = Files.createTempDirectory("crmgap-bench");
		out.printf("%-9s %9s %10s %10s %10s %10s %10s%n", "elements", "xmi MB", "save ms", "load ms", "tuned ms",
				"bin save", "bin load");
		for (int size : sizes) {
			Path xmi = dir.resolve("bench-" + size + ".crmgap");
			Path bin = dir.resolve("bench-" + size + ".bin");
			Resource model = ModelFiles.newResourceSet().createResource(URI.createFileURI(xmi.toString()));
			int count = SyntheticModels.fill(model, size);
			long save = best(() -> save(model, xmi));
			model.unload();
			long plain = best(() -> load(xmi, CrmGapResource.loadOptions(false)));
			long tuned = best(() -> load(xmi, CrmGapResource.loadOptions(true)));
			Resource binary = new BinaryResourceImpl(URI.createFileURI(bin.toString()));
			SyntheticModels.fill(binary, size);
			long binSave = best(() -> save(binary, bin));
			binary.unload();
			long binLoad = best(() -> loadBinary(bin));
			out.printf("%-9d %9.1f %10d %10d %10d %10d %10d%n", count, Files.size(xmi) / 1e6, save, plain, tuned,
					binSave, binLoad);
			out.flush();
			Files.delete(xmi);
			Files.delete(bin);
		}
		Files.delete(dir);
		return ExitCodes.CLEAN;
	}

	private interface Timed {
		void run() throws IOException;
	}

	private long best(Timed timed) throws IOException {
		long best = Long.MAX_VALUE;
		for (int i = 0; i < runs; i++) {
			System.gc();
			long start = System.nanoTime();
			timed.run();
			best = Math.min(best, (System.nanoTime() - start) / 1_000_000);
		}
		return best;
	}

	private static void save(Resource resource, Path file) throws IOException {
		resource.setModified(true);
		Files.deleteIfExists(file); // time a real write, not the unchanged-content shortcut
		resource.save(null);
	}

	private static void load(Path file, Map<Object, Object> options) throws IOException {
		ResourceSet resourceSet = ModelFiles.newResourceSet();
		Resource resource = resourceSet.createResource(URI.createFileURI(file.toString()));
		resource.load(options);
	}

	private static void loadBinary(Path file) throws IOException {
		ResourceSet resourceSet = ModelFiles.newResourceSet();
		Resource binary = new BinaryResourceImpl(URI.createFileURI(file.toString()));
		resourceSet.getResources().add(binary);
		binary.load(null);
	}
}
