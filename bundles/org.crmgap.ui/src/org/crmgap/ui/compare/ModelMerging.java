package org.crmgap.ui.compare;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import org.crmgap.diagram.DiagramDocument;
import org.crmgap.diagram.NotationChanges;
import org.crmgap.diagram.notation.DiagramSet;
import org.crmgap.model.GapModel;
import org.crmgap.model.compare.MergeConflict;
import org.crmgap.model.compare.MergeResult;
import org.crmgap.model.compare.ModelMerge;
import org.crmgap.model.persistence.ModelFileException;
import org.crmgap.model.persistence.ModelFiles;
import org.crmgap.validation.MergeValidation;
import org.eclipse.core.resources.IFile;
import org.eclipse.emf.ecore.EObject;

/**
 * A three-way merge in the workbench: {@link ModelMerge} keeps ours' side in every conflict, as {@code crmgap merge}
 * does, unless the user chose theirs; each choice merges the three versions again, so that the merge's own rules decide
 * what taking theirs means (a deletion with the references to what it deleted, an element restored with what it needs)
 * and no reference is ever left dangling. The result is validated with the CLI's rules and written only when it
 * validates, to a new file, never over one of the three. The models' notation files (the diagrams' layout) are merged
 * by the same merge, ours kept in a conflict, and the result written beside the merged model.
 */
final class ModelMerging {

	private final GapModel base;
	private final GapModel ours;
	private final GapModel theirs;
	private final Set<String> theirsChosen = new HashSet<>();
	private MergeResult result;
	/** The notation files' merge; null when none of the three models has one. */
	private final MergeResult layout;

	private ModelMerging(GapModel base, GapModel ours, GapModel theirs, DiagramSet[] notations) {
		this.base = base;
		this.ours = ours;
		this.theirs = theirs;
		this.result = ModelMerge.merge(base, ours, theirs);
		DiagramSet any = Arrays.stream(notations).filter(Objects::nonNull).findFirst().orElse(null);
		this.layout = any == null ? null
				: ModelMerge.merge(NotationChanges.orEmpty(notations[0], any), NotationChanges.orEmpty(notations[1], any),
						NotationChanges.orEmpty(notations[2], any));
	}

	/**
	 * Reads the three files and merges them; a file that cannot be read is a {@link ModelFileException} naming it.
	 *
	 * @throws IllegalArgumentException when they are not versions of one model
	 */
	static ModelMerging of(IFile base, IFile ours, IFile theirs) throws ModelFileException {
		return new ModelMerging(ModelFiles.loadForComparison(base.getLocation().toPath()),
				ModelFiles.loadForComparison(ours.getLocation().toPath()), ModelFiles.loadForComparison(theirs.getLocation().toPath()),
				new DiagramSet[] { notation(base), notation(ours), notation(theirs) });
	}

	private static DiagramSet notation(IFile model) throws ModelFileException {
		return NotationChanges.read(model.getLocation().toPath());
	}

	/** The files a save to {@code output} writes: the model, and the merged notation file beside it where there is one. */
	List<Path> outputs(Path output) {
		return layout == null ? List.of(output) : List.of(output, DiagramDocument.notationFile(output));
	}

	/** The conflicts of the notation files' merge (ours kept in each); null when no model has a notation file. */
	List<MergeConflict> layoutConflicts() {
		return layout == null ? null : layout.conflicts();
	}

	/** The conflicts of the merge as chosen (taking theirs' side can bring conflicts of its own: a reference it restores). */
	List<MergeConflict> conflicts() {
		return result.conflicts();
	}

	boolean takesTheirs(MergeConflict conflict) {
		return result.theirsTaken(conflict);
	}

	/**
	 * Chooses theirs' side of a conflict, or ours again, and merges anew; returns null, or why only ours can be kept (one
	 * line, the choice not made).
	 */
	String choose(MergeConflict conflict, boolean theirsSide) {
		if (!theirsSide) {
			if (theirsChosen.remove(conflict.key())) {
				result = ModelMerge.merge(base, ours, theirs, theirsChosen);
			}
			return null;
		}
		if (result.whyOursOnly(conflict) != null) {
			return result.whyOursOnly(conflict);
		}
		theirsChosen.add(conflict.key());
		MergeResult tried = ModelMerge.merge(base, ours, theirs, theirsChosen);
		if (!tried.theirsTaken(conflict)) {
			theirsChosen.remove(conflict.key());
			String why = tried.whyOursOnly(conflict);
			return why != null ? why : conflict.kind().label();
		}
		result = tried;
		return null;
	}

	/**
	 * Validates the merge as chosen and writes {@code output} (a new file) when it validates; otherwise returns the errors
	 * neither side had, writing nothing.
	 */
	List<MergeConflict> save(Path output) throws IOException {
		List<MergeConflict> errors = MergeValidation.newErrors(result.merged(), ours, theirs);
		if (!errors.isEmpty()) {
			return errors;
		}
		write(output);
		return List.of();
	}

	/**
	 * Each file written beside its output and read back (every reference held) before they take the outputs' names, as
	 * the CLI does: a file that does not read back leaves nothing written.
	 */
	private void write(Path output) throws IOException {
		List<Path> outputs = outputs(output);
		List<EObject> roots = layout == null ? List.of(result.merged()) : List.of(result.merged(), layout.merged());
		List<Path> temps = outputs.stream().map(ModelMerging::temp).toList();
		try {
			for (int i = 0; i < outputs.size(); i++) {
				ModelFiles.save(roots.get(i), temps.get(i));
				ModelFiles.loadForComparison(temps.get(i), EObject.class);
			}
			for (int i = 0; i < outputs.size(); i++) {
				Files.move(temps.get(i), outputs.get(i), StandardCopyOption.ATOMIC_MOVE);
			}
		} finally {
			for (Path temp : temps) {
				Files.deleteIfExists(temp);
			}
		}
	}

	/** A hidden name beside the file, its extension kept (the resource factory goes by it). */
	private static Path temp(Path file) {
		String name = file.getFileName().toString();
		int dot = name.lastIndexOf('.');
		return file.resolveSibling("." + name.substring(0, dot) + ".merging" + name.substring(dot));
	}
}
