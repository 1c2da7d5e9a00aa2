/**
 */
package org.crmgap.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Crm Component</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * An organisational, technological or human part of the CRM system, run by its owner unit.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.crmgap.model.CrmComponent#getKind <em>Kind</em>}</li>
 *   <li>{@link org.crmgap.model.CrmComponent#getRequiredLevel <em>Required Level</em>}</li>
 *   <li>{@link org.crmgap.model.CrmComponent#getAssessedLevel <em>Assessed Level</em>}</li>
 *   <li>{@link org.crmgap.model.CrmComponent#getOwnerUnit <em>Owner Unit</em>}</li>
 * </ul>
 *
 * @see org.crmgap.model.CrmGapPackage#getCrmComponent()
 * @model
 * @generated
 */
public interface CrmComponent extends DataKeyed, GapEndpoint {
	/**
	 * Returns the value of the '<em><b>Kind</b></em>' attribute.
	 * The literals are from the enumeration {@link org.crmgap.model.ComponentKind}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Kind</em>' attribute.
	 * @see org.crmgap.model.ComponentKind
	 * @see #setKind(ComponentKind)
	 * @see org.crmgap.model.CrmGapPackage#getCrmComponent_Kind()
	 * @model
	 * @generated
	 */
	ComponentKind getKind();

	/**
	 * Sets the value of the '{@link org.crmgap.model.CrmComponent#getKind <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Kind</em>' attribute.
	 * @see org.crmgap.model.ComponentKind
	 * @see #getKind()
	 * @generated
	 */
	void setKind(ComponentKind value);

	/**
	 * Returns the value of the '<em><b>Required Level</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Required Level</em>' attribute.
	 * @see #setRequiredLevel(double)
	 * @see org.crmgap.model.CrmGapPackage#getCrmComponent_RequiredLevel()
	 * @model
	 * @generated
	 */
	double getRequiredLevel();

	/**
	 * Sets the value of the '{@link org.crmgap.model.CrmComponent#getRequiredLevel <em>Required Level</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Required Level</em>' attribute.
	 * @see #getRequiredLevel()
	 * @generated
	 */
	void setRequiredLevel(double value);

	/**
	 * Returns the value of the '<em><b>Assessed Level</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Assessed readiness entered by hand; an internal assessment data source overrides it when attached.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Assessed Level</em>' attribute.
	 * @see #setAssessedLevel(Double)
	 * @see org.crmgap.model.CrmGapPackage#getCrmComponent_AssessedLevel()
	 * @model
	 * @generated
	 */
	Double getAssessedLevel();

	/**
	 * Sets the value of the '{@link org.crmgap.model.CrmComponent#getAssessedLevel <em>Assessed Level</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Assessed Level</em>' attribute.
	 * @see #getAssessedLevel()
	 * @generated
	 */
	void setAssessedLevel(Double value);

	/**
	 * Returns the value of the '<em><b>Owner Unit</b></em>' container reference.
	 * It is bidirectional and its opposite is '{@link org.crmgap.model.OrganisationUnit#getComponents <em>Components</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Owner Unit</em>' container reference.
	 * @see #setOwnerUnit(OrganisationUnit)
	 * @see org.crmgap.model.CrmGapPackage#getCrmComponent_OwnerUnit()
	 * @see org.crmgap.model.OrganisationUnit#getComponents
	 * @model opposite="components"
	 * @generated
	 */
	OrganisationUnit getOwnerUnit();

	/**
	 * Sets the value of the '{@link org.crmgap.model.CrmComponent#getOwnerUnit <em>Owner Unit</em>}' container reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Owner Unit</em>' container reference.
	 * @see #getOwnerUnit()
	 * @generated
	 */
	void setOwnerUnit(OrganisationUnit value);

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * required - assessed level, or null while the component has no assessment.
	 * <!-- end-model-doc -->
	 * @model
	 * @generated
	 */
	Double shortfall();

} // CrmComponent
