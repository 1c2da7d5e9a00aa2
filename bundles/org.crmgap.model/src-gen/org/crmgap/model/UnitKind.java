/**
 */
package org.crmgap.model;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * <!-- begin-user-doc -->
 * A representation of the literals of the enumeration '<em><b>Unit Kind</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * @see org.crmgap.model.CrmGapPackage#getUnitKind()
 * @model
 * @generated
 */
public enum UnitKind implements Enumerator {
	/**
	 * The '<em><b>MANAGEMENT</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #MANAGEMENT_VALUE
	 * @generated
	 * @ordered
	 */
	MANAGEMENT(0, "MANAGEMENT", "management"),

	/**
	 * The '<em><b>FRONT OFFICE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #FRONT_OFFICE_VALUE
	 * @generated
	 * @ordered
	 */
	FRONT_OFFICE(1, "FRONT_OFFICE", "frontOffice"),

	/**
	 * The '<em><b>BACK OFFICE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #BACK_OFFICE_VALUE
	 * @generated
	 * @ordered
	 */
	BACK_OFFICE(2, "BACK_OFFICE", "backOffice"),

	/**
	 * The '<em><b>IT</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #IT_VALUE
	 * @generated
	 * @ordered
	 */
	IT(3, "IT", "it"),

	/**
	 * The '<em><b>MARKETING</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #MARKETING_VALUE
	 * @generated
	 * @ordered
	 */
	MARKETING(4, "MARKETING", "marketing"),

	/**
	 * The '<em><b>PARTNER</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PARTNER_VALUE
	 * @generated
	 * @ordered
	 */
	PARTNER(5, "PARTNER", "partner");

	/**
	 * The '<em><b>MANAGEMENT</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #MANAGEMENT
	 * @model literal="management"
	 * @generated
	 * @ordered
	 */
	public static final int MANAGEMENT_VALUE = 0;

	/**
	 * The '<em><b>FRONT OFFICE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #FRONT_OFFICE
	 * @model literal="frontOffice"
	 * @generated
	 * @ordered
	 */
	public static final int FRONT_OFFICE_VALUE = 1;

	/**
	 * The '<em><b>BACK OFFICE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #BACK_OFFICE
	 * @model literal="backOffice"
	 * @generated
	 * @ordered
	 */
	public static final int BACK_OFFICE_VALUE = 2;

	/**
	 * The '<em><b>IT</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #IT
	 * @model literal="it"
	 * @generated
	 * @ordered
	 */
	public static final int IT_VALUE = 3;

	/**
	 * The '<em><b>MARKETING</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #MARKETING
	 * @model literal="marketing"
	 * @generated
	 * @ordered
	 */
	public static final int MARKETING_VALUE = 4;

	/**
	 * The '<em><b>PARTNER</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PARTNER
	 * @model literal="partner"
	 * @generated
	 * @ordered
	 */
	public static final int PARTNER_VALUE = 5;

	/**
	 * An array of all the '<em><b>Unit Kind</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final UnitKind[] VALUES_ARRAY =
		new UnitKind[] {
			MANAGEMENT,
			FRONT_OFFICE,
			BACK_OFFICE,
			IT,
			MARKETING,
			PARTNER,
		};

	/**
	 * A public read-only list of all the '<em><b>Unit Kind</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<UnitKind> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Unit Kind</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static UnitKind get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			UnitKind result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Unit Kind</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static UnitKind getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			UnitKind result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Unit Kind</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static UnitKind get(int value) {
		switch (value) {
			case MANAGEMENT_VALUE: return MANAGEMENT;
			case FRONT_OFFICE_VALUE: return FRONT_OFFICE;
			case BACK_OFFICE_VALUE: return BACK_OFFICE;
			case IT_VALUE: return IT;
			case MARKETING_VALUE: return MARKETING;
			case PARTNER_VALUE: return PARTNER;
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
	private UnitKind(int value, String name, String literal) {
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
	
} //UnitKind
