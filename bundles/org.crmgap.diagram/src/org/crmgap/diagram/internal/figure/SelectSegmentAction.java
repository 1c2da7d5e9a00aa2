package org.crmgap.diagram.internal.figure;

import org.eclipse.glsp.server.actions.Action;

/** The page's segment selector: show the figure for one segment (its id) or for all (blank). */
public class SelectSegmentAction extends Action {

	public static final String KIND = "crmgapFigureSegment";

	private String segment;

	public SelectSegmentAction() {
		super(KIND);
	}

	public SelectSegmentAction(String segment) {
		this();
		this.segment = segment;
	}

	public String getSegment() {
		return segment;
	}
}
