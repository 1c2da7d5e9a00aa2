/**
 */
package org.crmgap.model.impl;

import java.util.Collection;

import org.crmgap.model.CrmGapPackage;
import org.crmgap.model.GapCause;
import org.crmgap.model.GapKind;
import org.crmgap.model.RecoveryAction;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.util.EDataTypeEList;
import org.eclipse.emf.ecore.util.EObjectResolvingEList;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Gap Cause</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.crmgap.model.impl.GapCauseImpl#getGapKinds <em>Gap Kinds</em>}</li>
 *   <li>{@link org.crmgap.model.impl.GapCauseImpl#getRecommendedActions <em>Recommended Actions</em>}</li>
 * </ul>
 *
 * @generated
 */
public class GapCauseImpl extends NamedElementImpl implements GapCause {
	/**
	 * The cached value of the '{@link #getGapKinds() <em>Gap Kinds</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getGapKinds()
	 * @generated
	 * @ordered
	 */
	protected EList<GapKind> gapKinds;

	/**
	 * The cached value of the '{@link #getRecommendedActions() <em>Recommended Actions</em>}' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRecommendedActions()
	 * @generated
	 * @ordered
	 */
	protected EList<RecoveryAction> recommendedActions;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected GapCauseImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return CrmGapPackage.Literals.GAP_CAUSE;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<GapKind> getGapKinds() {
		if (gapKinds == null) {
			gapKinds = new EDataTypeEList<GapKind>(GapKind.class, this, CrmGapPackage.GAP_CAUSE__GAP_KINDS);
		}
		return gapKinds;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<RecoveryAction> getRecommendedActions() {
		if (recommendedActions == null) {
			recommendedActions = new EObjectResolvingEList<RecoveryAction>(RecoveryAction.class, this, CrmGapPackage.GAP_CAUSE__RECOMMENDED_ACTIONS);
		}
		return recommendedActions;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case CrmGapPackage.GAP_CAUSE__GAP_KINDS:
				return getGapKinds();
			case CrmGapPackage.GAP_CAUSE__RECOMMENDED_ACTIONS:
				return getRecommendedActions();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@SuppressWarnings("unchecked")
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case CrmGapPackage.GAP_CAUSE__GAP_KINDS:
				getGapKinds().clear();
				getGapKinds().addAll((Collection<? extends GapKind>)newValue);
				return;
			case CrmGapPackage.GAP_CAUSE__RECOMMENDED_ACTIONS:
				getRecommendedActions().clear();
				getRecommendedActions().addAll((Collection<? extends RecoveryAction>)newValue);
				return;
		}
		super.eSet(featureID, newValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eUnset(int featureID) {
		switch (featureID) {
			case CrmGapPackage.GAP_CAUSE__GAP_KINDS:
				getGapKinds().clear();
				return;
			case CrmGapPackage.GAP_CAUSE__RECOMMENDED_ACTIONS:
				getRecommendedActions().clear();
				return;
		}
		super.eUnset(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean eIsSet(int featureID) {
		switch (featureID) {
			case CrmGapPackage.GAP_CAUSE__GAP_KINDS:
				return gapKinds != null && !gapKinds.isEmpty();
			case CrmGapPackage.GAP_CAUSE__RECOMMENDED_ACTIONS:
				return recommendedActions != null && !recommendedActions.isEmpty();
		}
		return super.eIsSet(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		if (eIsProxy()) return super.toString();

		StringBuilder result = new StringBuilder(super.toString());
		result.append(" (gapKinds: ");
		result.append(gapKinds);
		result.append(')');
		return result.toString();
	}

} //GapCauseImpl
