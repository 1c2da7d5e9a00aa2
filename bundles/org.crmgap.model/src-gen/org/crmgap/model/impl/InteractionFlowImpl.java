/**
 */
package org.crmgap.model.impl;

import java.util.Collection;

import org.crmgap.model.BondLevel;
import org.crmgap.model.CrmGapPackage;
import org.crmgap.model.CustomerSegment;
import org.crmgap.model.InteractionChannel;
import org.crmgap.model.InteractionFlow;
import org.crmgap.model.OrganisationUnit;
import org.crmgap.model.ServiceStandard;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.eclipse.emf.ecore.util.EObjectResolvingEList;
import org.eclipse.emf.ecore.util.EObjectWithInverseEList;
import org.eclipse.emf.ecore.util.InternalEList;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Interaction Flow</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.crmgap.model.impl.InteractionFlowImpl#getChannel <em>Channel</em>}</li>
 *   <li>{@link org.crmgap.model.impl.InteractionFlowImpl#getBond <em>Bond</em>}</li>
 *   <li>{@link org.crmgap.model.impl.InteractionFlowImpl#getPerformer <em>Performer</em>}</li>
 *   <li>{@link org.crmgap.model.impl.InteractionFlowImpl#getServedSegments <em>Served Segments</em>}</li>
 *   <li>{@link org.crmgap.model.impl.InteractionFlowImpl#getRealisedStandards <em>Realised Standards</em>}</li>
 * </ul>
 *
 * @generated
 */
public class InteractionFlowImpl extends NamedElementImpl implements InteractionFlow {
	/**
	 * The default value of the '{@link #getChannel() <em>Channel</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getChannel()
	 * @generated
	 * @ordered
	 */
	protected static final InteractionChannel CHANNEL_EDEFAULT = InteractionChannel.BRANCH;

	/**
	 * The cached value of the '{@link #getChannel() <em>Channel</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getChannel()
	 * @generated
	 * @ordered
	 */
	protected InteractionChannel channel = CHANNEL_EDEFAULT;

	/**
	 * The default value of the '{@link #getBond() <em>Bond</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBond()
	 * @generated
	 * @ordered
	 */
	protected static final BondLevel BOND_EDEFAULT = BondLevel.FINANCIAL;

	/**
	 * The cached value of the '{@link #getBond() <em>Bond</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBond()
	 * @generated
	 * @ordered
	 */
	protected BondLevel bond = BOND_EDEFAULT;

	/**
	 * The cached value of the '{@link #getPerformer() <em>Performer</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPerformer()
	 * @generated
	 * @ordered
	 */
	protected OrganisationUnit performer;

	/**
	 * The cached value of the '{@link #getServedSegments() <em>Served Segments</em>}' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getServedSegments()
	 * @generated
	 * @ordered
	 */
	protected EList<CustomerSegment> servedSegments;

	/**
	 * The cached value of the '{@link #getRealisedStandards() <em>Realised Standards</em>}' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRealisedStandards()
	 * @generated
	 * @ordered
	 */
	protected EList<ServiceStandard> realisedStandards;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected InteractionFlowImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return CrmGapPackage.Literals.INTERACTION_FLOW;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public InteractionChannel getChannel() {
		return channel;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setChannel(InteractionChannel newChannel) {
		InteractionChannel oldChannel = channel;
		channel = newChannel == null ? CHANNEL_EDEFAULT : newChannel;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CrmGapPackage.INTERACTION_FLOW__CHANNEL, oldChannel, channel));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public BondLevel getBond() {
		return bond;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setBond(BondLevel newBond) {
		BondLevel oldBond = bond;
		bond = newBond == null ? BOND_EDEFAULT : newBond;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CrmGapPackage.INTERACTION_FLOW__BOND, oldBond, bond));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public OrganisationUnit getPerformer() {
		return performer;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetPerformer(OrganisationUnit newPerformer, NotificationChain msgs) {
		OrganisationUnit oldPerformer = performer;
		performer = newPerformer;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, CrmGapPackage.INTERACTION_FLOW__PERFORMER, oldPerformer, newPerformer);
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
	public void setPerformer(OrganisationUnit newPerformer) {
		if (newPerformer != performer) {
			NotificationChain msgs = null;
			if (performer != null)
				msgs = ((InternalEObject)performer).eInverseRemove(this, CrmGapPackage.ORGANISATION_UNIT__PERFORMED_FLOWS, OrganisationUnit.class, msgs);
			if (newPerformer != null)
				msgs = ((InternalEObject)newPerformer).eInverseAdd(this, CrmGapPackage.ORGANISATION_UNIT__PERFORMED_FLOWS, OrganisationUnit.class, msgs);
			msgs = basicSetPerformer(newPerformer, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CrmGapPackage.INTERACTION_FLOW__PERFORMER, newPerformer, newPerformer));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<CustomerSegment> getServedSegments() {
		if (servedSegments == null) {
			servedSegments = new EObjectResolvingEList<CustomerSegment>(CustomerSegment.class, this, CrmGapPackage.INTERACTION_FLOW__SERVED_SEGMENTS);
		}
		return servedSegments;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<ServiceStandard> getRealisedStandards() {
		if (realisedStandards == null) {
			realisedStandards = new EObjectWithInverseEList.ManyInverse<ServiceStandard>(ServiceStandard.class, this, CrmGapPackage.INTERACTION_FLOW__REALISED_STANDARDS, CrmGapPackage.SERVICE_STANDARD__REALISING_FLOWS);
		}
		return realisedStandards;
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
			case CrmGapPackage.INTERACTION_FLOW__PERFORMER:
				if (performer != null)
					msgs = ((InternalEObject)performer).eInverseRemove(this, CrmGapPackage.ORGANISATION_UNIT__PERFORMED_FLOWS, OrganisationUnit.class, msgs);
				return basicSetPerformer((OrganisationUnit)otherEnd, msgs);
			case CrmGapPackage.INTERACTION_FLOW__REALISED_STANDARDS:
				return ((InternalEList<InternalEObject>)(InternalEList<?>)getRealisedStandards()).basicAdd(otherEnd, msgs);
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
			case CrmGapPackage.INTERACTION_FLOW__PERFORMER:
				return basicSetPerformer(null, msgs);
			case CrmGapPackage.INTERACTION_FLOW__REALISED_STANDARDS:
				return ((InternalEList<?>)getRealisedStandards()).basicRemove(otherEnd, msgs);
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
			case CrmGapPackage.INTERACTION_FLOW__CHANNEL:
				return getChannel();
			case CrmGapPackage.INTERACTION_FLOW__BOND:
				return getBond();
			case CrmGapPackage.INTERACTION_FLOW__PERFORMER:
				return getPerformer();
			case CrmGapPackage.INTERACTION_FLOW__SERVED_SEGMENTS:
				return getServedSegments();
			case CrmGapPackage.INTERACTION_FLOW__REALISED_STANDARDS:
				return getRealisedStandards();
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
			case CrmGapPackage.INTERACTION_FLOW__CHANNEL:
				setChannel((InteractionChannel)newValue);
				return;
			case CrmGapPackage.INTERACTION_FLOW__BOND:
				setBond((BondLevel)newValue);
				return;
			case CrmGapPackage.INTERACTION_FLOW__PERFORMER:
				setPerformer((OrganisationUnit)newValue);
				return;
			case CrmGapPackage.INTERACTION_FLOW__SERVED_SEGMENTS:
				getServedSegments().clear();
				getServedSegments().addAll((Collection<? extends CustomerSegment>)newValue);
				return;
			case CrmGapPackage.INTERACTION_FLOW__REALISED_STANDARDS:
				getRealisedStandards().clear();
				getRealisedStandards().addAll((Collection<? extends ServiceStandard>)newValue);
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
			case CrmGapPackage.INTERACTION_FLOW__CHANNEL:
				setChannel(CHANNEL_EDEFAULT);
				return;
			case CrmGapPackage.INTERACTION_FLOW__BOND:
				setBond(BOND_EDEFAULT);
				return;
			case CrmGapPackage.INTERACTION_FLOW__PERFORMER:
				setPerformer((OrganisationUnit)null);
				return;
			case CrmGapPackage.INTERACTION_FLOW__SERVED_SEGMENTS:
				getServedSegments().clear();
				return;
			case CrmGapPackage.INTERACTION_FLOW__REALISED_STANDARDS:
				getRealisedStandards().clear();
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
			case CrmGapPackage.INTERACTION_FLOW__CHANNEL:
				return channel != CHANNEL_EDEFAULT;
			case CrmGapPackage.INTERACTION_FLOW__BOND:
				return bond != BOND_EDEFAULT;
			case CrmGapPackage.INTERACTION_FLOW__PERFORMER:
				return performer != null;
			case CrmGapPackage.INTERACTION_FLOW__SERVED_SEGMENTS:
				return servedSegments != null && !servedSegments.isEmpty();
			case CrmGapPackage.INTERACTION_FLOW__REALISED_STANDARDS:
				return realisedStandards != null && !realisedStandards.isEmpty();
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
		result.append(", bond: ");
		result.append(bond);
		result.append(')');
		return result.toString();
	}

} //InteractionFlowImpl
