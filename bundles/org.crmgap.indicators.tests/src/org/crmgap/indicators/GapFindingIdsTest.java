package org.crmgap.indicators;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Date;

import org.crmgap.model.Gap;
import org.crmgap.model.GapModel;
import org.crmgap.model.persistence.ModelFiles;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Findings name their gap by id, so a result computed on a copy of the model finds its gaps again, renamed or not. */
class GapFindingIdsTest {

	@TempDir
	Path dir;

	@Test
	void eachFindingFindsItsGapInAnotherCopyOfTheModelByItsId() throws Exception {
		TinyBank bank = new TinyBank(dir);
		GapModel copy = ModelFiles.load(bank.file);
		ModelAnalysisResult result = ModelAnalysis.analyse(copy, bank.file);
		assertEquals(bank.model.getGaps().size(), result.gaps().size());
		for (GapFinding finding : result.gaps()) {
			Gap gap = finding.gapIn(bank.model);
			assertEquals(finding.gap(), gap.getName(), finding.id());
			assertEquals(bank.model.eResource().getURIFragment(gap), finding.id());
		}
		// a renamed gap is the same gap; another gap of the same name is not
		Gap first = bank.model.getGaps().get(0);
		String id = result.gaps().get(0).id();
		first.setName(bank.model.getGaps().get(1).getName());
		assertSame(first, result.gaps().get(0).gapIn(bank.model));
		assertNotEquals(id, result.gaps().get(1).id());
	}

	@Test
	void snapshotsAreStoredByIdAndRefusedWhenTheGapsChanged() throws Exception {
		TinyBank bank = new TinyBank(dir);
		ModelAnalysisResult result = ModelAnalysis.analyse(ModelFiles.load(bank.file), bank.file);
		long measured = result.gaps().stream().filter(f -> f.value() != null).count();
		bank.model.getGaps().get(0).setName("Renamed since the analysis");
		assertEquals(measured, Snapshots.create(bank.model, result, new Date()).size(), "renaming keeps the gap");
		Gap removed = bank.model.getGaps().get(0);
		EcoreUtil.remove(removed);
		assertTrue(Snapshots.create(bank.model, result, new Date()).isEmpty(), "a gap of the result is gone");
		bank.model.getGaps().add(0, removed);
		Gap added = EcoreUtil.copy(removed);
		bank.model.getGaps().add(added);
		assertTrue(Snapshots.create(bank.model, result, new Date()).isEmpty(), "a gap the result does not know");
		assertNull(new GapFinding("no such id", "x", null, null, null, null, 0, null, null, null).gapIn(bank.model));
	}
}
