/**
 */
package org.crmgap.model;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Communication</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * An external communication to customers.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.crmgap.model.Communication#getChannel <em>Channel</em>}</li>
 *   <li>{@link org.crmgap.model.Communication#getAudience <em>Audience</em>}</li>
 *   <li>{@link org.crmgap.model.Communication#getIssuer <em>Issuer</em>}</li>
 *   <li>{@link org.crmgap.model.Communication#getPromises <em>Promises</em>}</li>
 * </ul>
 *
 * @see org.crmgap.model.CrmGapPackage#getCommunication()
 * @model
 * @generated
 */
public interface Communication extends NamedElement, GapEndpoint {
	/**
	 * Returns the value of the '<em><b>Channel</b></em>' attribute.
	 * The literals are from the enumeration {@link org.crmgap.model.CommunicationChannel}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Channel</em>' attribute.
	 * @see org.crmgap.model.CommunicationChannel
	 * @see #setChannel(CommunicationChannel)
	 * @see org.crmgap.model.CrmGapPackage#getCommunication_Channel()
	 * @model
	 * @generated
	 */
	CommunicationChannel getChannel();

	/**
	 * Sets the value of the '{@link org.crmgap.model.Communication#getChannel <em>Channel</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Channel</em>' attribute.
	 * @see org.crmgap.model.CommunicationChannel
	 * @see #getChannel()
	 * @generated
	 */
	void setChannel(CommunicationChannel value);

	/**
	 * Returns the value of the '<em><b>Audience</b></em>' reference list.
	 * The list contents are of type {@link org.crmgap.model.CustomerSegment}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Audience</em>' reference list.
	 * @see org.crmgap.model.CrmGapPackage#getCommunication_Audience()
	 * @model
	 * @generated
	 */
	EList<CustomerSegment> getAudience();

	/**
	 * Returns the value of the '<em><b>Issuer</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Issuer</em>' reference.
	 * @see #setIssuer(OrganisationUnit)
	 * @see org.crmgap.model.CrmGapPackage#getCommunication_Issuer()
	 * @model
	 * @generated
	 */
	OrganisationUnit getIssuer();

	/**
	 * Sets the value of the '{@link org.crmgap.model.Communication#getIssuer <em>Issuer</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Issuer</em>' reference.
	 * @see #getIssuer()
	 * @generated
	 */
	void setIssuer(OrganisationUnit value);

	/**
	 * Returns the value of the '<em><b>Promises</b></em>' containment reference list.
	 * The list contents are of type {@link org.crmgap.model.Promise}.
	 * It is bidirectional and its opposite is '{@link org.crmgap.model.Promise#getCommunication <em>Communication</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Promises</em>' containment reference list.
	 * @see org.crmgap.model.CrmGapPackage#getCommunication_Promises()
	 * @see org.crmgap.model.Promise#getCommunication
	 * @model opposite="communication" containment="true"
	 * @generated
	 */
	EList<Promise> getPromises();

} // Communication
