/**
 */
package org.crmgap.model;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * <!-- begin-user-doc -->
 * A representation of the literals of the enumeration '<em><b>Interaction Channel</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * @see org.crmgap.model.CrmGapPackage#getInteractionChannel()
 * @model
 * @generated
 */
public enum InteractionChannel implements Enumerator {
	/**
	 * The '<em><b>BRANCH</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #BRANCH_VALUE
	 * @generated
	 * @ordered
	 */
	BRANCH(0, "BRANCH", "branch"),

	/**
	 * The '<em><b>PHONE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PHONE_VALUE
	 * @generated
	 * @ordered
	 */
	PHONE(1, "PHONE", "phone"),

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
	 * The '<em><b>MOBILE APP</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #MOBILE_APP_VALUE
	 * @generated
	 * @ordered
	 */
	MOBILE_APP(3, "MOBILE_APP", "mobileApp"),

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
	 * The '<em><b>CHAT</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CHAT_VALUE
	 * @generated
	 * @ordered
	 */
	CHAT(5, "CHAT", "chat"),

	/**
	 * The '<em><b>ADVISOR VISIT</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ADVISOR_VISIT_VALUE
	 * @generated
	 * @ordered
	 */
	ADVISOR_VISIT(6, "ADVISOR_VISIT", "advisorVisit"),

	/**
	 * The '<em><b>SELF SERVICE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SELF_SERVICE_VALUE
	 * @generated
	 * @ordered
	 */
	SELF_SERVICE(7, "SELF_SERVICE", "selfService"),

	/**
	 * The '<em><b>MAIL</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #MAIL_VALUE
	 * @generated
	 * @ordered
	 */
	MAIL(8, "MAIL", "mail");

	/**
	 * The '<em><b>BRANCH</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #BRANCH
	 * @model literal="branch"
	 * @generated
	 * @ordered
	 */
	public static final int BRANCH_VALUE = 0;

	/**
	 * The '<em><b>PHONE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PHONE
	 * @model literal="phone"
	 * @generated
	 * @ordered
	 */
	public static final int PHONE_VALUE = 1;

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
	 * The '<em><b>MOBILE APP</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #MOBILE_APP
	 * @model literal="mobileApp"
	 * @generated
	 * @ordered
	 */
	public static final int MOBILE_APP_VALUE = 3;

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
	 * The '<em><b>CHAT</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CHAT
	 * @model literal="chat"
	 * @generated
	 * @ordered
	 */
	public static final int CHAT_VALUE = 5;

	/**
	 * The '<em><b>ADVISOR VISIT</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ADVISOR_VISIT
	 * @model literal="advisorVisit"
	 * @generated
	 * @ordered
	 */
	public static final int ADVISOR_VISIT_VALUE = 6;

	/**
	 * The '<em><b>SELF SERVICE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SELF_SERVICE
	 * @model literal="selfService"
	 * @generated
	 * @ordered
	 */
	public static final int SELF_SERVICE_VALUE = 7;

	/**
	 * The '<em><b>MAIL</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #MAIL
	 * @model literal="mail"
	 * @generated
	 * @ordered
	 */
	public static final int MAIL_VALUE = 8;

	/**
	 * An array of all the '<em><b>Interaction Channel</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final InteractionChannel[] VALUES_ARRAY =
		new InteractionChannel[] {
			BRANCH,
			PHONE,
			WEB,
			MOBILE_APP,
			EMAIL,
			CHAT,
			ADVISOR_VISIT,
			SELF_SERVICE,
			MAIL,
		};

	/**
	 * A public read-only list of all the '<em><b>Interaction Channel</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<InteractionChannel> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Interaction Channel</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static InteractionChannel get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			InteractionChannel result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Interaction Channel</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static InteractionChannel getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			InteractionChannel result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Interaction Channel</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static InteractionChannel get(int value) {
		switch (value) {
			case BRANCH_VALUE: return BRANCH;
			case PHONE_VALUE: return PHONE;
			case WEB_VALUE: return WEB;
			case MOBILE_APP_VALUE: return MOBILE_APP;
			case EMAIL_VALUE: return EMAIL;
			case CHAT_VALUE: return CHAT;
			case ADVISOR_VISIT_VALUE: return ADVISOR_VISIT;
			case SELF_SERVICE_VALUE: return SELF_SERVICE;
			case MAIL_VALUE: return MAIL;
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
	private InteractionChannel(int value, String name, String literal) {
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
	
} //InteractionChannel
