package org.crmgap.diagram.internal.layout;

import org.crmgap.diagram.internal.glsp.GapGModelFactory;
import org.crmgap.diagram.style.Concept;
import org.crmgap.model.NamedElement;
import org.eclipse.emf.ecore.EObject;

/**
 * The width a node needs so its name (12 px, semi-bold) and its detail line (11 px) fit beside the glyph, estimated
 * without a browser from a generous average advance per character; the client's CSS sets those fonts. The Chromium
 * test measures that no name is cut or runs out of its node.
 */
public final class LabelSize {

	/** Left of the labels: the glyph (the labels start at x = 30, GapGModelFactory). */
	private static final double LEFT = 30;
	private static final double RIGHT = 14;
	/** Average advance of a 12 px semi-bold sans-serif character, a little wide on purpose. */
	private static final double NAME_CHAR = 7.6;
	private static final double DETAIL_CHAR = 6.6;

	/** Advance of a gap label's 11 px semi-bold character. */
	private static final double GAP_CHAR = 6.8;
	/** An 11 px line's box and the baseline in it. */
	private static final double GAP_HEIGHT = 13;
	private static final double GAP_BASELINE = 10;

	private LabelSize() {
	}

	/**
	 * A gap label's box {width, height} and its alignment {x, y} (the label's origin in the box): what the client
	 * measured in a hidden render before, for a text centred on its point (CSS text-anchor: middle).
	 */
	public static double[] gapLabel(String text) {
		double width = Math.ceil(text.length() * GAP_CHAR);
		return new double[] { width, GAP_HEIGHT, width / 2, GAP_BASELINE };
	}

	/** The concept's own width, or more when the element's name or detail line needs it. */
	public static double width(EObject element, Concept concept) {
		String name = element instanceof NamedElement named && named.getName() != null ? named.getName() : "(unnamed)";
		String detail = GapGModelFactory.detail(element, concept, Double.MAX_VALUE);
		double text = Math.max(name.length() * NAME_CHAR, detail.length() * DETAIL_CHAR);
		return Math.max(concept.width(), Math.ceil(LEFT + text + RIGHT));
	}
}
