package org.crmgap.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.crmgap.model.ColumnMapping;
import org.crmgap.model.ColumnMeaning;
import org.crmgap.model.CrmGapFactory;
import org.crmgap.model.DataFormat;
import org.crmgap.model.DataRole;
import org.crmgap.model.DataSource;
import org.crmgap.model.GapModel;
import org.crmgap.model.ServiceDimension;
import org.crmgap.model.SurveyInstrument;
import org.crmgap.model.SurveyItem;
import org.crmgap.model.SurveyItemKind;

/**
 * The model of fixtures/model-path/model.md, for the R reference of the model path: hostile dimension names,
 * survey columns with any names (spaces, quotes, commas, unicode, a conventional name with another meaning),
 * importance points and respondent/segment columns under custom names. The model file goes into {@code dir}
 * (not saved here), the two CSV files beside it, referenced by relative locations.
 */
final class HostileNamesModel {

	static final Path FIXTURES = Commands.FIXTURES.resolve("model-path");

	static final String TANGIBLES = "tangibles";
	static final String EASE = "ease of use's";
	static final String AFTER_SALES = "after-sales; DROP TABLE survey; --";
	static final String REACTIVITE = "r\u00e9activit\u00e9 \"rapide\"";

	/** One item's number, dimension and its E, P, D, A (customers) and M (managers) columns. */
	record Item(int number, String dimension, String e, String p, String d, String a, String m) {

		/** The model's usual scheme: q1_exp, Q1 perception, q1 désiré, q1 "adequate", manager estimate q1. */
		static Item usual(int number, String dimension) {
			return new Item(number, dimension, "q" + number + "_exp", "Q" + number + " perception",
					"q" + number + " d\u00e9sir\u00e9", "q" + number + " \"adequate\"", "manager estimate q" + number);
		}

		Item e(String column) {
			return new Item(number, dimension, column, p, d, a, m);
		}

		Item p(String column) {
			return new Item(number, dimension, e, column, d, a, m);
		}

		Item m(String column) {
			return new Item(number, dimension, e, p, d, a, column);
		}
	}

	static final List<String> DIMENSIONS = List.of(TANGIBLES, EASE, AFTER_SALES, REACTIVITE);

	static final List<Item> ITEMS = List.of(
			Item.usual(1, TANGIBLES),
			Item.usual(2, TANGIBLES),
			Item.usual(3, TANGIBLES),
			Item.usual(7, EASE).e("ease: expected (7)"),
			Item.usual(8, EASE).p("satisfaction \"now\"").m("Q8 manager's guess"),
			Item.usual(11, AFTER_SALES).m("M11; DROP TABLE survey; --"),
			Item.usual(12, AFTER_SALES),
			Item.usual(14, AFTER_SALES).e("after-sales, expected"),
			Item.usual(15, REACTIVITE),
			Item.usual(16, REACTIVITE).p("E16"),
			Item.usual(19, REACTIVITE).e("r\u00e9activit\u00e9 attendue 19"),
			Item.usual(20, REACTIVITE).m("mgr, q20 (r\u00e9activit\u00e9)"));

	/** Dimension → the customers' column holding the importance points given to it. */
	static final Map<String, String> IMPORTANCE = new LinkedHashMap<>();
	static {
		IMPORTANCE.put(TANGIBLES, "imp tangibles");
		IMPORTANCE.put(EASE, "importance 2");
		IMPORTANCE.put(AFTER_SALES, "importance \"after-sales\"");
		IMPORTANCE.put(REACTIVITE, "poids r\u00e9activit\u00e9");
	}

	private final CrmGapFactory f = CrmGapFactory.eINSTANCE;
	final GapModel model = f.createGapModel();
	final Path file;

	HostileNamesModel(Path dir) throws IOException {
		file = dir.resolve("hostile-names.crmgap");
		model.setName("Hostile names");
		Map<String, ServiceDimension> dimensions = new LinkedHashMap<>();
		for (String name : DIMENSIONS) {
			ServiceDimension d = f.createServiceDimension();
			d.setName(name);
			model.getDimensions().add(d);
			dimensions.put(name, d);
		}

		SurveyInstrument survey = f.createSurveyInstrument();
		survey.setName("Survey");
		survey.setScaleMin(1);
		survey.setScaleMax(7);
		model.getSurveyInstruments().add(survey);
		for (Item i : ITEMS) {
			SurveyItem item = f.createSurveyItem();
			item.setName("Q" + i.number());
			item.setNumber(i.number());
			item.setDimension(dimensions.get(i.dimension()));
			item.setKind(SurveyItemKind.SERVICE_QUALITY);
			item.setExpectationColumn(i.e());
			item.setPerceptionColumn(i.p());
			item.setDesiredColumn(i.d());
			item.setAdequateColumn(i.a());
			item.setManagerColumn(i.m());
			survey.getItems().add(item);
		}

		DataSource customers = source("customers.csv", DataRole.CUSTOMER_SURVEY, survey);
		mapping(customers, ColumnMeaning.RESPONDENT, "resp id", null);
		mapping(customers, ColumnMeaning.SEGMENT, "profile", null);
		IMPORTANCE.forEach((dimension, column) -> mapping(customers, ColumnMeaning.IMPORTANCE_POINTS, column,
				dimensions.get(dimension)));
		DataSource managers = source("managers.csv", DataRole.MANAGEMENT_SURVEY, survey);
		mapping(managers, ColumnMeaning.RESPONDENT, "manager", null);
	}

	private DataSource source(String name, DataRole role, SurveyInstrument instrument) throws IOException {
		Files.copy(FIXTURES.resolve(name), file.resolveSibling(name), StandardCopyOption.REPLACE_EXISTING);
		DataSource source = f.createDataSource();
		source.setName(name);
		source.setLocation(name);
		source.setFormat(DataFormat.CSV);
		source.setDelimiter(",");
		source.setRole(role);
		source.setInstrument(instrument);
		model.getDataSources().add(source);
		return source;
	}

	private void mapping(DataSource source, ColumnMeaning meaning, String column, ServiceDimension dimension) {
		ColumnMapping mapping = f.createColumnMapping();
		mapping.setMeaning(meaning);
		mapping.setColumn(column);
		mapping.setDimension(dimension);
		source.getColumnMappings().add(mapping);
	}
}
