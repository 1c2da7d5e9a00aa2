/**
 */
package org.crmgap.model;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Interaction Flow</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A designed interaction with customers at a touchpoint.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.crmgap.model.InteractionFlow#getChannel <em>Channel</em>}</li>
 *   <li>{@link org.crmgap.model.InteractionFlow#getBond <em>Bond</em>}</li>
 *   <li>{@link org.crmgap.model.InteractionFlow#getPerformer <em>Performer</em>}</li>
 *   <li>{@link org.crmgap.model.InteractionFlow#getServedSegments <em>Served Segments</em>}</li>
 *   <li>{@link org.crmgap.model.InteractionFlow#getRealisedStandards <em>Realised Standards</em>}</li>
 * </ul>
 *
 * @see org.crmgap.model.CrmGapPackage#getInteractionFlow()
 * @model
 * @generated
 */
public interface InteractionFlow extends NamedElement, GapEndpoint {
	/**
	 * Returns the value of the '<em><b>Channel</b></em>' attribute.
	 * The literals are from the enumeration {@link org.crmgap.model.InteractionChannel}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Channel</em>' attribute.
	 * @see org.crmgap.model.InteractionChannel
	 * @see #setChannel(InteractionChannel)
	 * @see org.crmgap.model.CrmGapPackage#getInteractionFlow_Channel()
	 * @model
	 * @generated
	 */
	InteractionChannel getChannel();

	/**
	 * Sets the value of the '{@link org.crmgap.model.InteractionFlow#getChannel <em>Channel</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Channel</em>' attribute.
	 * @see org.crmgap.model.InteractionChannel
	 * @see #getChannel()
	 * @generated
	 */
	void setChannel(InteractionChannel value);

	/**
	 * Returns the value of the '<em><b>Bond</b></em>' attribute.
	 * The literals are from the enumeration {@link org.crmgap.model.BondLevel}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Bond</em>' attribute.
	 * @see org.crmgap.model.BondLevel
	 * @see #setBond(BondLevel)
	 * @see org.crmgap.model.CrmGapPackage#getInteractionFlow_Bond()
	 * @model
	 * @generated
	 */
	BondLevel getBond();

	/**
	 * Sets the value of the '{@link org.crmgap.model.InteractionFlow#getBond <em>Bond</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Bond</em>' attribute.
	 * @see org.crmgap.model.BondLevel
	 * @see #getBond()
	 * @generated
	 */
	void setBond(BondLevel value);

	/**
	 * Returns the value of the '<em><b>Performer</b></em>' reference.
	 * It is bidirectional and its opposite is '{@link org.crmgap.model.OrganisationUnit#getPerformedFlows <em>Performed Flows</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Performer</em>' reference.
	 * @see #setPerformer(OrganisationUnit)
	 * @see org.crmgap.model.CrmGapPackage#getInteractionFlow_Performer()
	 * @see org.crmgap.model.OrganisationUnit#getPerformedFlows
	 * @model opposite="performedFlows" resolveProxies="false"
	 * @generated
	 */
	OrganisationUnit getPerformer();

	/**
	 * Sets the value of the '{@link org.crmgap.model.InteractionFlow#getPerformer <em>Performer</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Performer</em>' reference.
	 * @see #getPerformer()
	 * @generated
	 */
	void setPerformer(OrganisationUnit value);

	/**
	 * Returns the value of the '<em><b>Served Segments</b></em>' reference list.
	 * The list contents are of type {@link org.crmgap.model.CustomerSegment}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Served Segments</em>' reference list.
	 * @see org.crmgap.model.CrmGapPackage#getInteractionFlow_ServedSegments()
	 * @model
	 * @generated
	 */
	EList<CustomerSegment> getServedSegments();

	/**
	 * Returns the value of the '<em><b>Realised Standards</b></em>' reference list.
	 * The list contents are of type {@link org.crmgap.model.ServiceStandard}.
	 * It is bidirectional and its opposite is '{@link org.crmgap.model.ServiceStandard#getRealisingFlows <em>Realising Flows</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Realised Standards</em>' reference list.
	 * @see org.crmgap.model.CrmGapPackage#getInteractionFlow_RealisedStandards()
	 * @see org.crmgap.model.ServiceStandard#getRealisingFlows
	 * @model opposite="realisingFlows" resolveProxies="false"
	 * @generated
	 */
	EList<ServiceStandard> getRealisedStandards();

} // InteractionFlow
