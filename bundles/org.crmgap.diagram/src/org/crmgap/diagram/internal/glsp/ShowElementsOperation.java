package org.crmgap.diagram.internal.glsp;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.glsp.server.operations.Operation;

/** Changes what the diagram shows (sent by the client's Hide, Show related and Show all). */
public class ShowElementsOperation extends Operation {

	public static final String KIND = "crmgapShowElements";

	/** {@code hide}, {@code related} or {@code all}. */
	private String mode;
	private List<String> elementIds = new ArrayList<>();
	/** For {@code related}: only along these edge types (e.g. {@code edge:serves}, {@code edge:gap-delivery}); empty: all. */
	private List<String> relations = new ArrayList<>();

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

	public List<String> getElementIds() {
		return elementIds;
	}

	public void setElementIds(List<String> elementIds) {
		this.elementIds = elementIds;
	}
}
