package org.crmgap.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.List;

import org.crmgap.model.CrmGapFactory;
import org.crmgap.model.CustomerSegment;
import org.eclipse.emf.common.util.BasicDiagnostic;
import org.eclipse.emf.common.util.Diagnostic;
import org.junit.jupiter.api.Test;

/** Every level of EMF's nested diagnostics is read (the Problems view, the diagrams' markers and the CLI agree). */
class DiagnosticsTest {

	@Test
	void leavesAtEveryDepthExceptTheClean() {
		CustomerSegment segment = CrmGapFactory.eINSTANCE.createCustomerSegment();
		BasicDiagnostic root = new BasicDiagnostic(Rule.SOURCE, 0, "model", null);
		BasicDiagnostic element = new BasicDiagnostic(Diagnostic.ERROR, Rule.SOURCE, 0, "element", new Object[] { segment });
		BasicDiagnostic deep = new BasicDiagnostic(Diagnostic.ERROR, Rule.SOURCE, 1, "deep", new Object[] { segment });
		BasicDiagnostic deeper = new BasicDiagnostic(Diagnostic.WARNING, Rule.SOURCE, 2, "deeper", new Object[] { "not an element" });
		deep.add(deeper);
		element.add(deep);
		element.add(new BasicDiagnostic(Diagnostic.WARNING, Rule.SOURCE, 3, "shallow", null));
		root.add(element);
		root.add(new BasicDiagnostic(Diagnostic.OK, Rule.SOURCE, 4, "fine", null));
		List<Diagnostic> leaves = Diagnostics.leaves(root);
		assertEquals(List.of("deeper", "shallow"), leaves.stream().map(Diagnostic::getMessage).toList());
		assertNull(Diagnostics.element(leaves.get(0)), "a datum that is no model element");
		assertSame(segment, Diagnostics.element(deep));
		assertEquals(List.of(), Diagnostics.leaves(new BasicDiagnostic(Rule.SOURCE, 0, "clean", null)));
	}
}
