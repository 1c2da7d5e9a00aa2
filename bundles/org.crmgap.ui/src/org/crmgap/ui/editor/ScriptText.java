package org.crmgap.ui.editor;

import com.google.gson.Gson;

/** Text put into a script the diagram page's browser evaluates. */
public final class ScriptText {

	private static final Gson GSON = new Gson();

	private ScriptText() {
	}

	/**
	 * The text as a JavaScript string literal: a JSON string (quotes, backslashes, line breaks, U+2028 and U+2029
	 * escaped by Gson), so no model name or id can end the literal early.
	 */
	public static String literal(String text) {
		return GSON.toJson(text);
	}
}
