/**
 */
package org.crmgap.model;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * <!-- begin-user-doc -->
 * A representation of the literals of the enumeration '<em><b>Bond Level</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * @see org.crmgap.model.CrmGapPackage#getBondLevel()
 * @model
 * @generated
 */
public enum BondLevel implements Enumerator {
	/**
	 * The '<em><b>FINANCIAL</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #FINANCIAL_VALUE
	 * @generated
	 * @ordered
	 */
	FINANCIAL(1, "FINANCIAL", "financial"),

	/**
	 * The '<em><b>SOCIAL</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SOCIAL_VALUE
	 * @generated
	 * @ordered
	 */
	SOCIAL(2, "SOCIAL", "social"),

	/**
	 * The '<em><b>CUSTOMISATION</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CUSTOMISATION_VALUE
	 * @generated
	 * @ordered
	 */
	CUSTOMISATION(3, "CUSTOMISATION", "customisation"),

	/**
	 * The '<em><b>STRUCTURAL</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #STRUCTURAL_VALUE
	 * @generated
	 * @ordered
	 */
	STRUCTURAL(4, "STRUCTURAL", "structural");

	/**
	 * The '<em><b>FINANCIAL</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #FINANCIAL
	 * @model literal="financial"
	 * @generated
	 * @ordered
	 */
	public static final int FINANCIAL_VALUE = 1;

	/**
	 * The '<em><b>SOCIAL</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SOCIAL
	 * @model literal="social"
	 * @generated
	 * @ordered
	 */
	public static final int SOCIAL_VALUE = 2;

	/**
	 * The '<em><b>CUSTOMISATION</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CUSTOMISATION
	 * @model literal="customisation"
	 * @generated
	 * @ordered
	 */
	public static final int CUSTOMISATION_VALUE = 3;

	/**
	 * The '<em><b>STRUCTURAL</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #STRUCTURAL
	 * @model literal="structural"
	 * @generated
	 * @ordered
	 */
	public static final int STRUCTURAL_VALUE = 4;

	/**
	 * An array of all the '<em><b>Bond Level</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final BondLevel[] VALUES_ARRAY =
		new BondLevel[] {
			FINANCIAL,
			SOCIAL,
			CUSTOMISATION,
			STRUCTURAL,
		};

	/**
	 * A public read-only list of all the '<em><b>Bond Level</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<BondLevel> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Bond Level</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static BondLevel get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			BondLevel result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Bond Level</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static BondLevel getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			BondLevel result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Bond Level</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static BondLevel get(int value) {
		switch (value) {
			case FINANCIAL_VALUE: return FINANCIAL;
			case SOCIAL_VALUE: return SOCIAL;
			case CUSTOMISATION_VALUE: return CUSTOMISATION;
			case STRUCTURAL_VALUE: return STRUCTURAL;
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
	private BondLevel(int value, String name, String literal) {
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
	
} //BondLevel
