/**
 */
package org.crmgap.model.impl;

import java.util.Collection;

import org.crmgap.model.Catalogue;
import org.crmgap.model.CrmGapPackage;
import org.crmgap.model.GapCause;
import org.crmgap.model.RecoveryAction;

import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.InternalEList;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Catalogue</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.crmgap.model.impl.CatalogueImpl#getCauses <em>Causes</em>}</li>
 *   <li>{@link org.crmgap.model.impl.CatalogueImpl#getActions <em>Actions</em>}</li>
 * </ul>
 *
 * @generated
 */
public class CatalogueImpl extends NamedElementImpl implements Catalogue {
	/**
	 * The cached value of the '{@link #getCauses() <em>Causes</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCauses()
	 * @generated
	 * @ordered
	 */
	protected EList<GapCause> causes;

	/**
	 * The cached value of the '{@link #getActions() <em>Actions</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getActions()
	 * @generated
	 * @ordered
	 */
	protected EList<RecoveryAction> actions;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected CatalogueImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return CrmGapPackage.Literals.CATALOGUE;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<GapCause> getCauses() {
		if (causes == null) {
			causes = new EObjectContainmentEList<GapCause>(GapCause.class, this, CrmGapPackage.CATALOGUE__CAUSES);
		}
		return causes;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<RecoveryAction> getActions() {
		if (actions == null) {
			actions = new EObjectContainmentEList<RecoveryAction>(RecoveryAction.class, this, CrmGapPackage.CATALOGUE__ACTIONS);
		}
		return actions;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case CrmGapPackage.CATALOGUE__CAUSES:
				return ((InternalEList<?>)getCauses()).basicRemove(otherEnd, msgs);
			case CrmGapPackage.CATALOGUE__ACTIONS:
				return ((InternalEList<?>)getActions()).basicRemove(otherEnd, msgs);
		}
		return super.eInverseRemove(otherEnd, featureID, msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case CrmGapPackage.CATALOGUE__CAUSES:
				return getCauses();
			case CrmGapPackage.CATALOGUE__ACTIONS:
				return getActions();
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
			case CrmGapPackage.CATALOGUE__CAUSES:
				getCauses().clear();
				getCauses().addAll((Collection<? extends GapCause>)newValue);
				return;
			case CrmGapPackage.CATALOGUE__ACTIONS:
				getActions().clear();
				getActions().addAll((Collection<? extends RecoveryAction>)newValue);
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
			case CrmGapPackage.CATALOGUE__CAUSES:
				getCauses().clear();
				return;
			case CrmGapPackage.CATALOGUE__ACTIONS:
				getActions().clear();
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
			case CrmGapPackage.CATALOGUE__CAUSES:
				return causes != null && !causes.isEmpty();
			case CrmGapPackage.CATALOGUE__ACTIONS:
				return actions != null && !actions.isEmpty();
		}
		return super.eIsSet(featureID);
	}

} //CatalogueImpl
