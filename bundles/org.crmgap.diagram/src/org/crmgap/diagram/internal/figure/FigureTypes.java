package org.crmgap.diagram.internal.figure;

/** The element types of the figure, as the client registers them (src/figure.tsx). */
public final class FigureTypes {

	/** A stage band (Design, Implement, Evaluate) behind the rows it covers. */
	public static final String BAND = "node:figure-band";
	/** The line between the customer side and the company side. */
	public static final String DIVIDER = "node:figure-divider";
	/** A box of the SERVQUAL figure (expected service, standards, ...). */
	public static final String BOX = "node:figure-box";
	/** A part inside the delivery box (units, CRM components, interaction flows). */
	public static final String PART = "node:figure-part";
	/** The label of a gap arrow: title, value, n, p; coloured by severity. */
	public static final String TAG = "node:figure-tag";
	/** Where an arrow meets a box (so arrows run straight). */
	public static final String PORT = "port:figure";
	/** A gap arrow, one per gap kind. */
	public static final String GAP = "edge:figure-gap";
	/** A plain arrow of the figure (communications shape expectations, delivery is perceived). */
	public static final String FLOW = "edge:figure-flow";

	private FigureTypes() {
	}
}
