/**
 */
package org.crmgap.model;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * <!-- begin-user-doc -->
 * A representation of the literals of the enumeration '<em><b>Communication Channel</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * @see org.crmgap.model.CrmGapPackage#getCommunicationChannel()
 * @model
 * @generated
 */
public enum CommunicationChannel implements Enumerator {
	/**
	 * The '<em><b>ADVERTISING</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ADVERTISING_VALUE
	 * @generated
	 * @ordered
	 */
	ADVERTISING(0, "ADVERTISING", "advertising"),

	/**
	 * The '<em><b>PERSONAL SELLING</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PERSONAL_SELLING_VALUE
	 * @generated
	 * @ordered
	 */
	PERSONAL_SELLING(1, "PERSONAL_SELLING", "personalSelling"),

	/**
	 * The '<em><b>WEB</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #WEB_VALUE
	 * @generated
	 * @ordered
	 */
	WEB(2, "WEB", "web"),

	/**
	 * The '<em><b>SOCIAL</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SOCIAL_VALUE
	 * @generated
	 * @ordered
	 */
	SOCIAL(3, "SOCIAL", "social"),

	/**
	 * The '<em><b>EMAIL</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #EMAIL_VALUE
	 * @generated
	 * @ordered
	 */
	EMAIL(4, "EMAIL", "email"),

	/**
	 * The '<em><b>PHYSICAL EVIDENCE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PHYSICAL_EVIDENCE_VALUE
	 * @generated
	 * @ordered
	 */
	PHYSICAL_EVIDENCE(5, "PHYSICAL_EVIDENCE", "physicalEvidence");

	/**
	 * The '<em><b>ADVERTISING</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ADVERTISING
	 * @model literal="advertising"
	 * @generated
	 * @ordered
	 */
	public static final int ADVERTISING_VALUE = 0;

	/**
	 * The '<em><b>PERSONAL SELLING</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PERSONAL_SELLING
	 * @model literal="personalSelling"
	 * @generated
	 * @ordered
	 */
	public static final int PERSONAL_SELLING_VALUE = 1;

	/**
	 * The '<em><b>WEB</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #WEB
	 * @model literal="web"
	 * @generated
	 * @ordered
	 */
	public static final int WEB_VALUE = 2;

	/**
	 * The '<em><b>SOCIAL</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SOCIAL
	 * @model literal="social"
	 * @generated
	 * @ordered
	 */
	public static final int SOCIAL_VALUE = 3;

	/**
	 * The '<em><b>EMAIL</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #EMAIL
	 * @model literal="email"
	 * @generated
	 * @ordered
	 */
	public static final int EMAIL_VALUE = 4;

	/**
	 * The '<em><b>PHYSICAL EVIDENCE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PHYSICAL_EVIDENCE
	 * @model literal="physicalEvidence"
	 * @generated
	 * @ordered
	 */
	public static final int PHYSICAL_EVIDENCE_VALUE = 5;

	/**
	 * An array of all the '<em><b>Communication Channel</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final CommunicationChannel[] VALUES_ARRAY =
		new CommunicationChannel[] {
			ADVERTISING,
			PERSONAL_SELLING,
			WEB,
			SOCIAL,
			EMAIL,
			PHYSICAL_EVIDENCE,
		};

	/**
	 * A public read-only list of all the '<em><b>Communication Channel</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<CommunicationChannel> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Communication Channel</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static CommunicationChannel get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			CommunicationChannel result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Communication Channel</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static CommunicationChannel getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			CommunicationChannel result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Communication Channel</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static CommunicationChannel get(int value) {
		switch (value) {
			case ADVERTISING_VALUE: return ADVERTISING;
			case PERSONAL_SELLING_VALUE: return PERSONAL_SELLING;
			case WEB_VALUE: return WEB;
			case SOCIAL_VALUE: return SOCIAL;
			case EMAIL_VALUE: return EMAIL;
			case PHYSICAL_EVIDENCE_VALUE: return PHYSICAL_EVIDENCE;
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
	private CommunicationChannel(int value, String name, String literal) {
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
	
} //CommunicationChannel
