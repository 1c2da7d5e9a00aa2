package org.crmgap.diagram.internal.figure;

/** The segment the figure of one page shows (null: all); view state of the page, not part of the model or notation. */
public class FigureSelection {

	private volatile String segment;

	public String segment() {
		return segment;
	}

	public void select(String segmentId) {
		segment = segmentId == null || segmentId.isBlank() ? null : segmentId;
	}
}
