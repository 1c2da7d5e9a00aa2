/**
 */
package org.crmgap.model;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Service Standard</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A customer-defined service standard: a metric, a target and the direction in which it is met.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.crmgap.model.ServiceStandard#getMetric <em>Metric</em>}</li>
 *   <li>{@link org.crmgap.model.ServiceStandard#getTarget <em>Target</em>}</li>
 *   <li>{@link org.crmgap.model.ServiceStandard#getUnit <em>Unit</em>}</li>
 *   <li>{@link org.crmgap.model.ServiceStandard#getDirection <em>Direction</em>}</li>
 *   <li>{@link org.crmgap.model.ServiceStandard#getTolerance <em>Tolerance</em>}</li>
 *   <li>{@link org.crmgap.model.ServiceStandard#getAddresses <em>Addresses</em>}</li>
 *   <li>{@link org.crmgap.model.ServiceStandard#getOwnerUnit <em>Owner Unit</em>}</li>
 *   <li>{@link org.crmgap.model.ServiceStandard#getRealisingFlows <em>Realising Flows</em>}</li>
 *   <li>{@link org.crmgap.model.ServiceStandard#getPromises <em>Promises</em>}</li>
 * </ul>
 *
 * @see org.crmgap.model.CrmGapPackage#getServiceStandard()
 * @model
 * @generated
 */
public interface ServiceStandard extends DataKeyed, GapEndpoint {
	/**
	 * Returns the value of the '<em><b>Metric</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Metric</em>' attribute.
	 * @see #setMetric(String)
	 * @see org.crmgap.model.CrmGapPackage#getServiceStandard_Metric()
	 * @model
	 * @generated
	 */
	String getMetric();

	/**
	 * Sets the value of the '{@link org.crmgap.model.ServiceStandard#getMetric <em>Metric</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Metric</em>' attribute.
	 * @see #getMetric()
	 * @generated
	 */
	void setMetric(String value);

	/**
	 * Returns the value of the '<em><b>Target</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Target</em>' attribute.
	 * @see #setTarget(double)
	 * @see org.crmgap.model.CrmGapPackage#getServiceStandard_Target()
	 * @model
	 * @generated
	 */
	double getTarget();

	/**
	 * Sets the value of the '{@link org.crmgap.model.ServiceStandard#getTarget <em>Target</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Target</em>' attribute.
	 * @see #getTarget()
	 * @generated
	 */
	void setTarget(double value);

	/**
	 * Returns the value of the '<em><b>Unit</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Unit</em>' attribute.
	 * @see #setUnit(String)
	 * @see org.crmgap.model.CrmGapPackage#getServiceStandard_Unit()
	 * @model
	 * @generated
	 */
	String getUnit();

	/**
	 * Sets the value of the '{@link org.crmgap.model.ServiceStandard#getUnit <em>Unit</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Unit</em>' attribute.
	 * @see #getUnit()
	 * @generated
	 */
	void setUnit(String value);

	/**
	 * Returns the value of the '<em><b>Direction</b></em>' attribute.
	 * The literals are from the enumeration {@link org.crmgap.model.Direction}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Direction</em>' attribute.
	 * @see org.crmgap.model.Direction
	 * @see #setDirection(Direction)
	 * @see org.crmgap.model.CrmGapPackage#getServiceStandard_Direction()
	 * @model
	 * @generated
	 */
	Direction getDirection();

	/**
	 * Sets the value of the '{@link org.crmgap.model.ServiceStandard#getDirection <em>Direction</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Direction</em>' attribute.
	 * @see org.crmgap.model.Direction
	 * @see #getDirection()
	 * @generated
	 */
	void setDirection(Direction value);

	/**
	 * Returns the value of the '<em><b>Tolerance</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Tolerance</em>' attribute.
	 * @see #setTolerance(double)
	 * @see org.crmgap.model.CrmGapPackage#getServiceStandard_Tolerance()
	 * @model
	 * @generated
	 */
	double getTolerance();

	/**
	 * Sets the value of the '{@link org.crmgap.model.ServiceStandard#getTolerance <em>Tolerance</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Tolerance</em>' attribute.
	 * @see #getTolerance()
	 * @generated
	 */
	void setTolerance(double value);

	/**
	 * Returns the value of the '<em><b>Addresses</b></em>' reference list.
	 * The list contents are of type {@link org.crmgap.model.Expectation}.
	 * It is bidirectional and its opposite is '{@link org.crmgap.model.Expectation#getAddressedBy <em>Addressed By</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Addresses</em>' reference list.
	 * @see org.crmgap.model.CrmGapPackage#getServiceStandard_Addresses()
	 * @see org.crmgap.model.Expectation#getAddressedBy
	 * @model opposite="addressedBy" resolveProxies="false"
	 * @generated
	 */
	EList<Expectation> getAddresses();

	/**
	 * Returns the value of the '<em><b>Owner Unit</b></em>' reference.
	 * It is bidirectional and its opposite is '{@link org.crmgap.model.OrganisationUnit#getOwnedStandards <em>Owned Standards</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Owner Unit</em>' reference.
	 * @see #setOwnerUnit(OrganisationUnit)
	 * @see org.crmgap.model.CrmGapPackage#getServiceStandard_OwnerUnit()
	 * @see org.crmgap.model.OrganisationUnit#getOwnedStandards
	 * @model opposite="ownedStandards" resolveProxies="false"
	 * @generated
	 */
	OrganisationUnit getOwnerUnit();

	/**
	 * Sets the value of the '{@link org.crmgap.model.ServiceStandard#getOwnerUnit <em>Owner Unit</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Owner Unit</em>' reference.
	 * @see #getOwnerUnit()
	 * @generated
	 */
	void setOwnerUnit(OrganisationUnit value);

	/**
	 * Returns the value of the '<em><b>Realising Flows</b></em>' reference list.
	 * The list contents are of type {@link org.crmgap.model.InteractionFlow}.
	 * It is bidirectional and its opposite is '{@link org.crmgap.model.InteractionFlow#getRealisedStandards <em>Realised Standards</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Realising Flows</em>' reference list.
	 * @see org.crmgap.model.CrmGapPackage#getServiceStandard_RealisingFlows()
	 * @see org.crmgap.model.InteractionFlow#getRealisedStandards
	 * @model opposite="realisedStandards" transient="true"
	 * @generated
	 */
	EList<InteractionFlow> getRealisingFlows();

	/**
	 * Returns the value of the '<em><b>Promises</b></em>' reference list.
	 * The list contents are of type {@link org.crmgap.model.Promise}.
	 * It is bidirectional and its opposite is '{@link org.crmgap.model.Promise#getStandard <em>Standard</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Promises</em>' reference list.
	 * @see org.crmgap.model.CrmGapPackage#getServiceStandard_Promises()
	 * @see org.crmgap.model.Promise#getStandard
	 * @model opposite="standard" transient="true"
	 * @generated
	 */
	EList<Promise> getPromises();

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Whether a measured value meets the target, direction-aware, within the tolerance.
	 * <!-- end-model-doc -->
	 * @model
	 * @generated
	 */
	boolean isMet(double value);

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * How far a value falls short of the target in the bad direction (0 when met or better).
	 * <!-- end-model-doc -->
	 * @model
	 * @generated
	 */
	double shortfall(double value);

} // ServiceStandard
