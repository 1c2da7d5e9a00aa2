/**
 */
package org.crmgap.model;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * <!-- begin-user-doc -->
 * A representation of the literals of the enumeration '<em><b>Gap Kind</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * @see org.crmgap.model.CrmGapPackage#getGapKind()
 * @model
 * @generated
 */
public enum GapKind implements Enumerator {
	/**
	 * The '<em><b>KNOWLEDGE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Gap 1: customer expectations vs management's perception of them.
	 * <!-- end-model-doc -->
	 * @see #KNOWLEDGE_VALUE
	 * @generated
	 * @ordered
	 */
	KNOWLEDGE(0, "KNOWLEDGE", "knowledge"),

	/**
	 * The '<em><b>POLICY</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Gap 2: management's perception vs the service designs and standards.
	 * <!-- end-model-doc -->
	 * @see #POLICY_VALUE
	 * @generated
	 * @ordered
	 */
	POLICY(1, "POLICY", "policy"),

	/**
	 * The '<em><b>DELIVERY</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Gap 3: the standards vs the service delivered.
	 * <!-- end-model-doc -->
	 * @see #DELIVERY_VALUE
	 * @generated
	 * @ordered
	 */
	DELIVERY(2, "DELIVERY", "delivery"),

	/**
	 * The '<em><b>COMMUNICATION</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Gap 4: the service delivered vs what external communications promised.
	 * <!-- end-model-doc -->
	 * @see #COMMUNICATION_VALUE
	 * @generated
	 * @ordered
	 */
	COMMUNICATION(3, "COMMUNICATION", "communication"),

	/**
	 * The '<em><b>CUSTOMER</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Gap 5: customer expectations vs customer perceptions.
	 * <!-- end-model-doc -->
	 * @see #CUSTOMER_VALUE
	 * @generated
	 * @ordered
	 */
	CUSTOMER(4, "CUSTOMER", "customer"),

	/**
	 * The '<em><b>VALUE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Value expected vs value experienced.
	 * <!-- end-model-doc -->
	 * @see #VALUE_VALUE
	 * @generated
	 * @ordered
	 */
	VALUE(5, "VALUE", "value"),

	/**
	 * The '<em><b>COMPONENT READINESS</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * DIE internal gap: required vs assessed level of CRM components.
	 * <!-- end-model-doc -->
	 * @see #COMPONENT_READINESS_VALUE
	 * @generated
	 * @ordered
	 */
	COMPONENT_READINESS(6, "COMPONENT_READINESS", "componentReadiness"),

	/**
	 * The '<em><b>COHERENCE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * DIE internal gap: spread of readiness across components and units (coordination).
	 * <!-- end-model-doc -->
	 * @see #COHERENCE_VALUE
	 * @generated
	 * @ordered
	 */
	COHERENCE(7, "COHERENCE", "coherence");

	/**
	 * The '<em><b>KNOWLEDGE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Gap 1: customer expectations vs management's perception of them.
	 * <!-- end-model-doc -->
	 * @see #KNOWLEDGE
	 * @model literal="knowledge"
	 * @generated
	 * @ordered
	 */
	public static final int KNOWLEDGE_VALUE = 0;

	/**
	 * The '<em><b>POLICY</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Gap 2: management's perception vs the service designs and standards.
	 * <!-- end-model-doc -->
	 * @see #POLICY
	 * @model literal="policy"
	 * @generated
	 * @ordered
	 */
	public static final int POLICY_VALUE = 1;

	/**
	 * The '<em><b>DELIVERY</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Gap 3: the standards vs the service delivered.
	 * <!-- end-model-doc -->
	 * @see #DELIVERY
	 * @model literal="delivery"
	 * @generated
	 * @ordered
	 */
	public static final int DELIVERY_VALUE = 2;

	/**
	 * The '<em><b>COMMUNICATION</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Gap 4: the service delivered vs what external communications promised.
	 * <!-- end-model-doc -->
	 * @see #COMMUNICATION
	 * @model literal="communication"
	 * @generated
	 * @ordered
	 */
	public static final int COMMUNICATION_VALUE = 3;

	/**
	 * The '<em><b>CUSTOMER</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Gap 5: customer expectations vs customer perceptions.
	 * <!-- end-model-doc -->
	 * @see #CUSTOMER
	 * @model literal="customer"
	 * @generated
	 * @ordered
	 */
	public static final int CUSTOMER_VALUE = 4;

	/**
	 * The '<em><b>VALUE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Value expected vs value experienced.
	 * <!-- end-model-doc -->
	 * @see #VALUE
	 * @model literal="value"
	 * @generated
	 * @ordered
	 */
	public static final int VALUE_VALUE = 5;

	/**
	 * The '<em><b>COMPONENT READINESS</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * DIE internal gap: required vs assessed level of CRM components.
	 * <!-- end-model-doc -->
	 * @see #COMPONENT_READINESS
	 * @model literal="componentReadiness"
	 * @generated
	 * @ordered
	 */
	public static final int COMPONENT_READINESS_VALUE = 6;

	/**
	 * The '<em><b>COHERENCE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * DIE internal gap: spread of readiness across components and units (coordination).
	 * <!-- end-model-doc -->
	 * @see #COHERENCE
	 * @model literal="coherence"
	 * @generated
	 * @ordered
	 */
	public static final int COHERENCE_VALUE = 7;

	/**
	 * An array of all the '<em><b>Gap Kind</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final GapKind[] VALUES_ARRAY =
		new GapKind[] {
			KNOWLEDGE,
			POLICY,
			DELIVERY,
			COMMUNICATION,
			CUSTOMER,
			VALUE,
			COMPONENT_READINESS,
			COHERENCE,
		};

	/**
	 * A public read-only list of all the '<em><b>Gap Kind</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<GapKind> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Gap Kind</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static GapKind get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			GapKind result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Gap Kind</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static GapKind getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			GapKind result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Gap Kind</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static GapKind get(int value) {
		switch (value) {
			case KNOWLEDGE_VALUE: return KNOWLEDGE;
			case POLICY_VALUE: return POLICY;
			case DELIVERY_VALUE: return DELIVERY;
			case COMMUNICATION_VALUE: return COMMUNICATION;
			case CUSTOMER_VALUE: return CUSTOMER;
			case VALUE_VALUE: return VALUE;
			case COMPONENT_READINESS_VALUE: return COMPONENT_READINESS;
			case COHERENCE_VALUE: return COHERENCE;
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
	private GapKind(int value, String name, String literal) {
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
	
} //GapKind
