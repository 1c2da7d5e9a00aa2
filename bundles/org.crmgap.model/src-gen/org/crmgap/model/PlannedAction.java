/**
 */
package org.crmgap.model;

import java.time.LocalDate;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Planned Action</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * An action the organisation plans or takes against one gap: a catalogue action applied, or free text in its name and description.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.crmgap.model.PlannedAction#getGap <em>Gap</em>}</li>
 *   <li>{@link org.crmgap.model.PlannedAction#getAction <em>Action</em>}</li>
 *   <li>{@link org.crmgap.model.PlannedAction#getOwner <em>Owner</em>}</li>
 *   <li>{@link org.crmgap.model.PlannedAction#getStartDate <em>Start Date</em>}</li>
 *   <li>{@link org.crmgap.model.PlannedAction#getDueDate <em>Due Date</em>}</li>
 *   <li>{@link org.crmgap.model.PlannedAction#getStatus <em>Status</em>}</li>
 *   <li>{@link org.crmgap.model.PlannedAction#getTargetValue <em>Target Value</em>}</li>
 *   <li>{@link org.crmgap.model.PlannedAction#getTargetWave <em>Target Wave</em>}</li>
 * </ul>
 *
 * @see org.crmgap.model.CrmGapPackage#getPlannedAction()
 * @model
 * @generated
 */
public interface PlannedAction extends NamedElement {
	/**
	 * Returns the value of the '<em><b>Gap</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Gap</em>' reference.
	 * @see #setGap(Gap)
	 * @see org.crmgap.model.CrmGapPackage#getPlannedAction_Gap()
	 * @model required="true"
	 * @generated
	 */
	Gap getGap();

	/**
	 * Sets the value of the '{@link org.crmgap.model.PlannedAction#getGap <em>Gap</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Gap</em>' reference.
	 * @see #getGap()
	 * @generated
	 */
	void setGap(Gap value);

	/**
	 * Returns the value of the '<em><b>Action</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The catalogue action it applies; empty for an action described in free text.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Action</em>' reference.
	 * @see #setAction(RecoveryAction)
	 * @see org.crmgap.model.CrmGapPackage#getPlannedAction_Action()
	 * @model
	 * @generated
	 */
	RecoveryAction getAction();

	/**
	 * Sets the value of the '{@link org.crmgap.model.PlannedAction#getAction <em>Action</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Action</em>' reference.
	 * @see #getAction()
	 * @generated
	 */
	void setAction(RecoveryAction value);

	/**
	 * Returns the value of the '<em><b>Owner</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Owner</em>' reference.
	 * @see #setOwner(OrganisationUnit)
	 * @see org.crmgap.model.CrmGapPackage#getPlannedAction_Owner()
	 * @model
	 * @generated
	 */
	OrganisationUnit getOwner();

	/**
	 * Sets the value of the '{@link org.crmgap.model.PlannedAction#getOwner <em>Owner</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Owner</em>' reference.
	 * @see #getOwner()
	 * @generated
	 */
	void setOwner(OrganisationUnit value);

	/**
	 * Returns the value of the '<em><b>Start Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Start Date</em>' attribute.
	 * @see #setStartDate(LocalDate)
	 * @see org.crmgap.model.CrmGapPackage#getPlannedAction_StartDate()
	 * @model dataType="org.crmgap.model.LocalDate"
	 * @generated
	 */
	LocalDate getStartDate();

	/**
	 * Sets the value of the '{@link org.crmgap.model.PlannedAction#getStartDate <em>Start Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Start Date</em>' attribute.
	 * @see #getStartDate()
	 * @generated
	 */
	void setStartDate(LocalDate value);

	/**
	 * Returns the value of the '<em><b>Due Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Due Date</em>' attribute.
	 * @see #setDueDate(LocalDate)
	 * @see org.crmgap.model.CrmGapPackage#getPlannedAction_DueDate()
	 * @model dataType="org.crmgap.model.LocalDate"
	 * @generated
	 */
	LocalDate getDueDate();

	/**
	 * Sets the value of the '{@link org.crmgap.model.PlannedAction#getDueDate <em>Due Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Due Date</em>' attribute.
	 * @see #getDueDate()
	 * @generated
	 */
	void setDueDate(LocalDate value);

	/**
	 * Returns the value of the '<em><b>Status</b></em>' attribute.
	 * The literals are from the enumeration {@link org.crmgap.model.ActionStatus}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Status</em>' attribute.
	 * @see org.crmgap.model.ActionStatus
	 * @see #setStatus(ActionStatus)
	 * @see org.crmgap.model.CrmGapPackage#getPlannedAction_Status()
	 * @model
	 * @generated
	 */
	ActionStatus getStatus();

	/**
	 * Sets the value of the '{@link org.crmgap.model.PlannedAction#getStatus <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Status</em>' attribute.
	 * @see org.crmgap.model.ActionStatus
	 * @see #getStatus()
	 * @generated
	 */
	void setStatus(ActionStatus value);

	/**
	 * Returns the value of the '<em><b>Target Value</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The value of the gap's indicator the action should reach.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Target Value</em>' attribute.
	 * @see #setTargetValue(Double)
	 * @see org.crmgap.model.CrmGapPackage#getPlannedAction_TargetValue()
	 * @model
	 * @generated
	 */
	Double getTargetValue();

	/**
	 * Sets the value of the '{@link org.crmgap.model.PlannedAction#getTargetValue <em>Target Value</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Target Value</em>' attribute.
	 * @see #getTargetValue()
	 * @generated
	 */
	void setTargetValue(Double value);

	/**
	 * Returns the value of the '<em><b>Target Wave</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The wave by which the target value should be reached.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Target Wave</em>' reference.
	 * @see #setTargetWave(MeasurementWave)
	 * @see org.crmgap.model.CrmGapPackage#getPlannedAction_TargetWave()
	 * @model
	 * @generated
	 */
	MeasurementWave getTargetWave();

	/**
	 * Sets the value of the '{@link org.crmgap.model.PlannedAction#getTargetWave <em>Target Wave</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Target Wave</em>' reference.
	 * @see #getTargetWave()
	 * @generated
	 */
	void setTargetWave(MeasurementWave value);

} // PlannedAction
