/**
 */
package org.crmgap.model.impl;

import org.crmgap.model.Communication;
import org.crmgap.model.CrmGapPackage;
import org.crmgap.model.Promise;
import org.crmgap.model.ServiceStandard;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.eclipse.emf.ecore.util.EcoreUtil;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Promise</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.crmgap.model.impl.PromiseImpl#getPromisedLevel <em>Promised Level</em>}</li>
 *   <li>{@link org.crmgap.model.impl.PromiseImpl#getCommunication <em>Communication</em>}</li>
 *   <li>{@link org.crmgap.model.impl.PromiseImpl#getStandard <em>Standard</em>}</li>
 * </ul>
 *
 * @generated
 */
public class PromiseImpl extends NamedElementImpl implements Promise {
	/**
	 * The default value of the '{@link #getPromisedLevel() <em>Promised Level</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPromisedLevel()
	 * @generated
	 * @ordered
	 */
	protected static final double PROMISED_LEVEL_EDEFAULT = 0.0;

	/**
	 * The cached value of the '{@link #getPromisedLevel() <em>Promised Level</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPromisedLevel()
	 * @generated
	 * @ordered
	 */
	protected double promisedLevel = PROMISED_LEVEL_EDEFAULT;

	/**
	 * The cached value of the '{@link #getStandard() <em>Standard</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStandard()
	 * @generated
	 * @ordered
	 */
	protected ServiceStandard standard;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected PromiseImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return CrmGapPackage.Literals.PROMISE;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getPromisedLevel() {
		return promisedLevel;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPromisedLevel(double newPromisedLevel) {
		double oldPromisedLevel = promisedLevel;
		promisedLevel = newPromisedLevel;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CrmGapPackage.PROMISE__PROMISED_LEVEL, oldPromisedLevel, promisedLevel));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Communication getCommunication() {
		if (eContainerFeatureID() != CrmGapPackage.PROMISE__COMMUNICATION) return null;
		return (Communication)eInternalContainer();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetCommunication(Communication newCommunication, NotificationChain msgs) {
		msgs = eBasicSetContainer((InternalEObject)newCommunication, CrmGapPackage.PROMISE__COMMUNICATION, msgs);
		return msgs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCommunication(Communication newCommunication) {
		if (newCommunication != eInternalContainer() || (eContainerFeatureID() != CrmGapPackage.PROMISE__COMMUNICATION && newCommunication != null)) {
			if (EcoreUtil.isAncestor(this, newCommunication))
				throw new IllegalArgumentException("Recursive containment not allowed for " + toString());
			NotificationChain msgs = null;
			if (eInternalContainer() != null)
				msgs = eBasicRemoveFromContainer(msgs);
			if (newCommunication != null)
				msgs = ((InternalEObject)newCommunication).eInverseAdd(this, CrmGapPackage.COMMUNICATION__PROMISES, Communication.class, msgs);
			msgs = basicSetCommunication(newCommunication, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CrmGapPackage.PROMISE__COMMUNICATION, newCommunication, newCommunication));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ServiceStandard getStandard() {
		return standard;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetStandard(ServiceStandard newStandard, NotificationChain msgs) {
		ServiceStandard oldStandard = standard;
		standard = newStandard;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, CrmGapPackage.PROMISE__STANDARD, oldStandard, newStandard);
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
	public void setStandard(ServiceStandard newStandard) {
		if (newStandard != standard) {
			NotificationChain msgs = null;
			if (standard != null)
				msgs = ((InternalEObject)standard).eInverseRemove(this, CrmGapPackage.SERVICE_STANDARD__PROMISES, ServiceStandard.class, msgs);
			if (newStandard != null)
				msgs = ((InternalEObject)newStandard).eInverseAdd(this, CrmGapPackage.SERVICE_STANDARD__PROMISES, ServiceStandard.class, msgs);
			msgs = basicSetStandard(newStandard, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CrmGapPackage.PROMISE__STANDARD, newStandard, newStandard));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseAdd(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case CrmGapPackage.PROMISE__COMMUNICATION:
				if (eInternalContainer() != null)
					msgs = eBasicRemoveFromContainer(msgs);
				return basicSetCommunication((Communication)otherEnd, msgs);
			case CrmGapPackage.PROMISE__STANDARD:
				if (standard != null)
					msgs = ((InternalEObject)standard).eInverseRemove(this, CrmGapPackage.SERVICE_STANDARD__PROMISES, ServiceStandard.class, msgs);
				return basicSetStandard((ServiceStandard)otherEnd, msgs);
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
			case CrmGapPackage.PROMISE__COMMUNICATION:
				return basicSetCommunication(null, msgs);
			case CrmGapPackage.PROMISE__STANDARD:
				return basicSetStandard(null, msgs);
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
			case CrmGapPackage.PROMISE__COMMUNICATION:
				return eInternalContainer().eInverseRemove(this, CrmGapPackage.COMMUNICATION__PROMISES, Communication.class, msgs);
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
			case CrmGapPackage.PROMISE__PROMISED_LEVEL:
				return getPromisedLevel();
			case CrmGapPackage.PROMISE__COMMUNICATION:
				return getCommunication();
			case CrmGapPackage.PROMISE__STANDARD:
				return getStandard();
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
			case CrmGapPackage.PROMISE__PROMISED_LEVEL:
				setPromisedLevel((Double)newValue);
				return;
			case CrmGapPackage.PROMISE__COMMUNICATION:
				setCommunication((Communication)newValue);
				return;
			case CrmGapPackage.PROMISE__STANDARD:
				setStandard((ServiceStandard)newValue);
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
			case CrmGapPackage.PROMISE__PROMISED_LEVEL:
				setPromisedLevel(PROMISED_LEVEL_EDEFAULT);
				return;
			case CrmGapPackage.PROMISE__COMMUNICATION:
				setCommunication((Communication)null);
				return;
			case CrmGapPackage.PROMISE__STANDARD:
				setStandard((ServiceStandard)null);
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
			case CrmGapPackage.PROMISE__PROMISED_LEVEL:
				return promisedLevel != PROMISED_LEVEL_EDEFAULT;
			case CrmGapPackage.PROMISE__COMMUNICATION:
				return getCommunication() != null;
			case CrmGapPackage.PROMISE__STANDARD:
				return standard != null;
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
		result.append(" (promisedLevel: ");
		result.append(promisedLevel);
		result.append(')');
		return result.toString();
	}

} //PromiseImpl
