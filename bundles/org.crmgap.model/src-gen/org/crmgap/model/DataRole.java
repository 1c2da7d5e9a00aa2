/**
 */
package org.crmgap.model;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * <!-- begin-user-doc -->
 * A representation of the literals of the enumeration '<em><b>Data Role</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * @see org.crmgap.model.CrmGapPackage#getDataRole()
 * @model
 * @generated
 */
public enum DataRole implements Enumerator {
	/**
	 * The '<em><b>CUSTOMER SURVEY</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CUSTOMER_SURVEY_VALUE
	 * @generated
	 * @ordered
	 */
	CUSTOMER_SURVEY(0, "CUSTOMER_SURVEY", "customerSurvey"),

	/**
	 * The '<em><b>MANAGEMENT SURVEY</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #MANAGEMENT_SURVEY_VALUE
	 * @generated
	 * @ordered
	 */
	MANAGEMENT_SURVEY(1, "MANAGEMENT_SURVEY", "managementSurvey"),

	/**
	 * The '<em><b>KPI MEASUREMENTS</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #KPI_MEASUREMENTS_VALUE
	 * @generated
	 * @ordered
	 */
	KPI_MEASUREMENTS(2, "KPI_MEASUREMENTS", "kpiMeasurements"),

	/**
	 * The '<em><b>INTERNAL ASSESSMENT</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #INTERNAL_ASSESSMENT_VALUE
	 * @generated
	 * @ordered
	 */
	INTERNAL_ASSESSMENT(3, "INTERNAL_ASSESSMENT", "internalAssessment"),

	/**
	 * The '<em><b>SEGMENT ASSIGNMENT</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Assigns each respondent of the customer survey to a segment: its respondent column and its segment column (a segment's data key, else its name), e.g. the file crmgap profiles --assignments writes.
	 * <!-- end-model-doc -->
	 * @see #SEGMENT_ASSIGNMENT_VALUE
	 * @generated
	 * @ordered
	 */
	SEGMENT_ASSIGNMENT(4, "SEGMENT_ASSIGNMENT", "segmentAssignment");

	/**
	 * The '<em><b>CUSTOMER SURVEY</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CUSTOMER_SURVEY
	 * @model literal="customerSurvey"
	 * @generated
	 * @ordered
	 */
	public static final int CUSTOMER_SURVEY_VALUE = 0;

	/**
	 * The '<em><b>MANAGEMENT SURVEY</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #MANAGEMENT_SURVEY
	 * @model literal="managementSurvey"
	 * @generated
	 * @ordered
	 */
	public static final int MANAGEMENT_SURVEY_VALUE = 1;

	/**
	 * The '<em><b>KPI MEASUREMENTS</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #KPI_MEASUREMENTS
	 * @model literal="kpiMeasurements"
	 * @generated
	 * @ordered
	 */
	public static final int KPI_MEASUREMENTS_VALUE = 2;

	/**
	 * The '<em><b>INTERNAL ASSESSMENT</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #INTERNAL_ASSESSMENT
	 * @model literal="internalAssessment"
	 * @generated
	 * @ordered
	 */
	public static final int INTERNAL_ASSESSMENT_VALUE = 3;

	/**
	 * The '<em><b>SEGMENT ASSIGNMENT</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Assigns each respondent of the customer survey to a segment: its respondent column and its segment column (a segment's data key, else its name), e.g. the file crmgap profiles --assignments writes.
	 * <!-- end-model-doc -->
	 * @see #SEGMENT_ASSIGNMENT
	 * @model literal="segmentAssignment"
	 * @generated
	 * @ordered
	 */
	public static final int SEGMENT_ASSIGNMENT_VALUE = 4;

	/**
	 * An array of all the '<em><b>Data Role</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final DataRole[] VALUES_ARRAY =
		new DataRole[] {
			CUSTOMER_SURVEY,
			MANAGEMENT_SURVEY,
			KPI_MEASUREMENTS,
			INTERNAL_ASSESSMENT,
			SEGMENT_ASSIGNMENT,
		};

	/**
	 * A public read-only list of all the '<em><b>Data Role</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<DataRole> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Data Role</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static DataRole get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			DataRole result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Data Role</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static DataRole getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			DataRole result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Data Role</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static DataRole get(int value) {
		switch (value) {
			case CUSTOMER_SURVEY_VALUE: return CUSTOMER_SURVEY;
			case MANAGEMENT_SURVEY_VALUE: return MANAGEMENT_SURVEY;
			case KPI_MEASUREMENTS_VALUE: return KPI_MEASUREMENTS;
			case INTERNAL_ASSESSMENT_VALUE: return INTERNAL_ASSESSMENT;
			case SEGMENT_ASSIGNMENT_VALUE: return SEGMENT_ASSIGNMENT;
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
	private DataRole(int value, String name, String literal) {
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
	
} //DataRole
