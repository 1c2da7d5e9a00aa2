package org.crmgap.diagram.style;

/** Layers the user can hide in a diagram, as in a Sirius viewpoint's optional layers. */
public enum Layer {
	EXTERNAL("External side"), INTERNAL("Internal side"), GAPS("Gaps"), DATA("Data");

	private final String label;

	Layer(String label) {
		this.label = label;
	}

	public String id() {
		return name().toLowerCase(java.util.Locale.ROOT);
	}

	public String label() {
		return label;
	}
}
