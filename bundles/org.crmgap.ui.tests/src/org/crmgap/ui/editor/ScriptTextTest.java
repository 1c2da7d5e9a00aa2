package org.crmgap.ui.editor;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** What may end a JavaScript string literal early is escaped (the expected literals written by hand). */
class ScriptTextTest {

	@Test
	void quotesBackslashesAndLineBreaksAreEscaped() {
		assertEquals("\"Gold \\\"VIP\\\"\"", ScriptText.literal("Gold \"VIP\""));
		assertEquals("\"a\\\\b\"", ScriptText.literal("a\\b"));
		assertEquals("\"one\\ntwo\\r\"", ScriptText.literal("one\ntwo\r"));
		assertEquals("\"x\\u2028y\\u2029\"", ScriptText.literal("x\u2028y\u2029"));
	}

	@Test
	void singleQuotesAndMarkupCannotEndAnEnclosingLiteralOrScript() {
		assertEquals("\"O\\u0027Brien\\u003c/script\\u003e\"", ScriptText.literal("O'Brien</script>"));
		assertEquals("\"_a1b2\"", ScriptText.literal("_a1b2"));
	}
}
