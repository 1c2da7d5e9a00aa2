/**
 */
package org.crmgap.model.impl;

import java.util.Collection;

import org.crmgap.model.CrmComponent;
import org.crmgap.model.CrmGapPackage;
import org.crmgap.model.InteractionFlow;
import org.crmgap.model.OrganisationUnit;
import org.crmgap.model.ServiceStandard;
import org.crmgap.model.UnitKind;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.eclipse.emf.ecore.util.EObjectContainmentWithInverseEList;
import org.eclipse.emf.ecore.util.EObjectWithInverseResolvingEList;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.ecore.util.InternalEList;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Organisation Unit</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.crmgap.model.impl.OrganisationUnitImpl#getKind <em>Kind</em>}</li>
 *   <li>{@link org.crmgap.model.impl.OrganisationUnitImpl#getParentUnit <em>Parent Unit</em>}</li>
 *   <li>{@link org.crmgap.model.impl.OrganisationUnitImpl#getSubUnits <em>Sub Units</em>}</li>
 *   <li>{@link org.crmgap.model.impl.OrganisationUnitImpl#getComponents <em>Components</em>}</li>
 *   <li>{@link org.crmgap.model.impl.OrganisationUnitImpl#getOwnedStandards <em>Owned Standards</em>}</li>
 *   <li>{@link org.crmgap.model.impl.OrganisationUnitImpl#getPerformedFlows <em>Performed Flows</em>}</li>
 * </ul>
 *
 * @generated
 */
public class OrganisationUnitImpl extends NamedElementImpl implements OrganisationUnit {
	/**
	 * The default value of the '{@link #getKind() <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKind()
	 * @generated
	 * @ordered
	 */
	protected static final UnitKind KIND_EDEFAULT = UnitKind.MANAGEMENT;

	/**
	 * The cached value of the '{@link #getKind() <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKind()
	 * @generated
	 * @ordered
	 */
	protected UnitKind kind = KIND_EDEFAULT;

	/**
	 * The cached value of the '{@link #getSubUnits() <em>Sub Units</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSubUnits()
	 * @generated
	 * @ordered
	 */
	protected EList<OrganisationUnit> subUnits;

	/**
	 * The cached value of the '{@link #getComponents() <em>Components</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getComponents()
	 * @generated
	 * @ordered
	 */
	protected EList<CrmComponent> components;

	/**
	 * The cached value of the '{@link #getOwnedStandards() <em>Owned Standards</em>}' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOwnedStandards()
	 * @generated
	 * @ordered
	 */
	protected EList<ServiceStandard> ownedStandards;

	/**
	 * The cached value of the '{@link #getPerformedFlows() <em>Performed Flows</em>}' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPerformedFlows()
	 * @generated
	 * @ordered
	 */
	protected EList<InteractionFlow> performedFlows;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected OrganisationUnitImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return CrmGapPackage.Literals.ORGANISATION_UNIT;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public UnitKind getKind() {
		return kind;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setKind(UnitKind newKind) {
		UnitKind oldKind = kind;
		kind = newKind == null ? KIND_EDEFAULT : newKind;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CrmGapPackage.ORGANISATION_UNIT__KIND, oldKind, kind));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public OrganisationUnit getParentUnit() {
		if (eContainerFeatureID() != CrmGapPackage.ORGANISATION_UNIT__PARENT_UNIT) return null;
		return (OrganisationUnit)eInternalContainer();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetParentUnit(OrganisationUnit newParentUnit, NotificationChain msgs) {
		msgs = eBasicSetContainer((InternalEObject)newParentUnit, CrmGapPackage.ORGANISATION_UNIT__PARENT_UNIT, msgs);
		return msgs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setParentUnit(OrganisationUnit newParentUnit) {
		if (newParentUnit != eInternalContainer() || (eContainerFeatureID() != CrmGapPackage.ORGANISATION_UNIT__PARENT_UNIT && newParentUnit != null)) {
			if (EcoreUtil.isAncestor(this, newParentUnit))
				throw new IllegalArgumentException("Recursive containment not allowed for " + toString());
			NotificationChain msgs = null;
			if (eInternalContainer() != null)
				msgs = eBasicRemoveFromContainer(msgs);
			if (newParentUnit != null)
				msgs = ((InternalEObject)newParentUnit).eInverseAdd(this, CrmGapPackage.ORGANISATION_UNIT__SUB_UNITS, OrganisationUnit.class, msgs);
			msgs = basicSetParentUnit(newParentUnit, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CrmGapPackage.ORGANISATION_UNIT__PARENT_UNIT, newParentUnit, newParentUnit));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<OrganisationUnit> getSubUnits() {
		if (subUnits == null) {
			subUnits = new EObjectContainmentWithInverseEList<OrganisationUnit>(OrganisationUnit.class, this, CrmGapPackage.ORGANISATION_UNIT__SUB_UNITS, CrmGapPackage.ORGANISATION_UNIT__PARENT_UNIT);
		}
		return subUnits;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<CrmComponent> getComponents() {
		if (components == null) {
			components = new EObjectContainmentWithInverseEList<CrmComponent>(CrmComponent.class, this, CrmGapPackage.ORGANISATION_UNIT__COMPONENTS, CrmGapPackage.CRM_COMPONENT__OWNER_UNIT);
		}
		return components;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<ServiceStandard> getOwnedStandards() {
		if (ownedStandards == null) {
			ownedStandards = new EObjectWithInverseResolvingEList<ServiceStandard>(ServiceStandard.class, this, CrmGapPackage.ORGANISATION_UNIT__OWNED_STANDARDS, CrmGapPackage.SERVICE_STANDARD__OWNER_UNIT);
		}
		return ownedStandards;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<InteractionFlow> getPerformedFlows() {
		if (performedFlows == null) {
			performedFlows = new EObjectWithInverseResolvingEList<InteractionFlow>(InteractionFlow.class, this, CrmGapPackage.ORGANISATION_UNIT__PERFORMED_FLOWS, CrmGapPackage.INTERACTION_FLOW__PERFORMER);
		}
		return performedFlows;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@SuppressWarnings("unchecked")
	@Override
	public NotificationChain eInverseAdd(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case CrmGapPackage.ORGANISATION_UNIT__PARENT_UNIT:
				if (eInternalContainer() != null)
					msgs = eBasicRemoveFromContainer(msgs);
				return basicSetParentUnit((OrganisationUnit)otherEnd, msgs);
			case CrmGapPackage.ORGANISATION_UNIT__SUB_UNITS:
				return ((InternalEList<InternalEObject>)(InternalEList<?>)getSubUnits()).basicAdd(otherEnd, msgs);
			case CrmGapPackage.ORGANISATION_UNIT__COMPONENTS:
				return ((InternalEList<InternalEObject>)(InternalEList<?>)getComponents()).basicAdd(otherEnd, msgs);
			case CrmGapPackage.ORGANISATION_UNIT__OWNED_STANDARDS:
				return ((InternalEList<InternalEObject>)(InternalEList<?>)getOwnedStandards()).basicAdd(otherEnd, msgs);
			case CrmGapPackage.ORGANISATION_UNIT__PERFORMED_FLOWS:
				return ((InternalEList<InternalEObject>)(InternalEList<?>)getPerformedFlows()).basicAdd(otherEnd, msgs);
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
			case CrmGapPackage.ORGANISATION_UNIT__PARENT_UNIT:
				return basicSetParentUnit(null, msgs);
			case CrmGapPackage.ORGANISATION_UNIT__SUB_UNITS:
				return ((InternalEList<?>)getSubUnits()).basicRemove(otherEnd, msgs);
			case CrmGapPackage.ORGANISATION_UNIT__COMPONENTS:
				return ((InternalEList<?>)getComponents()).basicRemove(otherEnd, msgs);
			case CrmGapPackage.ORGANISATION_UNIT__OWNED_STANDARDS:
				return ((InternalEList<?>)getOwnedStandards()).basicRemove(otherEnd, msgs);
			case CrmGapPackage.ORGANISATION_UNIT__PERFORMED_FLOWS:
				return ((InternalEList<?>)getPerformedFlows()).basicRemove(otherEnd, msgs);
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
			case CrmGapPackage.ORGANISATION_UNIT__PARENT_UNIT:
				return eInternalContainer().eInverseRemove(this, CrmGapPackage.ORGANISATION_UNIT__SUB_UNITS, OrganisationUnit.class, msgs);
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
			case CrmGapPackage.ORGANISATION_UNIT__KIND:
				return getKind();
			case CrmGapPackage.ORGANISATION_UNIT__PARENT_UNIT:
				return getParentUnit();
			case CrmGapPackage.ORGANISATION_UNIT__SUB_UNITS:
				return getSubUnits();
			case CrmGapPackage.ORGANISATION_UNIT__COMPONENTS:
				return getComponents();
			case CrmGapPackage.ORGANISATION_UNIT__OWNED_STANDARDS:
				return getOwnedStandards();
			case CrmGapPackage.ORGANISATION_UNIT__PERFORMED_FLOWS:
				return getPerformedFlows();
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
			case CrmGapPackage.ORGANISATION_UNIT__KIND:
				setKind((UnitKind)newValue);
				return;
			case CrmGapPackage.ORGANISATION_UNIT__PARENT_UNIT:
				setParentUnit((OrganisationUnit)newValue);
				return;
			case CrmGapPackage.ORGANISATION_UNIT__SUB_UNITS:
				getSubUnits().clear();
				getSubUnits().addAll((Collection<? extends OrganisationUnit>)newValue);
				return;
			case CrmGapPackage.ORGANISATION_UNIT__COMPONENTS:
				getComponents().clear();
				getComponents().addAll((Collection<? extends CrmComponent>)newValue);
				return;
			case CrmGapPackage.ORGANISATION_UNIT__OWNED_STANDARDS:
				getOwnedStandards().clear();
				getOwnedStandards().addAll((Collection<? extends ServiceStandard>)newValue);
				return;
			case CrmGapPackage.ORGANISATION_UNIT__PERFORMED_FLOWS:
				getPerformedFlows().clear();
				getPerformedFlows().addAll((Collection<? extends InteractionFlow>)newValue);
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
			case CrmGapPackage.ORGANISATION_UNIT__KIND:
				setKind(KIND_EDEFAULT);
				return;
			case CrmGapPackage.ORGANISATION_UNIT__PARENT_UNIT:
				setParentUnit((OrganisationUnit)null);
				return;
			case CrmGapPackage.ORGANISATION_UNIT__SUB_UNITS:
				getSubUnits().clear();
				return;
			case CrmGapPackage.ORGANISATION_UNIT__COMPONENTS:
				getComponents().clear();
				return;
			case CrmGapPackage.ORGANISATION_UNIT__OWNED_STANDARDS:
				getOwnedStandards().clear();
				return;
			case CrmGapPackage.ORGANISATION_UNIT__PERFORMED_FLOWS:
				getPerformedFlows().clear();
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
			case CrmGapPackage.ORGANISATION_UNIT__KIND:
				return kind != KIND_EDEFAULT;
			case CrmGapPackage.ORGANISATION_UNIT__PARENT_UNIT:
				return getParentUnit() != null;
			case CrmGapPackage.ORGANISATION_UNIT__SUB_UNITS:
				return subUnits != null && !subUnits.isEmpty();
			case CrmGapPackage.ORGANISATION_UNIT__COMPONENTS:
				return components != null && !components.isEmpty();
			case CrmGapPackage.ORGANISATION_UNIT__OWNED_STANDARDS:
				return ownedStandards != null && !ownedStandards.isEmpty();
			case CrmGapPackage.ORGANISATION_UNIT__PERFORMED_FLOWS:
				return performedFlows != null && !performedFlows.isEmpty();
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
		result.append(" (kind: ");
		result.append(kind);
		result.append(')');
		return result.toString();
	}

} //OrganisationUnitImpl
