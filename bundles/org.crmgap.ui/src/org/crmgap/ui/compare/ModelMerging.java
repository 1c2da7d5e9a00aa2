package org.crmgap.ui.compare;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.crmgap.model.GapModel;
import org.crmgap.model.compare.MergeConflict;
import org.crmgap.model.compare.MergeResult;
import org.crmgap.model.compare.ModelMerge;
import org.crmgap.model.persistence.ModelFileException;
import org.crmgap.model.persistence.ModelFiles;
import org.crmgap.validation.MergeValidation;
import org.eclipse.core.resources.IFile;

/**
 * A three-way merge in the workbench: {@link ModelMerge} keeps ours' side in every conflict, as {@code crmgap merge}
 * does, unless the user chose theirs; each choice merges the three versions again, so that the merge's own rules decide
 * what taking theirs means (a deletion with the references to what it deleted, an element restored with what it needs)
 * and no reference is ever left dangling. The result is validated with the CLI's rules and written only when it
 * validates, to a new file, never over one of the three.
 */
final class ModelMerging {

	private final GapModel base;
	private final GapModel ours;
	private final GapModel theirs;
	private final Set<String> theirsChosen = new HashSet<>();
	private MergeResult result;

	private ModelMerging(GapModel base, GapModel ours, GapModel theirs) {
		this.base = base;
		this.ours = ours;
		this.theirs = theirs;
		this.result = ModelMerge.merge(base, ours, theirs);
	}

	/**
	 * Reads the three files and merges them; a file that cannot be read is a {@link ModelFileException} naming it.
	 *
	 * @throws IllegalArgumentException when they are not versions of one model
	 */
	static ModelMerging of(IFile base, IFile ours, IFile theirs) throws ModelFileException {
		return new ModelMerging(ModelFiles.loadForComparison(base.getLocation().toPath()),
				ModelFiles.loadForComparison(ours.getLocation().toPath()), ModelFiles.loadForComparison(theirs.getLocation().toPath()));
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

	/** Written beside the output and read back (every reference held) before it takes the output's name, as the CLI does. */
	private void write(Path output) throws IOException {
		String name = output.getFileName().toString();
		int dot = name.lastIndexOf('.');
		Path temp = output.resolveSibling("." + name.substring(0, dot) + ".merging" + name.substring(dot)); // the extension kept
		try {
			ModelFiles.save(result.merged(), temp);
			ModelFiles.loadForComparison(temp);
			Files.move(temp, output, StandardCopyOption.ATOMIC_MOVE);
		} finally {
			Files.deleteIfExists(temp);
		}
	}
}
