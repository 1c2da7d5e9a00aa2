package org.crmgap.indicators;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.crmgap.indicators.ImportancePerformance.Grid;
import org.crmgap.indicators.ImportancePerformance.Point;
import org.crmgap.indicators.ImportancePerformance.Quadrant;
import org.crmgap.model.CrmGapFactory;
import org.crmgap.model.CustomerSegment;
import org.crmgap.model.Expectation;
import org.crmgap.model.GapModel;
import org.crmgap.model.ServiceDimension;
import org.junit.jupiter.api.Test;

/** The importance–performance grid worked out by hand: shares of importance, the two means, the four quadrants. */
class ImportancePerformanceTest {

	private final GapModel model = CrmGapFactory.eINSTANCE.createGapModel();

	private ServiceDimension dimension(String name) {
		ServiceDimension d = CrmGapFactory.eINSTANCE.createServiceDimension();
		d.setName(name);
		model.getDimensions().add(d);
		return d;
	}

	private static void expect(CustomerSegment segment, ServiceDimension d, double importance) {
		Expectation e = CrmGapFactory.eINSTANCE.createExpectation();
		e.setDimension(d);
		e.setImportance(importance);
		segment.getExpectations().add(e);
	}

	private static ServqualResult.Dimension gap(String name, Double gap) {
		return new ServqualResult.Dimension(name, gap, 10, null, null, null, null, null, null, null, null, null);
	}

	@Test
	void sharesMeansAndQuadrants() {
		ServiceDimension a = dimension("A");
		ServiceDimension b = dimension("B");
		ServiceDimension c = dimension("C");
		dimension("D");
		CustomerSegment one = CrmGapFactory.eINSTANCE.createCustomerSegment();
		CustomerSegment two = CrmGapFactory.eINSTANCE.createCustomerSegment();
		model.getSegments().addAll(List.of(one, two));
		// 100 points in all: A 40 + 10, B 30, C 20, D none
		expect(one, a, 40);
		expect(one, b, 30);
		expect(two, a, 10);
		expect(two, c, 20);
		ServqualResult.Group all = new ServqualResult.Group("all", 10, null, null,
				List.of(gap("A", -1.5), gap("B", -0.2), gap("C", -1.0), gap("D", 0.1), gap("E", null)), List.of());
		Grid grid = ImportancePerformance.of(model, all);
		// E has no gap: left out; mean share (0.5 + 0.3 + 0.2 + 0) / 4 = 0.25, mean gap -2.6 / 4 = -0.65
		assertEquals(0.25, grid.meanImportance(), 1e-12);
		assertEquals(-0.65, grid.meanGap(), 1e-12);
		assertEquals(List.of(new Point("A", 0.5, -1.5, Quadrant.CONCENTRATE_HERE), new Point("B", 0.3, -0.2, Quadrant.KEEP_UP_THE_GOOD_WORK),
				new Point("C", 0.2, -1.0, Quadrant.LOW_PRIORITY), new Point("D", 0.0, 0.1, Quadrant.POSSIBLE_OVERKILL)), grid.points());
	}

	@Test
	void onTheMeansIsTheCalmerSide() {
		assertEquals(Quadrant.POSSIBLE_OVERKILL, Quadrant.of(0.25, -0.65, 0.25, -0.65));
		assertEquals(Quadrant.KEEP_UP_THE_GOOD_WORK, Quadrant.of(0.26, -0.65, 0.25, -0.65));
		assertEquals(Quadrant.LOW_PRIORITY, Quadrant.of(0.25, -0.66, 0.25, -0.65));
	}
}
