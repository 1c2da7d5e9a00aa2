/**
 */
package org.crmgap.model.impl;

import java.lang.reflect.InvocationTargetException;

import java.util.Collection;

import org.crmgap.model.CrmGapPackage;
import org.crmgap.model.Direction;
import org.crmgap.model.Expectation;
import org.crmgap.model.InteractionFlow;
import org.crmgap.model.OrganisationUnit;
import org.crmgap.model.Promise;
import org.crmgap.model.ServiceStandard;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.eclipse.emf.ecore.util.EObjectWithInverseEList;
import org.eclipse.emf.ecore.util.EObjectWithInverseResolvingEList;
import org.eclipse.emf.ecore.util.InternalEList;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Service Standard</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.crmgap.model.impl.ServiceStandardImpl#getMetric <em>Metric</em>}</li>
 *   <li>{@link org.crmgap.model.impl.ServiceStandardImpl#getTarget <em>Target</em>}</li>
 *   <li>{@link org.crmgap.model.impl.ServiceStandardImpl#getUnit <em>Unit</em>}</li>
 *   <li>{@link org.crmgap.model.impl.ServiceStandardImpl#getDirection <em>Direction</em>}</li>
 *   <li>{@link org.crmgap.model.impl.ServiceStandardImpl#getTolerance <em>Tolerance</em>}</li>
 *   <li>{@link org.crmgap.model.impl.ServiceStandardImpl#getAddresses <em>Addresses</em>}</li>
 *   <li>{@link org.crmgap.model.impl.ServiceStandardImpl#getOwnerUnit <em>Owner Unit</em>}</li>
 *   <li>{@link org.crmgap.model.impl.ServiceStandardImpl#getRealisingFlows <em>Realising Flows</em>}</li>
 *   <li>{@link org.crmgap.model.impl.ServiceStandardImpl#getPromises <em>Promises</em>}</li>
 * </ul>
 *
 * @generated
 */
public class ServiceStandardImpl extends DataKeyedImpl implements ServiceStandard {
	/**
	 * The default value of the '{@link #getMetric() <em>Metric</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMetric()
	 * @generated
	 * @ordered
	 */
	protected static final String METRIC_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getMetric() <em>Metric</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMetric()
	 * @generated
	 * @ordered
	 */
	protected String metric = METRIC_EDEFAULT;

	/**
	 * The default value of the '{@link #getTarget() <em>Target</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTarget()
	 * @generated
	 * @ordered
	 */
	protected static final double TARGET_EDEFAULT = 0.0;

	/**
	 * The cached value of the '{@link #getTarget() <em>Target</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTarget()
	 * @generated
	 * @ordered
	 */
	protected double target = TARGET_EDEFAULT;

	/**
	 * The default value of the '{@link #getUnit() <em>Unit</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getUnit()
	 * @generated
	 * @ordered
	 */
	protected static final String UNIT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getUnit() <em>Unit</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getUnit()
	 * @generated
	 * @ordered
	 */
	protected String unit = UNIT_EDEFAULT;

	/**
	 * The default value of the '{@link #getDirection() <em>Direction</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDirection()
	 * @generated
	 * @ordered
	 */
	protected static final Direction DIRECTION_EDEFAULT = Direction.HIGHER_IS_BETTER;

	/**
	 * The cached value of the '{@link #getDirection() <em>Direction</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDirection()
	 * @generated
	 * @ordered
	 */
	protected Direction direction = DIRECTION_EDEFAULT;

	/**
	 * The default value of the '{@link #getTolerance() <em>Tolerance</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTolerance()
	 * @generated
	 * @ordered
	 */
	protected static final double TOLERANCE_EDEFAULT = 0.0;

	/**
	 * The cached value of the '{@link #getTolerance() <em>Tolerance</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTolerance()
	 * @generated
	 * @ordered
	 */
	protected double tolerance = TOLERANCE_EDEFAULT;

	/**
	 * The cached value of the '{@link #getAddresses() <em>Addresses</em>}' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAddresses()
	 * @generated
	 * @ordered
	 */
	protected EList<Expectation> addresses;

	/**
	 * The cached value of the '{@link #getOwnerUnit() <em>Owner Unit</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOwnerUnit()
	 * @generated
	 * @ordered
	 */
	protected OrganisationUnit ownerUnit;

	/**
	 * The cached value of the '{@link #getRealisingFlows() <em>Realising Flows</em>}' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRealisingFlows()
	 * @generated
	 * @ordered
	 */
	protected EList<InteractionFlow> realisingFlows;

	/**
	 * The cached value of the '{@link #getPromises() <em>Promises</em>}' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPromises()
	 * @generated
	 * @ordered
	 */
	protected EList<Promise> promises;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected ServiceStandardImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return CrmGapPackage.Literals.SERVICE_STANDARD;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getMetric() {
		return metric;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMetric(String newMetric) {
		String oldMetric = metric;
		metric = newMetric;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CrmGapPackage.SERVICE_STANDARD__METRIC, oldMetric, metric));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getTarget() {
		return target;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTarget(double newTarget) {
		double oldTarget = target;
		target = newTarget;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CrmGapPackage.SERVICE_STANDARD__TARGET, oldTarget, target));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getUnit() {
		return unit;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setUnit(String newUnit) {
		String oldUnit = unit;
		unit = newUnit;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CrmGapPackage.SERVICE_STANDARD__UNIT, oldUnit, unit));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Direction getDirection() {
		return direction;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDirection(Direction newDirection) {
		Direction oldDirection = direction;
		direction = newDirection == null ? DIRECTION_EDEFAULT : newDirection;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CrmGapPackage.SERVICE_STANDARD__DIRECTION, oldDirection, direction));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getTolerance() {
		return tolerance;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTolerance(double newTolerance) {
		double oldTolerance = tolerance;
		tolerance = newTolerance;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CrmGapPackage.SERVICE_STANDARD__TOLERANCE, oldTolerance, tolerance));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Expectation> getAddresses() {
		if (addresses == null) {
			addresses = new EObjectWithInverseEList.ManyInverse<Expectation>(Expectation.class, this, CrmGapPackage.SERVICE_STANDARD__ADDRESSES, CrmGapPackage.EXPECTATION__ADDRESSED_BY);
		}
		return addresses;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public OrganisationUnit getOwnerUnit() {
		return ownerUnit;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetOwnerUnit(OrganisationUnit newOwnerUnit, NotificationChain msgs) {
		OrganisationUnit oldOwnerUnit = ownerUnit;
		ownerUnit = newOwnerUnit;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, CrmGapPackage.SERVICE_STANDARD__OWNER_UNIT, oldOwnerUnit, newOwnerUnit);
			if (msgs == null) msgs = notification; else msgs.add(notification);
		}
		return msgs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setOwnerUnit(OrganisationUnit newOwnerUnit) {
		if (newOwnerUnit != ownerUnit) {
			NotificationChain msgs = null;
			if (ownerUnit != null)
				msgs = ((InternalEObject)ownerUnit).eInverseRemove(this, CrmGapPackage.ORGANISATION_UNIT__OWNED_STANDARDS, OrganisationUnit.class, msgs);
			if (newOwnerUnit != null)
				msgs = ((InternalEObject)newOwnerUnit).eInverseAdd(this, CrmGapPackage.ORGANISATION_UNIT__OWNED_STANDARDS, OrganisationUnit.class, msgs);
			msgs = basicSetOwnerUnit(newOwnerUnit, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CrmGapPackage.SERVICE_STANDARD__OWNER_UNIT, newOwnerUnit, newOwnerUnit));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<InteractionFlow> getRealisingFlows() {
		if (realisingFlows == null) {
			realisingFlows = new EObjectWithInverseResolvingEList.ManyInverse<InteractionFlow>(InteractionFlow.class, this, CrmGapPackage.SERVICE_STANDARD__REALISING_FLOWS, CrmGapPackage.INTERACTION_FLOW__REALISED_STANDARDS);
		}
		return realisingFlows;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Promise> getPromises() {
		if (promises == null) {
			promises = new EObjectWithInverseResolvingEList<Promise>(Promise.class, this, CrmGapPackage.SERVICE_STANDARD__PROMISES, CrmGapPackage.PROMISE__STANDARD);
		}
		return promises;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isMet(final double value) {
		return getDirection() == org.crmgap.model.Direction.LOWER_IS_BETTER
			? value <= getTarget() + getTolerance()
			: value >= getTarget() - getTolerance();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double shortfall(final double value) {
		double gap = getDirection() == org.crmgap.model.Direction.LOWER_IS_BETTER ? value - getTarget() : getTarget() - value;
		return Math.max(0.0, gap);
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
			case CrmGapPackage.SERVICE_STANDARD__ADDRESSES:
				return ((InternalEList<InternalEObject>)(InternalEList<?>)getAddresses()).basicAdd(otherEnd, msgs);
			case CrmGapPackage.SERVICE_STANDARD__OWNER_UNIT:
				if (ownerUnit != null)
					msgs = ((InternalEObject)ownerUnit).eInverseRemove(this, CrmGapPackage.ORGANISATION_UNIT__OWNED_STANDARDS, OrganisationUnit.class, msgs);
				return basicSetOwnerUnit((OrganisationUnit)otherEnd, msgs);
			case CrmGapPackage.SERVICE_STANDARD__REALISING_FLOWS:
				return ((InternalEList<InternalEObject>)(InternalEList<?>)getRealisingFlows()).basicAdd(otherEnd, msgs);
			case CrmGapPackage.SERVICE_STANDARD__PROMISES:
				return ((InternalEList<InternalEObject>)(InternalEList<?>)getPromises()).basicAdd(otherEnd, msgs);
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
			case CrmGapPackage.SERVICE_STANDARD__ADDRESSES:
				return ((InternalEList<?>)getAddresses()).basicRemove(otherEnd, msgs);
			case CrmGapPackage.SERVICE_STANDARD__OWNER_UNIT:
				return basicSetOwnerUnit(null, msgs);
			case CrmGapPackage.SERVICE_STANDARD__REALISING_FLOWS:
				return ((InternalEList<?>)getRealisingFlows()).basicRemove(otherEnd, msgs);
			case CrmGapPackage.SERVICE_STANDARD__PROMISES:
				return ((InternalEList<?>)getPromises()).basicRemove(otherEnd, msgs);
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
			case CrmGapPackage.SERVICE_STANDARD__METRIC:
				return getMetric();
			case CrmGapPackage.SERVICE_STANDARD__TARGET:
				return getTarget();
			case CrmGapPackage.SERVICE_STANDARD__UNIT:
				return getUnit();
			case CrmGapPackage.SERVICE_STANDARD__DIRECTION:
				return getDirection();
			case CrmGapPackage.SERVICE_STANDARD__TOLERANCE:
				return getTolerance();
			case CrmGapPackage.SERVICE_STANDARD__ADDRESSES:
				return getAddresses();
			case CrmGapPackage.SERVICE_STANDARD__OWNER_UNIT:
				return getOwnerUnit();
			case CrmGapPackage.SERVICE_STANDARD__REALISING_FLOWS:
				return getRealisingFlows();
			case CrmGapPackage.SERVICE_STANDARD__PROMISES:
				return getPromises();
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
			case CrmGapPackage.SERVICE_STANDARD__METRIC:
				setMetric((String)newValue);
				return;
			case CrmGapPackage.SERVICE_STANDARD__TARGET:
				setTarget((Double)newValue);
				return;
			case CrmGapPackage.SERVICE_STANDARD__UNIT:
				setUnit((String)newValue);
				return;
			case CrmGapPackage.SERVICE_STANDARD__DIRECTION:
				setDirection((Direction)newValue);
				return;
			case CrmGapPackage.SERVICE_STANDARD__TOLERANCE:
				setTolerance((Double)newValue);
				return;
			case CrmGapPackage.SERVICE_STANDARD__ADDRESSES:
				getAddresses().clear();
				getAddresses().addAll((Collection<? extends Expectation>)newValue);
				return;
			case CrmGapPackage.SERVICE_STANDARD__OWNER_UNIT:
				setOwnerUnit((OrganisationUnit)newValue);
				return;
			case CrmGapPackage.SERVICE_STANDARD__REALISING_FLOWS:
				getRealisingFlows().clear();
				getRealisingFlows().addAll((Collection<? extends InteractionFlow>)newValue);
				return;
			case CrmGapPackage.SERVICE_STANDARD__PROMISES:
				getPromises().clear();
				getPromises().addAll((Collection<? extends Promise>)newValue);
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
			case CrmGapPackage.SERVICE_STANDARD__METRIC:
				setMetric(METRIC_EDEFAULT);
				return;
			case CrmGapPackage.SERVICE_STANDARD__TARGET:
				setTarget(TARGET_EDEFAULT);
				return;
			case CrmGapPackage.SERVICE_STANDARD__UNIT:
				setUnit(UNIT_EDEFAULT);
				return;
			case CrmGapPackage.SERVICE_STANDARD__DIRECTION:
				setDirection(DIRECTION_EDEFAULT);
				return;
			case CrmGapPackage.SERVICE_STANDARD__TOLERANCE:
				setTolerance(TOLERANCE_EDEFAULT);
				return;
			case CrmGapPackage.SERVICE_STANDARD__ADDRESSES:
				getAddresses().clear();
				return;
			case CrmGapPackage.SERVICE_STANDARD__OWNER_UNIT:
				setOwnerUnit((OrganisationUnit)null);
				return;
			case CrmGapPackage.SERVICE_STANDARD__REALISING_FLOWS:
				getRealisingFlows().clear();
				return;
			case CrmGapPackage.SERVICE_STANDARD__PROMISES:
				getPromises().clear();
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
			case CrmGapPackage.SERVICE_STANDARD__METRIC:
				return METRIC_EDEFAULT == null ? metric != null : !METRIC_EDEFAULT.equals(metric);
			case CrmGapPackage.SERVICE_STANDARD__TARGET:
				return target != TARGET_EDEFAULT;
			case CrmGapPackage.SERVICE_STANDARD__UNIT:
				return UNIT_EDEFAULT == null ? unit != null : !UNIT_EDEFAULT.equals(unit);
			case CrmGapPackage.SERVICE_STANDARD__DIRECTION:
				return direction != DIRECTION_EDEFAULT;
			case CrmGapPackage.SERVICE_STANDARD__TOLERANCE:
				return tolerance != TOLERANCE_EDEFAULT;
			case CrmGapPackage.SERVICE_STANDARD__ADDRESSES:
				return addresses != null && !addresses.isEmpty();
			case CrmGapPackage.SERVICE_STANDARD__OWNER_UNIT:
				return ownerUnit != null;
			case CrmGapPackage.SERVICE_STANDARD__REALISING_FLOWS:
				return realisingFlows != null && !realisingFlows.isEmpty();
			case CrmGapPackage.SERVICE_STANDARD__PROMISES:
				return promises != null && !promises.isEmpty();
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
			case CrmGapPackage.SERVICE_STANDARD___IS_MET__DOUBLE:
				return isMet((Double)arguments.get(0));
			case CrmGapPackage.SERVICE_STANDARD___SHORTFALL__DOUBLE:
				return shortfall((Double)arguments.get(0));
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
		result.append(" (metric: ");
		result.append(metric);
		result.append(", target: ");
		result.append(target);
		result.append(", unit: ");
		result.append(unit);
		result.append(", direction: ");
		result.append(direction);
		result.append(", tolerance: ");
		result.append(tolerance);
		result.append(')');
		return result.toString();
	}

} //ServiceStandardImpl
