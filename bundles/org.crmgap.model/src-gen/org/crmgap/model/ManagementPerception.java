/**
 */
package org.crmgap.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Management Perception</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * What management believes a segment expects on one aspect of service.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.crmgap.model.ManagementPerception#getExpectation <em>Expectation</em>}</li>
 *   <li>{@link org.crmgap.model.ManagementPerception#getEstimatedLevel <em>Estimated Level</em>}</li>
 *   <li>{@link org.crmgap.model.ManagementPerception#getHeldBy <em>Held By</em>}</li>
 *   <li>{@link org.crmgap.model.ManagementPerception#getSource <em>Source</em>}</li>
 * </ul>
 *
 * @see org.crmgap.model.CrmGapPackage#getManagementPerception()
 * @model
 * @generated
 */
public interface ManagementPerception extends NamedElement, GapEndpoint {
	/**
	 * Returns the value of the '<em><b>Expectation</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Expectation</em>' reference.
	 * @see #setExpectation(Expectation)
	 * @see org.crmgap.model.CrmGapPackage#getManagementPerception_Expectation()
	 * @model required="true"
	 * @generated
	 */
	Expectation getExpectation();

	/**
	 * Sets the value of the '{@link org.crmgap.model.ManagementPerception#getExpectation <em>Expectation</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Expectation</em>' reference.
	 * @see #getExpectation()
	 * @generated
	 */
	void setExpectation(Expectation value);

	/**
	 * Returns the value of the '<em><b>Estimated Level</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Estimated Level</em>' attribute.
	 * @see #setEstimatedLevel(Double)
	 * @see org.crmgap.model.CrmGapPackage#getManagementPerception_EstimatedLevel()
	 * @model
	 * @generated
	 */
	Double getEstimatedLevel();

	/**
	 * Sets the value of the '{@link org.crmgap.model.ManagementPerception#getEstimatedLevel <em>Estimated Level</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Estimated Level</em>' attribute.
	 * @see #getEstimatedLevel()
	 * @generated
	 */
	void setEstimatedLevel(Double value);

	/**
	 * Returns the value of the '<em><b>Held By</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Held By</em>' reference.
	 * @see #setHeldBy(OrganisationUnit)
	 * @see org.crmgap.model.CrmGapPackage#getManagementPerception_HeldBy()
	 * @model
	 * @generated
	 */
	OrganisationUnit getHeldBy();

	/**
	 * Sets the value of the '{@link org.crmgap.model.ManagementPerception#getHeldBy <em>Held By</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Held By</em>' reference.
	 * @see #getHeldBy()
	 * @generated
	 */
	void setHeldBy(OrganisationUnit value);

	/**
	 * Returns the value of the '<em><b>Source</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Source</em>' reference.
	 * @see #setSource(DataSource)
	 * @see org.crmgap.model.CrmGapPackage#getManagementPerception_Source()
	 * @model
	 * @generated
	 */
	DataSource getSource();

	/**
	 * Sets the value of the '{@link org.crmgap.model.ManagementPerception#getSource <em>Source</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Source</em>' reference.
	 * @see #getSource()
	 * @generated
	 */
	void setSource(DataSource value);

} // ManagementPerception
