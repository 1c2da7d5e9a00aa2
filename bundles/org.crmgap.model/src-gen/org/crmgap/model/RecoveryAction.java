/**
 */
package org.crmgap.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Recovery Action</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.crmgap.model.RecoveryAction#getStage <em>Stage</em>}</li>
 * </ul>
 *
 * @see org.crmgap.model.CrmGapPackage#getRecoveryAction()
 * @model
 * @generated
 */
public interface RecoveryAction extends NamedElement {
	/**
	 * Returns the value of the '<em><b>Stage</b></em>' attribute.
	 * The literals are from the enumeration {@link org.crmgap.model.DieStage}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Stage</em>' attribute.
	 * @see org.crmgap.model.DieStage
	 * @see #setStage(DieStage)
	 * @see org.crmgap.model.CrmGapPackage#getRecoveryAction_Stage()
	 * @model
	 * @generated
	 */
	DieStage getStage();

	/**
	 * Sets the value of the '{@link org.crmgap.model.RecoveryAction#getStage <em>Stage</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Stage</em>' attribute.
	 * @see org.crmgap.model.DieStage
	 * @see #getStage()
	 * @generated
	 */
	void setStage(DieStage value);

} // RecoveryAction
