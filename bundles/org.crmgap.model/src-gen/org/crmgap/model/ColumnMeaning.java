/**
 */
package org.crmgap.model;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * <!-- begin-user-doc -->
 * A representation of the literals of the enumeration '<em><b>Column Meaning</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * @see org.crmgap.model.CrmGapPackage#getColumnMeaning()
 * @model
 * @generated
 */
public enum ColumnMeaning implements Enumerator {
	/**
	 * The '<em><b>RESPONDENT</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #RESPONDENT_VALUE
	 * @generated
	 * @ordered
	 */
	RESPONDENT(0, "RESPONDENT", "respondent"),

	/**
	 * The '<em><b>SEGMENT</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SEGMENT_VALUE
	 * @generated
	 * @ordered
	 */
	SEGMENT(1, "SEGMENT", "segment"),

	/**
	 * The '<em><b>IMPORTANCE POINTS</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #IMPORTANCE_POINTS_VALUE
	 * @generated
	 * @ordered
	 */
	IMPORTANCE_POINTS(2, "IMPORTANCE_POINTS", "importancePoints"),

	/**
	 * The '<em><b>KPI STANDARD</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #KPI_STANDARD_VALUE
	 * @generated
	 * @ordered
	 */
	KPI_STANDARD(3, "KPI_STANDARD", "kpiStandard"),

	/**
	 * The '<em><b>KPI VALUE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #KPI_VALUE_VALUE
	 * @generated
	 * @ordered
	 */
	KPI_VALUE(4, "KPI_VALUE", "kpiValue"),

	/**
	 * The '<em><b>KPI TIMESTAMP</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #KPI_TIMESTAMP_VALUE
	 * @generated
	 * @ordered
	 */
	KPI_TIMESTAMP(5, "KPI_TIMESTAMP", "kpiTimestamp"),

	/**
	 * The '<em><b>COMPONENT</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #COMPONENT_VALUE
	 * @generated
	 * @ordered
	 */
	COMPONENT(6, "COMPONENT", "component"),

	/**
	 * The '<em><b>ASSESSED LEVEL</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ASSESSED_LEVEL_VALUE
	 * @generated
	 * @ordered
	 */
	ASSESSED_LEVEL(7, "ASSESSED_LEVEL", "assessedLevel"),

	/**
	 * The '<em><b>ASSESSOR</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ASSESSOR_VALUE
	 * @generated
	 * @ordered
	 */
	ASSESSOR(8, "ASSESSOR", "assessor");

	/**
	 * The '<em><b>RESPONDENT</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #RESPONDENT
	 * @model literal="respondent"
	 * @generated
	 * @ordered
	 */
	public static final int RESPONDENT_VALUE = 0;

	/**
	 * The '<em><b>SEGMENT</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SEGMENT
	 * @model literal="segment"
	 * @generated
	 * @ordered
	 */
	public static final int SEGMENT_VALUE = 1;

	/**
	 * The '<em><b>IMPORTANCE POINTS</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #IMPORTANCE_POINTS
	 * @model literal="importancePoints"
	 * @generated
	 * @ordered
	 */
	public static final int IMPORTANCE_POINTS_VALUE = 2;

	/**
	 * The '<em><b>KPI STANDARD</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #KPI_STANDARD
	 * @model literal="kpiStandard"
	 * @generated
	 * @ordered
	 */
	public static final int KPI_STANDARD_VALUE = 3;

	/**
	 * The '<em><b>KPI VALUE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #KPI_VALUE
	 * @model literal="kpiValue"
	 * @generated
	 * @ordered
	 */
	public static final int KPI_VALUE_VALUE = 4;

	/**
	 * The '<em><b>KPI TIMESTAMP</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #KPI_TIMESTAMP
	 * @model literal="kpiTimestamp"
	 * @generated
	 * @ordered
	 */
	public static final int KPI_TIMESTAMP_VALUE = 5;

	/**
	 * The '<em><b>COMPONENT</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #COMPONENT
	 * @model literal="component"
	 * @generated
	 * @ordered
	 */
	public static final int COMPONENT_VALUE = 6;

	/**
	 * The '<em><b>ASSESSED LEVEL</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ASSESSED_LEVEL
	 * @model literal="assessedLevel"
	 * @generated
	 * @ordered
	 */
	public static final int ASSESSED_LEVEL_VALUE = 7;

	/**
	 * The '<em><b>ASSESSOR</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ASSESSOR
	 * @model literal="assessor"
	 * @generated
	 * @ordered
	 */
	public static final int ASSESSOR_VALUE = 8;

	/**
	 * An array of all the '<em><b>Column Meaning</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final ColumnMeaning[] VALUES_ARRAY =
		new ColumnMeaning[] {
			RESPONDENT,
			SEGMENT,
			IMPORTANCE_POINTS,
			KPI_STANDARD,
			KPI_VALUE,
			KPI_TIMESTAMP,
			COMPONENT,
			ASSESSED_LEVEL,
			ASSESSOR,
		};

	/**
	 * A public read-only list of all the '<em><b>Column Meaning</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<ColumnMeaning> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Column Meaning</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static ColumnMeaning get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			ColumnMeaning result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Column Meaning</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static ColumnMeaning getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			ColumnMeaning result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Column Meaning</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static ColumnMeaning get(int value) {
		switch (value) {
			case RESPONDENT_VALUE: return RESPONDENT;
			case SEGMENT_VALUE: return SEGMENT;
			case IMPORTANCE_POINTS_VALUE: return IMPORTANCE_POINTS;
			case KPI_STANDARD_VALUE: return KPI_STANDARD;
			case KPI_VALUE_VALUE: return KPI_VALUE;
			case KPI_TIMESTAMP_VALUE: return KPI_TIMESTAMP;
			case COMPONENT_VALUE: return COMPONENT;
			case ASSESSED_LEVEL_VALUE: return ASSESSED_LEVEL;
			case ASSESSOR_VALUE: return ASSESSOR;
		}
		return null;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private final int value;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private final String name;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private final String literal;

	/**
	 * Only this class can construct instances.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private ColumnMeaning(int value, String name, String literal) {
		this.value = value;
		this.name = name;
		this.literal = literal;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getValue() {
	  return value;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getName() {
	  return name;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getLiteral() {
	  return literal;
	}

	/**
	 * Returns the literal value of the enumerator, which is its string representation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		return literal;
	}
	
} //ColumnMeaning
