package org.crmgap.diagram.internal.glsp;

import org.eclipse.glsp.server.operations.Operation;

/** Shows or hides a layer of the diagram (sent by the client's layer buttons). */
public class ToggleLayerOperation extends Operation {

	public static final String KIND = "crmgapToggleLayer";

	private String layer;

	public ToggleLayerOperation() {
		super(KIND);
	}

	public String getLayer() {
		return layer;
	}

	public void setLayer(String layer) {
		this.layer = layer;
	}
}
