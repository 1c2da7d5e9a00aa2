/**
 */
package org.crmgap.model;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Gap Cause</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.crmgap.model.GapCause#getGapKinds <em>Gap Kinds</em>}</li>
 *   <li>{@link org.crmgap.model.GapCause#getRecommendedActions <em>Recommended Actions</em>}</li>
 * </ul>
 *
 * @see org.crmgap.model.CrmGapPackage#getGapCause()
 * @model
 * @generated
 */
public interface GapCause extends NamedElement {
	/**
	 * Returns the value of the '<em><b>Gap Kinds</b></em>' attribute list.
	 * The list contents are of type {@link org.crmgap.model.GapKind}.
	 * The literals are from the enumeration {@link org.crmgap.model.GapKind}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Gap Kinds</em>' attribute list.
	 * @see org.crmgap.model.GapKind
	 * @see org.crmgap.model.CrmGapPackage#getGapCause_GapKinds()
	 * @model unique="false"
	 * @generated
	 */
	EList<GapKind> getGapKinds();

	/**
	 * Returns the value of the '<em><b>Recommended Actions</b></em>' reference list.
	 * The list contents are of type {@link org.crmgap.model.RecoveryAction}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Recommended Actions</em>' reference list.
	 * @see org.crmgap.model.CrmGapPackage#getGapCause_RecommendedActions()
	 * @model
	 * @generated
	 */
	EList<RecoveryAction> getRecommendedActions();

} // GapCause
