/**
 */
package org.crmgap.model;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Organisation Unit</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.crmgap.model.OrganisationUnit#getKind <em>Kind</em>}</li>
 *   <li>{@link org.crmgap.model.OrganisationUnit#getParentUnit <em>Parent Unit</em>}</li>
 *   <li>{@link org.crmgap.model.OrganisationUnit#getSubUnits <em>Sub Units</em>}</li>
 *   <li>{@link org.crmgap.model.OrganisationUnit#getComponents <em>Components</em>}</li>
 *   <li>{@link org.crmgap.model.OrganisationUnit#getOwnedStandards <em>Owned Standards</em>}</li>
 *   <li>{@link org.crmgap.model.OrganisationUnit#getPerformedFlows <em>Performed Flows</em>}</li>
 * </ul>
 *
 * @see org.crmgap.model.CrmGapPackage#getOrganisationUnit()
 * @model
 * @generated
 */
public interface OrganisationUnit extends NamedElement, GapEndpoint {
	/**
	 * Returns the value of the '<em><b>Kind</b></em>' attribute.
	 * The literals are from the enumeration {@link org.crmgap.model.UnitKind}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Kind</em>' attribute.
	 * @see org.crmgap.model.UnitKind
	 * @see #setKind(UnitKind)
	 * @see org.crmgap.model.CrmGapPackage#getOrganisationUnit_Kind()
	 * @model
	 * @generated
	 */
	UnitKind getKind();

	/**
	 * Sets the value of the '{@link org.crmgap.model.OrganisationUnit#getKind <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Kind</em>' attribute.
	 * @see org.crmgap.model.UnitKind
	 * @see #getKind()
	 * @generated
	 */
	void setKind(UnitKind value);

	/**
	 * Returns the value of the '<em><b>Parent Unit</b></em>' container reference.
	 * It is bidirectional and its opposite is '{@link org.crmgap.model.OrganisationUnit#getSubUnits <em>Sub Units</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Parent Unit</em>' container reference.
	 * @see #setParentUnit(OrganisationUnit)
	 * @see org.crmgap.model.CrmGapPackage#getOrganisationUnit_ParentUnit()
	 * @see org.crmgap.model.OrganisationUnit#getSubUnits
	 * @model opposite="subUnits"
	 * @generated
	 */
	OrganisationUnit getParentUnit();

	/**
	 * Sets the value of the '{@link org.crmgap.model.OrganisationUnit#getParentUnit <em>Parent Unit</em>}' container reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Parent Unit</em>' container reference.
	 * @see #getParentUnit()
	 * @generated
	 */
	void setParentUnit(OrganisationUnit value);

	/**
	 * Returns the value of the '<em><b>Sub Units</b></em>' containment reference list.
	 * The list contents are of type {@link org.crmgap.model.OrganisationUnit}.
	 * It is bidirectional and its opposite is '{@link org.crmgap.model.OrganisationUnit#getParentUnit <em>Parent Unit</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Sub Units</em>' containment reference list.
	 * @see org.crmgap.model.CrmGapPackage#getOrganisationUnit_SubUnits()
	 * @see org.crmgap.model.OrganisationUnit#getParentUnit
	 * @model opposite="parentUnit" containment="true"
	 * @generated
	 */
	EList<OrganisationUnit> getSubUnits();

	/**
	 * Returns the value of the '<em><b>Components</b></em>' containment reference list.
	 * The list contents are of type {@link org.crmgap.model.CrmComponent}.
	 * It is bidirectional and its opposite is '{@link org.crmgap.model.CrmComponent#getOwnerUnit <em>Owner Unit</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Components</em>' containment reference list.
	 * @see org.crmgap.model.CrmGapPackage#getOrganisationUnit_Components()
	 * @see org.crmgap.model.CrmComponent#getOwnerUnit
	 * @model opposite="ownerUnit" containment="true"
	 * @generated
	 */
	EList<CrmComponent> getComponents();

	/**
	 * Returns the value of the '<em><b>Owned Standards</b></em>' reference list.
	 * The list contents are of type {@link org.crmgap.model.ServiceStandard}.
	 * It is bidirectional and its opposite is '{@link org.crmgap.model.ServiceStandard#getOwnerUnit <em>Owner Unit</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Owned Standards</em>' reference list.
	 * @see org.crmgap.model.CrmGapPackage#getOrganisationUnit_OwnedStandards()
	 * @see org.crmgap.model.ServiceStandard#getOwnerUnit
	 * @model opposite="ownerUnit" transient="true"
	 * @generated
	 */
	EList<ServiceStandard> getOwnedStandards();

	/**
	 * Returns the value of the '<em><b>Performed Flows</b></em>' reference list.
	 * The list contents are of type {@link org.crmgap.model.InteractionFlow}.
	 * It is bidirectional and its opposite is '{@link org.crmgap.model.InteractionFlow#getPerformer <em>Performer</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Performed Flows</em>' reference list.
	 * @see org.crmgap.model.CrmGapPackage#getOrganisationUnit_PerformedFlows()
	 * @see org.crmgap.model.InteractionFlow#getPerformer
	 * @model opposite="performer" transient="true"
	 * @generated
	 */
	EList<InteractionFlow> getPerformedFlows();

} // OrganisationUnit
