package org.crmgap.model.compare;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.crmgap.model.GapModel;
import org.crmgap.model.persistence.ModelFileException;
import org.crmgap.model.util.Services;

/**
 * The changes of a model's diagrams' layout between two versions: the notation files beside the two model files,
 * compared by {@link ModelDiff}. Implemented by the diagram bundle (it owns the notation files), which only the full
 * product has; the headless command line finds it as an OSGi service.
 */
public interface LayoutDiff {

	/** What the command line says when the service is absent. */
	String ABSENT = "the diagrams' layout is not compared: that needs the diagram bundle (org.crmgap.diagram), which is in the "
			+ "full product, not the headless feature";

	/**
	 * The layout's changes from the older model file's notation file to the newer's, in the notation files' order; a
	 * version without one has no diagrams (none on either side: no changes). {@code before} and {@code after}, the two
	 * models, name the elements the shapes draw.
	 *
	 * @throws ModelFileException naming a notation file that cannot be read
	 */
	List<LayoutChange> between(Path olderModel, Path newerModel, GapModel before, GapModel after) throws ModelFileException;

	/** The service of the running platform, if a bundle provides one. */
	static Optional<LayoutDiff> find() {
		return Services.find(LayoutDiff.class);
	}
}
