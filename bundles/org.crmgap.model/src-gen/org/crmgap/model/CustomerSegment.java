/**
 */
package org.crmgap.model;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Customer Segment</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A relationship profile: customers with shared relationship expectations.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.crmgap.model.CustomerSegment#getSize <em>Size</em>}</li>
 *   <li>{@link org.crmgap.model.CustomerSegment#getRelationshipStage <em>Relationship Stage</em>}</li>
 *   <li>{@link org.crmgap.model.CustomerSegment#getExpectedBond <em>Expected Bond</em>}</li>
 *   <li>{@link org.crmgap.model.CustomerSegment#getExpectations <em>Expectations</em>}</li>
 * </ul>
 *
 * @see org.crmgap.model.CrmGapPackage#getCustomerSegment()
 * @model
 * @generated
 */
public interface CustomerSegment extends DataKeyed, GapEndpoint {
	/**
	 * Returns the value of the '<em><b>Size</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Size</em>' attribute.
	 * @see #setSize(int)
	 * @see org.crmgap.model.CrmGapPackage#getCustomerSegment_Size()
	 * @model
	 * @generated
	 */
	int getSize();

	/**
	 * Sets the value of the '{@link org.crmgap.model.CustomerSegment#getSize <em>Size</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Size</em>' attribute.
	 * @see #getSize()
	 * @generated
	 */
	void setSize(int value);

	/**
	 * Returns the value of the '<em><b>Relationship Stage</b></em>' attribute.
	 * The literals are from the enumeration {@link org.crmgap.model.RelationshipStage}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Relationship Stage</em>' attribute.
	 * @see org.crmgap.model.RelationshipStage
	 * @see #setRelationshipStage(RelationshipStage)
	 * @see org.crmgap.model.CrmGapPackage#getCustomerSegment_RelationshipStage()
	 * @model
	 * @generated
	 */
	RelationshipStage getRelationshipStage();

	/**
	 * Sets the value of the '{@link org.crmgap.model.CustomerSegment#getRelationshipStage <em>Relationship Stage</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Relationship Stage</em>' attribute.
	 * @see org.crmgap.model.RelationshipStage
	 * @see #getRelationshipStage()
	 * @generated
	 */
	void setRelationshipStage(RelationshipStage value);

	/**
	 * Returns the value of the '<em><b>Expected Bond</b></em>' attribute.
	 * The literals are from the enumeration {@link org.crmgap.model.BondLevel}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Expected Bond</em>' attribute.
	 * @see org.crmgap.model.BondLevel
	 * @see #setExpectedBond(BondLevel)
	 * @see org.crmgap.model.CrmGapPackage#getCustomerSegment_ExpectedBond()
	 * @model
	 * @generated
	 */
	BondLevel getExpectedBond();

	/**
	 * Sets the value of the '{@link org.crmgap.model.CustomerSegment#getExpectedBond <em>Expected Bond</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Expected Bond</em>' attribute.
	 * @see org.crmgap.model.BondLevel
	 * @see #getExpectedBond()
	 * @generated
	 */
	void setExpectedBond(BondLevel value);

	/**
	 * Returns the value of the '<em><b>Expectations</b></em>' containment reference list.
	 * The list contents are of type {@link org.crmgap.model.Expectation}.
	 * It is bidirectional and its opposite is '{@link org.crmgap.model.Expectation#getSegment <em>Segment</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Expectations</em>' containment reference list.
	 * @see org.crmgap.model.CrmGapPackage#getCustomerSegment_Expectations()
	 * @see org.crmgap.model.Expectation#getSegment
	 * @model opposite="segment" containment="true"
	 * @generated
	 */
	EList<Expectation> getExpectations();

} // CustomerSegment
