/**
 */
package org.crmgap.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Promise</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A claim made to customers about the level of a service standard.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.crmgap.model.Promise#getPromisedLevel <em>Promised Level</em>}</li>
 *   <li>{@link org.crmgap.model.Promise#getCommunication <em>Communication</em>}</li>
 *   <li>{@link org.crmgap.model.Promise#getStandard <em>Standard</em>}</li>
 * </ul>
 *
 * @see org.crmgap.model.CrmGapPackage#getPromise()
 * @model
 * @generated
 */
public interface Promise extends NamedElement, GapEndpoint {
	/**
	 * Returns the value of the '<em><b>Promised Level</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Promised Level</em>' attribute.
	 * @see #setPromisedLevel(double)
	 * @see org.crmgap.model.CrmGapPackage#getPromise_PromisedLevel()
	 * @model
	 * @generated
	 */
	double getPromisedLevel();

	/**
	 * Sets the value of the '{@link org.crmgap.model.Promise#getPromisedLevel <em>Promised Level</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Promised Level</em>' attribute.
	 * @see #getPromisedLevel()
	 * @generated
	 */
	void setPromisedLevel(double value);

	/**
	 * Returns the value of the '<em><b>Communication</b></em>' container reference.
	 * It is bidirectional and its opposite is '{@link org.crmgap.model.Communication#getPromises <em>Promises</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Communication</em>' container reference.
	 * @see #setCommunication(Communication)
	 * @see org.crmgap.model.CrmGapPackage#getPromise_Communication()
	 * @see org.crmgap.model.Communication#getPromises
	 * @model opposite="promises"
	 * @generated
	 */
	Communication getCommunication();

	/**
	 * Sets the value of the '{@link org.crmgap.model.Promise#getCommunication <em>Communication</em>}' container reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Communication</em>' container reference.
	 * @see #getCommunication()
	 * @generated
	 */
	void setCommunication(Communication value);

	/**
	 * Returns the value of the '<em><b>Standard</b></em>' reference.
	 * It is bidirectional and its opposite is '{@link org.crmgap.model.ServiceStandard#getPromises <em>Promises</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Standard</em>' reference.
	 * @see #setStandard(ServiceStandard)
	 * @see org.crmgap.model.CrmGapPackage#getPromise_Standard()
	 * @see org.crmgap.model.ServiceStandard#getPromises
	 * @model opposite="promises" resolveProxies="false"
	 * @generated
	 */
	ServiceStandard getStandard();

	/**
	 * Sets the value of the '{@link org.crmgap.model.Promise#getStandard <em>Standard</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Standard</em>' reference.
	 * @see #getStandard()
	 * @generated
	 */
	void setStandard(ServiceStandard value);

} // Promise
