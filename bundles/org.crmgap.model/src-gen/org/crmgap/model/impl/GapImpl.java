/**
 */
package org.crmgap.model.impl;

import java.util.Collection;

import org.crmgap.model.CrmGapPackage;
import org.crmgap.model.CustomerSegment;
import org.crmgap.model.DieStage;
import org.crmgap.model.Gap;
import org.crmgap.model.GapCause;
import org.crmgap.model.GapEndpoint;
import org.crmgap.model.GapKind;
import org.crmgap.model.IndicatorSnapshot;
import org.crmgap.model.RecoveryAction;
import org.crmgap.model.SeverityThreshold;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.EObjectResolvingEList;
import org.eclipse.emf.ecore.util.InternalEList;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Gap</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.crmgap.model.impl.GapImpl#getKind <em>Kind</em>}</li>
 *   <li>{@link org.crmgap.model.impl.GapImpl#getStage <em>Stage</em>}</li>
 *   <li>{@link org.crmgap.model.impl.GapImpl#getReference <em>Reference</em>}</li>
 *   <li>{@link org.crmgap.model.impl.GapImpl#getActual <em>Actual</em>}</li>
 *   <li>{@link org.crmgap.model.impl.GapImpl#getSegment <em>Segment</em>}</li>
 *   <li>{@link org.crmgap.model.impl.GapImpl#getThreshold <em>Threshold</em>}</li>
 *   <li>{@link org.crmgap.model.impl.GapImpl#getCauses <em>Causes</em>}</li>
 *   <li>{@link org.crmgap.model.impl.GapImpl#getActions <em>Actions</em>}</li>
 *   <li>{@link org.crmgap.model.impl.GapImpl#getSnapshots <em>Snapshots</em>}</li>
 * </ul>
 *
 * @generated
 */
public class GapImpl extends NamedElementImpl implements Gap {
	/**
	 * The default value of the '{@link #getKind() <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKind()
	 * @generated
	 * @ordered
	 */
	protected static final GapKind KIND_EDEFAULT = GapKind.KNOWLEDGE;

	/**
	 * The cached value of the '{@link #getKind() <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKind()
	 * @generated
	 * @ordered
	 */
	protected GapKind kind = KIND_EDEFAULT;

	/**
	 * The default value of the '{@link #getStage() <em>Stage</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStage()
	 * @generated
	 * @ordered
	 */
	protected static final DieStage STAGE_EDEFAULT = DieStage.DESIGN;

	/**
	 * The cached value of the '{@link #getStage() <em>Stage</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStage()
	 * @generated
	 * @ordered
	 */
	protected DieStage stage = STAGE_EDEFAULT;

	/**
	 * The cached value of the '{@link #getReference() <em>Reference</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getReference()
	 * @generated
	 * @ordered
	 */
	protected GapEndpoint reference;

	/**
	 * The cached value of the '{@link #getActual() <em>Actual</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getActual()
	 * @generated
	 * @ordered
	 */
	protected GapEndpoint actual;

	/**
	 * The cached value of the '{@link #getSegment() <em>Segment</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSegment()
	 * @generated
	 * @ordered
	 */
	protected CustomerSegment segment;

	/**
	 * The cached value of the '{@link #getThreshold() <em>Threshold</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getThreshold()
	 * @generated
	 * @ordered
	 */
	protected SeverityThreshold threshold;

	/**
	 * The cached value of the '{@link #getCauses() <em>Causes</em>}' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCauses()
	 * @generated
	 * @ordered
	 */
	protected EList<GapCause> causes;

	/**
	 * The cached value of the '{@link #getActions() <em>Actions</em>}' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getActions()
	 * @generated
	 * @ordered
	 */
	protected EList<RecoveryAction> actions;

	/**
	 * The cached value of the '{@link #getSnapshots() <em>Snapshots</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSnapshots()
	 * @generated
	 * @ordered
	 */
	protected EList<IndicatorSnapshot> snapshots;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected GapImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return CrmGapPackage.Literals.GAP;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public GapKind getKind() {
		return kind;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setKind(GapKind newKind) {
		GapKind oldKind = kind;
		kind = newKind == null ? KIND_EDEFAULT : newKind;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CrmGapPackage.GAP__KIND, oldKind, kind));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public DieStage getStage() {
		return stage;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setStage(DieStage newStage) {
		DieStage oldStage = stage;
		stage = newStage == null ? STAGE_EDEFAULT : newStage;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CrmGapPackage.GAP__STAGE, oldStage, stage));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public GapEndpoint getReference() {
		if (reference != null && reference.eIsProxy()) {
			InternalEObject oldReference = (InternalEObject)reference;
			reference = (GapEndpoint)eResolveProxy(oldReference);
			if (reference != oldReference) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, CrmGapPackage.GAP__REFERENCE, oldReference, reference));
			}
		}
		return reference;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public GapEndpoint basicGetReference() {
		return reference;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setReference(GapEndpoint newReference) {
		GapEndpoint oldReference = reference;
		reference = newReference;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CrmGapPackage.GAP__REFERENCE, oldReference, reference));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public GapEndpoint getActual() {
		if (actual != null && actual.eIsProxy()) {
			InternalEObject oldActual = (InternalEObject)actual;
			actual = (GapEndpoint)eResolveProxy(oldActual);
			if (actual != oldActual) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, CrmGapPackage.GAP__ACTUAL, oldActual, actual));
			}
		}
		return actual;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public GapEndpoint basicGetActual() {
		return actual;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setActual(GapEndpoint newActual) {
		GapEndpoint oldActual = actual;
		actual = newActual;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CrmGapPackage.GAP__ACTUAL, oldActual, actual));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public CustomerSegment getSegment() {
		if (segment != null && segment.eIsProxy()) {
			InternalEObject oldSegment = (InternalEObject)segment;
			segment = (CustomerSegment)eResolveProxy(oldSegment);
			if (segment != oldSegment) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, CrmGapPackage.GAP__SEGMENT, oldSegment, segment));
			}
		}
		return segment;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public CustomerSegment basicGetSegment() {
		return segment;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSegment(CustomerSegment newSegment) {
		CustomerSegment oldSegment = segment;
		segment = newSegment;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CrmGapPackage.GAP__SEGMENT, oldSegment, segment));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public SeverityThreshold getThreshold() {
		return threshold;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetThreshold(SeverityThreshold newThreshold, NotificationChain msgs) {
		SeverityThreshold oldThreshold = threshold;
		threshold = newThreshold;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, CrmGapPackage.GAP__THRESHOLD, oldThreshold, newThreshold);
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
	public void setThreshold(SeverityThreshold newThreshold) {
		if (newThreshold != threshold) {
			NotificationChain msgs = null;
			if (threshold != null)
				msgs = ((InternalEObject)threshold).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - CrmGapPackage.GAP__THRESHOLD, null, msgs);
			if (newThreshold != null)
				msgs = ((InternalEObject)newThreshold).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - CrmGapPackage.GAP__THRESHOLD, null, msgs);
			msgs = basicSetThreshold(newThreshold, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CrmGapPackage.GAP__THRESHOLD, newThreshold, newThreshold));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<GapCause> getCauses() {
		if (causes == null) {
			causes = new EObjectResolvingEList<GapCause>(GapCause.class, this, CrmGapPackage.GAP__CAUSES);
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
			actions = new EObjectResolvingEList<RecoveryAction>(RecoveryAction.class, this, CrmGapPackage.GAP__ACTIONS);
		}
		return actions;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<IndicatorSnapshot> getSnapshots() {
		if (snapshots == null) {
			snapshots = new EObjectContainmentEList<IndicatorSnapshot>(IndicatorSnapshot.class, this, CrmGapPackage.GAP__SNAPSHOTS);
		}
		return snapshots;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case CrmGapPackage.GAP__THRESHOLD:
				return basicSetThreshold(null, msgs);
			case CrmGapPackage.GAP__SNAPSHOTS:
				return ((InternalEList<?>)getSnapshots()).basicRemove(otherEnd, msgs);
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
			case CrmGapPackage.GAP__KIND:
				return getKind();
			case CrmGapPackage.GAP__STAGE:
				return getStage();
			case CrmGapPackage.GAP__REFERENCE:
				if (resolve) return getReference();
				return basicGetReference();
			case CrmGapPackage.GAP__ACTUAL:
				if (resolve) return getActual();
				return basicGetActual();
			case CrmGapPackage.GAP__SEGMENT:
				if (resolve) return getSegment();
				return basicGetSegment();
			case CrmGapPackage.GAP__THRESHOLD:
				return getThreshold();
			case CrmGapPackage.GAP__CAUSES:
				return getCauses();
			case CrmGapPackage.GAP__ACTIONS:
				return getActions();
			case CrmGapPackage.GAP__SNAPSHOTS:
				return getSnapshots();
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
			case CrmGapPackage.GAP__KIND:
				setKind((GapKind)newValue);
				return;
			case CrmGapPackage.GAP__STAGE:
				setStage((DieStage)newValue);
				return;
			case CrmGapPackage.GAP__REFERENCE:
				setReference((GapEndpoint)newValue);
				return;
			case CrmGapPackage.GAP__ACTUAL:
				setActual((GapEndpoint)newValue);
				return;
			case CrmGapPackage.GAP__SEGMENT:
				setSegment((CustomerSegment)newValue);
				return;
			case CrmGapPackage.GAP__THRESHOLD:
				setThreshold((SeverityThreshold)newValue);
				return;
			case CrmGapPackage.GAP__CAUSES:
				getCauses().clear();
				getCauses().addAll((Collection<? extends GapCause>)newValue);
				return;
			case CrmGapPackage.GAP__ACTIONS:
				getActions().clear();
				getActions().addAll((Collection<? extends RecoveryAction>)newValue);
				return;
			case CrmGapPackage.GAP__SNAPSHOTS:
				getSnapshots().clear();
				getSnapshots().addAll((Collection<? extends IndicatorSnapshot>)newValue);
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
			case CrmGapPackage.GAP__KIND:
				setKind(KIND_EDEFAULT);
				return;
			case CrmGapPackage.GAP__STAGE:
				setStage(STAGE_EDEFAULT);
				return;
			case CrmGapPackage.GAP__REFERENCE:
				setReference((GapEndpoint)null);
				return;
			case CrmGapPackage.GAP__ACTUAL:
				setActual((GapEndpoint)null);
				return;
			case CrmGapPackage.GAP__SEGMENT:
				setSegment((CustomerSegment)null);
				return;
			case CrmGapPackage.GAP__THRESHOLD:
				setThreshold((SeverityThreshold)null);
				return;
			case CrmGapPackage.GAP__CAUSES:
				getCauses().clear();
				return;
			case CrmGapPackage.GAP__ACTIONS:
				getActions().clear();
				return;
			case CrmGapPackage.GAP__SNAPSHOTS:
				getSnapshots().clear();
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
			case CrmGapPackage.GAP__KIND:
				return kind != KIND_EDEFAULT;
			case CrmGapPackage.GAP__STAGE:
				return stage != STAGE_EDEFAULT;
			case CrmGapPackage.GAP__REFERENCE:
				return reference != null;
			case CrmGapPackage.GAP__ACTUAL:
				return actual != null;
			case CrmGapPackage.GAP__SEGMENT:
				return segment != null;
			case CrmGapPackage.GAP__THRESHOLD:
				return threshold != null;
			case CrmGapPackage.GAP__CAUSES:
				return causes != null && !causes.isEmpty();
			case CrmGapPackage.GAP__ACTIONS:
				return actions != null && !actions.isEmpty();
			case CrmGapPackage.GAP__SNAPSHOTS:
				return snapshots != null && !snapshots.isEmpty();
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
		result.append(", stage: ");
		result.append(stage);
		result.append(')');
		return result.toString();
	}

} //GapImpl
