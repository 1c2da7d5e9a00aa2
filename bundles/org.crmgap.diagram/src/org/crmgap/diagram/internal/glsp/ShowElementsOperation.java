package org.crmgap.diagram.internal.glsp;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.glsp.graph.GPoint;
import org.eclipse.glsp.server.operations.Operation;

/** Changes what the diagram shows (sent by the client's Hide, Show related and Show all, and by a drop from the Outline). */
public class ShowElementsOperation extends Operation {

	public static final String KIND = "crmgapShowElements";

	/** {@code hide}, {@code related}, {@code all} or {@code drop}. */
	private String mode;
	private List<String> elementIds = new ArrayList<>();
	/** For {@code related}: only along these edge types (e.g. {@code edge:serves}, {@code edge:gap-delivery}); empty: all. */
	private List<String> relations = new ArrayList<>();
	/** For {@code drop}: where on the diagram the elements were dropped. */
	private GPoint position;

	public ShowElementsOperation() {
		super(KIND);
	}

	public ShowElementsOperation(String mode, List<String> elementIds) {
		this();
		this.mode = mode;
		this.elementIds = new ArrayList<>(elementIds);
	}

	public String getMode() {
		return mode;
	}

	public void setMode(String mode) {
		this.mode = mode;
	}

	public List<String> getRelations() {
		return relations;
	}

	public void setRelations(List<String> relations) {
		this.relations = relations;
	}

	public GPoint getPosition() {
		return position;
	}

	public void setPosition(GPoint position) {
		this.position = position;
	}

	public List<String> getElementIds() {
		return elementIds;
	}

	public void setElementIds(List<String> elementIds) {
		this.elementIds = elementIds;
	}
}
