/**
 */
package org.crmgap.model.impl;

import java.lang.reflect.InvocationTargetException;

import org.crmgap.model.ComponentKind;
import org.crmgap.model.CrmComponent;
import org.crmgap.model.CrmGapPackage;
import org.crmgap.model.OrganisationUnit;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.eclipse.emf.ecore.util.EcoreUtil;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Crm Component</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.crmgap.model.impl.CrmComponentImpl#getKind <em>Kind</em>}</li>
 *   <li>{@link org.crmgap.model.impl.CrmComponentImpl#getRequiredLevel <em>Required Level</em>}</li>
 *   <li>{@link org.crmgap.model.impl.CrmComponentImpl#getAssessedLevel <em>Assessed Level</em>}</li>
 *   <li>{@link org.crmgap.model.impl.CrmComponentImpl#getOwnerUnit <em>Owner Unit</em>}</li>
 * </ul>
 *
 * @generated
 */
public class CrmComponentImpl extends DataKeyedImpl implements CrmComponent {
	/**
	 * The default value of the '{@link #getKind() <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKind()
	 * @generated
	 * @ordered
	 */
	protected static final ComponentKind KIND_EDEFAULT = ComponentKind.ORGANISATIONAL;

	/**
	 * The cached value of the '{@link #getKind() <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKind()
	 * @generated
	 * @ordered
	 */
	protected ComponentKind kind = KIND_EDEFAULT;

	/**
	 * The default value of the '{@link #getRequiredLevel() <em>Required Level</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRequiredLevel()
	 * @generated
	 * @ordered
	 */
	protected static final double REQUIRED_LEVEL_EDEFAULT = 0.0;

	/**
	 * The cached value of the '{@link #getRequiredLevel() <em>Required Level</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRequiredLevel()
	 * @generated
	 * @ordered
	 */
	protected double requiredLevel = REQUIRED_LEVEL_EDEFAULT;

	/**
	 * The default value of the '{@link #getAssessedLevel() <em>Assessed Level</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAssessedLevel()
	 * @generated
	 * @ordered
	 */
	protected static final Double ASSESSED_LEVEL_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getAssessedLevel() <em>Assessed Level</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAssessedLevel()
	 * @generated
	 * @ordered
	 */
	protected Double assessedLevel = ASSESSED_LEVEL_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected CrmComponentImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return CrmGapPackage.Literals.CRM_COMPONENT;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ComponentKind getKind() {
		return kind;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setKind(ComponentKind newKind) {
		ComponentKind oldKind = kind;
		kind = newKind == null ? KIND_EDEFAULT : newKind;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CrmGapPackage.CRM_COMPONENT__KIND, oldKind, kind));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getRequiredLevel() {
		return requiredLevel;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRequiredLevel(double newRequiredLevel) {
		double oldRequiredLevel = requiredLevel;
		requiredLevel = newRequiredLevel;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CrmGapPackage.CRM_COMPONENT__REQUIRED_LEVEL, oldRequiredLevel, requiredLevel));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Double getAssessedLevel() {
		return assessedLevel;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAssessedLevel(Double newAssessedLevel) {
		Double oldAssessedLevel = assessedLevel;
		assessedLevel = newAssessedLevel;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CrmGapPackage.CRM_COMPONENT__ASSESSED_LEVEL, oldAssessedLevel, assessedLevel));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public OrganisationUnit getOwnerUnit() {
		if (eContainerFeatureID() != CrmGapPackage.CRM_COMPONENT__OWNER_UNIT) return null;
		return (OrganisationUnit)eInternalContainer();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetOwnerUnit(OrganisationUnit newOwnerUnit, NotificationChain msgs) {
		msgs = eBasicSetContainer((InternalEObject)newOwnerUnit, CrmGapPackage.CRM_COMPONENT__OWNER_UNIT, msgs);
		return msgs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setOwnerUnit(OrganisationUnit newOwnerUnit) {
		if (newOwnerUnit != eInternalContainer() || (eContainerFeatureID() != CrmGapPackage.CRM_COMPONENT__OWNER_UNIT && newOwnerUnit != null)) {
			if (EcoreUtil.isAncestor(this, newOwnerUnit))
				throw new IllegalArgumentException("Recursive containment not allowed for " + toString());
			NotificationChain msgs = null;
			if (eInternalContainer() != null)
				msgs = eBasicRemoveFromContainer(msgs);
			if (newOwnerUnit != null)
				msgs = ((InternalEObject)newOwnerUnit).eInverseAdd(this, CrmGapPackage.ORGANISATION_UNIT__COMPONENTS, OrganisationUnit.class, msgs);
			msgs = basicSetOwnerUnit(newOwnerUnit, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CrmGapPackage.CRM_COMPONENT__OWNER_UNIT, newOwnerUnit, newOwnerUnit));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Double shortfall() {
		return getAssessedLevel() == null ? null : getRequiredLevel() - getAssessedLevel();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseAdd(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case CrmGapPackage.CRM_COMPONENT__OWNER_UNIT:
				if (eInternalContainer() != null)
					msgs = eBasicRemoveFromContainer(msgs);
				return basicSetOwnerUnit((OrganisationUnit)otherEnd, msgs);
		}
		return super.eInverseAdd(otherEnd, featureID, msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case CrmGapPackage.CRM_COMPONENT__OWNER_UNIT:
				return basicSetOwnerUnit(null, msgs);
		}
		return super.eInverseRemove(otherEnd, featureID, msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eBasicRemoveFromContainerFeature(NotificationChain msgs) {
		switch (eContainerFeatureID()) {
			case CrmGapPackage.CRM_COMPONENT__OWNER_UNIT:
				return eInternalContainer().eInverseRemove(this, CrmGapPackage.ORGANISATION_UNIT__COMPONENTS, OrganisationUnit.class, msgs);
		}
		return super.eBasicRemoveFromContainerFeature(msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case CrmGapPackage.CRM_COMPONENT__KIND:
				return getKind();
			case CrmGapPackage.CRM_COMPONENT__REQUIRED_LEVEL:
				return getRequiredLevel();
			case CrmGapPackage.CRM_COMPONENT__ASSESSED_LEVEL:
				return getAssessedLevel();
			case CrmGapPackage.CRM_COMPONENT__OWNER_UNIT:
				return getOwnerUnit();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case CrmGapPackage.CRM_COMPONENT__KIND:
				setKind((ComponentKind)newValue);
				return;
			case CrmGapPackage.CRM_COMPONENT__REQUIRED_LEVEL:
				setRequiredLevel((Double)newValue);
				return;
			case CrmGapPackage.CRM_COMPONENT__ASSESSED_LEVEL:
				setAssessedLevel((Double)newValue);
				return;
			case CrmGapPackage.CRM_COMPONENT__OWNER_UNIT:
				setOwnerUnit((OrganisationUnit)newValue);
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
			case CrmGapPackage.CRM_COMPONENT__KIND:
				setKind(KIND_EDEFAULT);
				return;
			case CrmGapPackage.CRM_COMPONENT__REQUIRED_LEVEL:
				setRequiredLevel(REQUIRED_LEVEL_EDEFAULT);
				return;
			case CrmGapPackage.CRM_COMPONENT__ASSESSED_LEVEL:
				setAssessedLevel(ASSESSED_LEVEL_EDEFAULT);
				return;
			case CrmGapPackage.CRM_COMPONENT__OWNER_UNIT:
				setOwnerUnit((OrganisationUnit)null);
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
			case CrmGapPackage.CRM_COMPONENT__KIND:
				return kind != KIND_EDEFAULT;
			case CrmGapPackage.CRM_COMPONENT__REQUIRED_LEVEL:
				return requiredLevel != REQUIRED_LEVEL_EDEFAULT;
			case CrmGapPackage.CRM_COMPONENT__ASSESSED_LEVEL:
				return ASSESSED_LEVEL_EDEFAULT == null ? assessedLevel != null : !ASSESSED_LEVEL_EDEFAULT.equals(assessedLevel);
			case CrmGapPackage.CRM_COMPONENT__OWNER_UNIT:
				return getOwnerUnit() != null;
		}
		return super.eIsSet(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eInvoke(int operationID, EList<?> arguments) throws InvocationTargetException {
		switch (operationID) {
			case CrmGapPackage.CRM_COMPONENT___SHORTFALL:
				return shortfall();
		}
		return super.eInvoke(operationID, arguments);
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
		result.append(" (kind: ");
		result.append(kind);
		result.append(", requiredLevel: ");
		result.append(requiredLevel);
		result.append(", assessedLevel: ");
		result.append(assessedLevel);
		result.append(')');
		return result.toString();
	}

} //CrmComponentImpl
