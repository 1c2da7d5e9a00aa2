package org.crmgap.diagram.internal.svg;

import java.util.Arrays;
import java.util.Map;

import org.crmgap.diagram.MarkedDiagrams.Mark;
import org.eclipse.glsp.graph.GModelElement;

/** A comparison's marks on a built GModel: one CSS class per marked node or edge, read back by the SVG writer. */
public final class DiffMarks {

	private DiffMarks() {
	}

	/** Adds the mark's class to each element (and nested element) whose id has one. */
	public static void mark(GModelElement element, Map<String, Mark> marks) {
		Mark mark = marks.get(element.getId());
		if (mark != null) {
			element.getCssClasses().add(mark.cssClass());
		}
		element.getChildren().forEach(child -> mark(child, marks));
	}

	/** The element's mark; null when it has none. */
	static Mark of(GModelElement element) {
		return Arrays.stream(Mark.values()).filter(m -> element.getCssClasses().contains(m.cssClass())).findFirst().orElse(null);
	}

	/** The class attribute's addition for the element's mark ("" when it has none). */
	static String classes(GModelElement element) {
		Mark mark = of(element);
		return mark == null ? "" : " " + mark.cssClass();
	}
}
