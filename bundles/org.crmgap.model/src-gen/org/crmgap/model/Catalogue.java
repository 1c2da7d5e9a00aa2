/**
 */
package org.crmgap.model;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Catalogue</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Diagnosed causes and recommended recovery actions, linked from gaps.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.crmgap.model.Catalogue#getCauses <em>Causes</em>}</li>
 *   <li>{@link org.crmgap.model.Catalogue#getActions <em>Actions</em>}</li>
 * </ul>
 *
 * @see org.crmgap.model.CrmGapPackage#getCatalogue()
 * @model
 * @generated
 */
public interface Catalogue extends NamedElement {
	/**
	 * Returns the value of the '<em><b>Causes</b></em>' containment reference list.
	 * The list contents are of type {@link org.crmgap.model.GapCause}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Causes</em>' containment reference list.
	 * @see org.crmgap.model.CrmGapPackage#getCatalogue_Causes()
	 * @model containment="true"
	 * @generated
	 */
	EList<GapCause> getCauses();

	/**
	 * Returns the value of the '<em><b>Actions</b></em>' containment reference list.
	 * The list contents are of type {@link org.crmgap.model.RecoveryAction}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Actions</em>' containment reference list.
	 * @see org.crmgap.model.CrmGapPackage#getCatalogue_Actions()
	 * @model containment="true"
	 * @generated
	 */
	EList<RecoveryAction> getActions();

} // Catalogue
