/**
 */
package org.crmgap.model.impl;

import java.util.Collection;

import org.crmgap.model.Communication;
import org.crmgap.model.CommunicationChannel;
import org.crmgap.model.CrmGapPackage;
import org.crmgap.model.CustomerSegment;
import org.crmgap.model.OrganisationUnit;
import org.crmgap.model.Promise;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.eclipse.emf.ecore.util.EObjectContainmentWithInverseEList;
import org.eclipse.emf.ecore.util.EObjectResolvingEList;
import org.eclipse.emf.ecore.util.InternalEList;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Communication</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.crmgap.model.impl.CommunicationImpl#getChannel <em>Channel</em>}</li>
 *   <li>{@link org.crmgap.model.impl.CommunicationImpl#getAudience <em>Audience</em>}</li>
 *   <li>{@link org.crmgap.model.impl.CommunicationImpl#getIssuer <em>Issuer</em>}</li>
 *   <li>{@link org.crmgap.model.impl.CommunicationImpl#getPromises <em>Promises</em>}</li>
 * </ul>
 *
 * @generated
 */
public class CommunicationImpl extends NamedElementImpl implements Communication {
	/**
	 * The default value of the '{@link #getChannel() <em>Channel</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getChannel()
	 * @generated
	 * @ordered
	 */
	protected static final CommunicationChannel CHANNEL_EDEFAULT = CommunicationChannel.ADVERTISING;

	/**
	 * The cached value of the '{@link #getChannel() <em>Channel</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getChannel()
	 * @generated
	 * @ordered
	 */
	protected CommunicationChannel channel = CHANNEL_EDEFAULT;

	/**
	 * The cached value of the '{@link #getAudience() <em>Audience</em>}' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAudience()
	 * @generated
	 * @ordered
	 */
	protected EList<CustomerSegment> audience;

	/**
	 * The cached value of the '{@link #getIssuer() <em>Issuer</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getIssuer()
	 * @generated
	 * @ordered
	 */
	protected OrganisationUnit issuer;

	/**
	 * The cached value of the '{@link #getPromises() <em>Promises</em>}' containment reference list.
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
	protected CommunicationImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return CrmGapPackage.Literals.COMMUNICATION;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public CommunicationChannel getChannel() {
		return channel;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setChannel(CommunicationChannel newChannel) {
		CommunicationChannel oldChannel = channel;
		channel = newChannel == null ? CHANNEL_EDEFAULT : newChannel;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CrmGapPackage.COMMUNICATION__CHANNEL, oldChannel, channel));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<CustomerSegment> getAudience() {
		if (audience == null) {
			audience = new EObjectResolvingEList<CustomerSegment>(CustomerSegment.class, this, CrmGapPackage.COMMUNICATION__AUDIENCE);
		}
		return audience;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public OrganisationUnit getIssuer() {
		if (issuer != null && issuer.eIsProxy()) {
			InternalEObject oldIssuer = (InternalEObject)issuer;
			issuer = (OrganisationUnit)eResolveProxy(oldIssuer);
			if (issuer != oldIssuer) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, CrmGapPackage.COMMUNICATION__ISSUER, oldIssuer, issuer));
			}
		}
		return issuer;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public OrganisationUnit basicGetIssuer() {
		return issuer;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setIssuer(OrganisationUnit newIssuer) {
		OrganisationUnit oldIssuer = issuer;
		issuer = newIssuer;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CrmGapPackage.COMMUNICATION__ISSUER, oldIssuer, issuer));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Promise> getPromises() {
		if (promises == null) {
			promises = new EObjectContainmentWithInverseEList<Promise>(Promise.class, this, CrmGapPackage.COMMUNICATION__PROMISES, CrmGapPackage.PROMISE__COMMUNICATION);
		}
		return promises;
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
			case CrmGapPackage.COMMUNICATION__PROMISES:
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
			case CrmGapPackage.COMMUNICATION__PROMISES:
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
			case CrmGapPackage.COMMUNICATION__CHANNEL:
				return getChannel();
			case CrmGapPackage.COMMUNICATION__AUDIENCE:
				return getAudience();
			case CrmGapPackage.COMMUNICATION__ISSUER:
				if (resolve) return getIssuer();
				return basicGetIssuer();
			case CrmGapPackage.COMMUNICATION__PROMISES:
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
			case CrmGapPackage.COMMUNICATION__CHANNEL:
				setChannel((CommunicationChannel)newValue);
				return;
			case CrmGapPackage.COMMUNICATION__AUDIENCE:
				getAudience().clear();
				getAudience().addAll((Collection<? extends CustomerSegment>)newValue);
				return;
			case CrmGapPackage.COMMUNICATION__ISSUER:
				setIssuer((OrganisationUnit)newValue);
				return;
			case CrmGapPackage.COMMUNICATION__PROMISES:
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
			case CrmGapPackage.COMMUNICATION__CHANNEL:
				setChannel(CHANNEL_EDEFAULT);
				return;
			case CrmGapPackage.COMMUNICATION__AUDIENCE:
				getAudience().clear();
				return;
			case CrmGapPackage.COMMUNICATION__ISSUER:
				setIssuer((OrganisationUnit)null);
				return;
			case CrmGapPackage.COMMUNICATION__PROMISES:
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
			case CrmGapPackage.COMMUNICATION__CHANNEL:
				return channel != CHANNEL_EDEFAULT;
			case CrmGapPackage.COMMUNICATION__AUDIENCE:
				return audience != null && !audience.isEmpty();
			case CrmGapPackage.COMMUNICATION__ISSUER:
				return issuer != null;
			case CrmGapPackage.COMMUNICATION__PROMISES:
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
	public String toString() {
		if (eIsProxy()) return super.toString();

		StringBuilder result = new StringBuilder(super.toString());
		result.append(" (channel: ");
		result.append(channel);
		result.append(')');
		return result.toString();
	}

} //CommunicationImpl
