package org.crmgap.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.crmgap.examples.Examples;
import org.crmgap.model.Catalogue;
import org.crmgap.model.GapCause;
import org.crmgap.model.RecoveryAction;
import org.crmgap.model.persistence.ModelFiles;
import org.eclipse.emf.common.util.Diagnostic;
import org.junit.jupiter.api.Test;

/** The one table of rules: the ids the product promises, and links that really point into the catalogue. */
class RuleTableTest {

	@Test
	void theRuleIds() {
		assertEquals(List.of("crmgap.names.unique", "crmgap.expectation.unaddressed", "crmgap.standard.unowned",
				"crmgap.promise.unbound", "crmgap.datasource.location", "crmgap.datasource.unmapped", "crmgap.datasource.sheet",
				"crmgap.datasource.query", "crmgap.threshold.order",
				"crmgap.gap.endpoints", "crmgap.gap.threshold", "crmgap.gap.unplanned", "crmgap.action.overdue",
				"crmgap.action.reached", "crmgap.action.missed", "crmgap.action.kind", "crmgap.datasource.assignment",
				"crmgap.instrument.scale"),
				Arrays.stream(Rule.values()).map(Rule::id).toList());
		for (Rule rule : Rule.values()) {
			assertSame(rule, Rule.byId(rule.id()));
			assertTrue(rule.severity() == Diagnostic.INFO || rule.severity() == Diagnostic.WARNING
					|| rule.severity() == Diagnostic.ERROR, rule.id());
			assertTrue(rule.message("X", "a", "b", "c").contains("'X'"), rule.id() + " has a message naming the element");
		}
		assertNull(Rule.byId("crmgap.unknown"));
	}

	@Test
	void catalogueLinksNameBuiltInEntries() throws Exception {
		Catalogue catalogue = ModelFiles.load(ModelFiles.newResourceSet(), Examples.file(Examples.BUILT_IN_CATALOGUE), Catalogue.class);
		Set<String> causes = catalogue.getCauses().stream().map(GapCause::getName).collect(Collectors.toSet());
		Set<String> actions = catalogue.getActions().stream().map(RecoveryAction::getName).collect(Collectors.toSet());
		for (Rule rule : Rule.values()) {
			assertTrue(causes.containsAll(rule.causes()), rule.id() + " causes " + rule.causes());
			assertTrue(actions.containsAll(rule.actions()), rule.id() + " actions " + rule.actions());
		}
	}
}
