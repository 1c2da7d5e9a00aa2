package org.crmgap.report;

import java.awt.Color;

/**
 * The Okabe–Ito colours, which people with the common colour-vision deficiencies tell apart (JFreeChart's default red,
 * blue, green and yellow are not): one home for every chart that uses them.
 */
final class OkabeIto {

	static final Color BLUE = new Color(0x00, 0x72, 0xB2);
	static final Color VERMILLION = new Color(0xD5, 0x5E, 0x00);
	static final Color BLUISH_GREEN = new Color(0x00, 0x9E, 0x73);
	static final Color ORANGE = new Color(0xE6, 0x9F, 0x00);
	static final Color SKY_BLUE = new Color(0x56, 0xB4, 0xE9);
	static final Color REDDISH_PURPLE = new Color(0xCC, 0x79, 0xA7);
	static final Color YELLOW = new Color(0xF0, 0xE4, 0x42);

	private OkabeIto() {
	}
}
