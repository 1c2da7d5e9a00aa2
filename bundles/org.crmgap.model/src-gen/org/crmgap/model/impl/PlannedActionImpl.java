/**
 */
package org.crmgap.model.impl;

import java.time.LocalDate;

import org.crmgap.model.ActionStatus;
import org.crmgap.model.CrmGapPackage;
import org.crmgap.model.Gap;
import org.crmgap.model.MeasurementWave;
import org.crmgap.model.OrganisationUnit;
import org.crmgap.model.PlannedAction;
import org.crmgap.model.RecoveryAction;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Planned Action</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.crmgap.model.impl.PlannedActionImpl#getGap <em>Gap</em>}</li>
 *   <li>{@link org.crmgap.model.impl.PlannedActionImpl#getAction <em>Action</em>}</li>
 *   <li>{@link org.crmgap.model.impl.PlannedActionImpl#getOwner <em>Owner</em>}</li>
 *   <li>{@link org.crmgap.model.impl.PlannedActionImpl#getStartDate <em>Start Date</em>}</li>
 *   <li>{@link org.crmgap.model.impl.PlannedActionImpl#getDueDate <em>Due Date</em>}</li>
 *   <li>{@link org.crmgap.model.impl.PlannedActionImpl#getStatus <em>Status</em>}</li>
 *   <li>{@link org.crmgap.model.impl.PlannedActionImpl#getTargetValue <em>Target Value</em>}</li>
 *   <li>{@link org.crmgap.model.impl.PlannedActionImpl#getTargetWave <em>Target Wave</em>}</li>
 * </ul>
 *
 * @generated
 */
public class PlannedActionImpl extends NamedElementImpl implements PlannedAction {
	/**
	 * The cached value of the '{@link #getGap() <em>Gap</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getGap()
	 * @generated
	 * @ordered
	 */
	protected Gap gap;

	/**
	 * The cached value of the '{@link #getAction() <em>Action</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAction()
	 * @generated
	 * @ordered
	 */
	protected RecoveryAction action;

	/**
	 * The cached value of the '{@link #getOwner() <em>Owner</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOwner()
	 * @generated
	 * @ordered
	 */
	protected OrganisationUnit owner;

	/**
	 * The default value of the '{@link #getStartDate() <em>Start Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStartDate()
	 * @generated
	 * @ordered
	 */
	protected static final LocalDate START_DATE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getStartDate() <em>Start Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStartDate()
	 * @generated
	 * @ordered
	 */
	protected LocalDate startDate = START_DATE_EDEFAULT;

	/**
	 * The default value of the '{@link #getDueDate() <em>Due Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDueDate()
	 * @generated
	 * @ordered
	 */
	protected static final LocalDate DUE_DATE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getDueDate() <em>Due Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDueDate()
	 * @generated
	 * @ordered
	 */
	protected LocalDate dueDate = DUE_DATE_EDEFAULT;

	/**
	 * The default value of the '{@link #getStatus() <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStatus()
	 * @generated
	 * @ordered
	 */
	protected static final ActionStatus STATUS_EDEFAULT = ActionStatus.PLANNED;

	/**
	 * The cached value of the '{@link #getStatus() <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStatus()
	 * @generated
	 * @ordered
	 */
	protected ActionStatus status = STATUS_EDEFAULT;

	/**
	 * The default value of the '{@link #getTargetValue() <em>Target Value</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTargetValue()
	 * @generated
	 * @ordered
	 */
	protected static final Double TARGET_VALUE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getTargetValue() <em>Target Value</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTargetValue()
	 * @generated
	 * @ordered
	 */
	protected Double targetValue = TARGET_VALUE_EDEFAULT;

	/**
	 * The cached value of the '{@link #getTargetWave() <em>Target Wave</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTargetWave()
	 * @generated
	 * @ordered
	 */
	protected MeasurementWave targetWave;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected PlannedActionImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return CrmGapPackage.Literals.PLANNED_ACTION;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Gap getGap() {
		if (gap != null && gap.eIsProxy()) {
			InternalEObject oldGap = (InternalEObject)gap;
			gap = (Gap)eResolveProxy(oldGap);
			if (gap != oldGap) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, CrmGapPackage.PLANNED_ACTION__GAP, oldGap, gap));
			}
		}
		return gap;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Gap basicGetGap() {
		return gap;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setGap(Gap newGap) {
		Gap oldGap = gap;
		gap = newGap;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CrmGapPackage.PLANNED_ACTION__GAP, oldGap, gap));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public RecoveryAction getAction() {
		if (action != null && action.eIsProxy()) {
			InternalEObject oldAction = (InternalEObject)action;
			action = (RecoveryAction)eResolveProxy(oldAction);
			if (action != oldAction) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, CrmGapPackage.PLANNED_ACTION__ACTION, oldAction, action));
			}
		}
		return action;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public RecoveryAction basicGetAction() {
		return action;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAction(RecoveryAction newAction) {
		RecoveryAction oldAction = action;
		action = newAction;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CrmGapPackage.PLANNED_ACTION__ACTION, oldAction, action));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public OrganisationUnit getOwner() {
		if (owner != null && owner.eIsProxy()) {
			InternalEObject oldOwner = (InternalEObject)owner;
			owner = (OrganisationUnit)eResolveProxy(oldOwner);
			if (owner != oldOwner) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, CrmGapPackage.PLANNED_ACTION__OWNER, oldOwner, owner));
			}
		}
		return owner;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public OrganisationUnit basicGetOwner() {
		return owner;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setOwner(OrganisationUnit newOwner) {
		OrganisationUnit oldOwner = owner;
		owner = newOwner;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CrmGapPackage.PLANNED_ACTION__OWNER, oldOwner, owner));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LocalDate getStartDate() {
		return startDate;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setStartDate(LocalDate newStartDate) {
		LocalDate oldStartDate = startDate;
		startDate = newStartDate;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CrmGapPackage.PLANNED_ACTION__START_DATE, oldStartDate, startDate));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LocalDate getDueDate() {
		return dueDate;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDueDate(LocalDate newDueDate) {
		LocalDate oldDueDate = dueDate;
		dueDate = newDueDate;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CrmGapPackage.PLANNED_ACTION__DUE_DATE, oldDueDate, dueDate));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ActionStatus getStatus() {
		return status;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setStatus(ActionStatus newStatus) {
		ActionStatus oldStatus = status;
		status = newStatus == null ? STATUS_EDEFAULT : newStatus;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CrmGapPackage.PLANNED_ACTION__STATUS, oldStatus, status));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Double getTargetValue() {
		return targetValue;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTargetValue(Double newTargetValue) {
		Double oldTargetValue = targetValue;
		targetValue = newTargetValue;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CrmGapPackage.PLANNED_ACTION__TARGET_VALUE, oldTargetValue, targetValue));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public MeasurementWave getTargetWave() {
		if (targetWave != null && targetWave.eIsProxy()) {
			InternalEObject oldTargetWave = (InternalEObject)targetWave;
			targetWave = (MeasurementWave)eResolveProxy(oldTargetWave);
			if (targetWave != oldTargetWave) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, CrmGapPackage.PLANNED_ACTION__TARGET_WAVE, oldTargetWave, targetWave));
			}
		}
		return targetWave;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public MeasurementWave basicGetTargetWave() {
		return targetWave;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTargetWave(MeasurementWave newTargetWave) {
		MeasurementWave oldTargetWave = targetWave;
		targetWave = newTargetWave;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CrmGapPackage.PLANNED_ACTION__TARGET_WAVE, oldTargetWave, targetWave));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case CrmGapPackage.PLANNED_ACTION__GAP:
				if (resolve) return getGap();
				return basicGetGap();
			case CrmGapPackage.PLANNED_ACTION__ACTION:
				if (resolve) return getAction();
				return basicGetAction();
			case CrmGapPackage.PLANNED_ACTION__OWNER:
				if (resolve) return getOwner();
				return basicGetOwner();
			case CrmGapPackage.PLANNED_ACTION__START_DATE:
				return getStartDate();
			case CrmGapPackage.PLANNED_ACTION__DUE_DATE:
				return getDueDate();
			case CrmGapPackage.PLANNED_ACTION__STATUS:
				return getStatus();
			case CrmGapPackage.PLANNED_ACTION__TARGET_VALUE:
				return getTargetValue();
			case CrmGapPackage.PLANNED_ACTION__TARGET_WAVE:
				if (resolve) return getTargetWave();
				return basicGetTargetWave();
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
			case CrmGapPackage.PLANNED_ACTION__GAP:
				setGap((Gap)newValue);
				return;
			case CrmGapPackage.PLANNED_ACTION__ACTION:
				setAction((RecoveryAction)newValue);
				return;
			case CrmGapPackage.PLANNED_ACTION__OWNER:
				setOwner((OrganisationUnit)newValue);
				return;
			case CrmGapPackage.PLANNED_ACTION__START_DATE:
				setStartDate((LocalDate)newValue);
				return;
			case CrmGapPackage.PLANNED_ACTION__DUE_DATE:
				setDueDate((LocalDate)newValue);
				return;
			case CrmGapPackage.PLANNED_ACTION__STATUS:
				setStatus((ActionStatus)newValue);
				return;
			case CrmGapPackage.PLANNED_ACTION__TARGET_VALUE:
				setTargetValue((Double)newValue);
				return;
			case CrmGapPackage.PLANNED_ACTION__TARGET_WAVE:
				setTargetWave((MeasurementWave)newValue);
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
			case CrmGapPackage.PLANNED_ACTION__GAP:
				setGap((Gap)null);
				return;
			case CrmGapPackage.PLANNED_ACTION__ACTION:
				setAction((RecoveryAction)null);
				return;
			case CrmGapPackage.PLANNED_ACTION__OWNER:
				setOwner((OrganisationUnit)null);
				return;
			case CrmGapPackage.PLANNED_ACTION__START_DATE:
				setStartDate(START_DATE_EDEFAULT);
				return;
			case CrmGapPackage.PLANNED_ACTION__DUE_DATE:
				setDueDate(DUE_DATE_EDEFAULT);
				return;
			case CrmGapPackage.PLANNED_ACTION__STATUS:
				setStatus(STATUS_EDEFAULT);
				return;
			case CrmGapPackage.PLANNED_ACTION__TARGET_VALUE:
				setTargetValue(TARGET_VALUE_EDEFAULT);
				return;
			case CrmGapPackage.PLANNED_ACTION__TARGET_WAVE:
				setTargetWave((MeasurementWave)null);
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
			case CrmGapPackage.PLANNED_ACTION__GAP:
				return gap != null;
			case CrmGapPackage.PLANNED_ACTION__ACTION:
				return action != null;
			case CrmGapPackage.PLANNED_ACTION__OWNER:
				return owner != null;
			case CrmGapPackage.PLANNED_ACTION__START_DATE:
				return START_DATE_EDEFAULT == null ? startDate != null : !START_DATE_EDEFAULT.equals(startDate);
			case CrmGapPackage.PLANNED_ACTION__DUE_DATE:
				return DUE_DATE_EDEFAULT == null ? dueDate != null : !DUE_DATE_EDEFAULT.equals(dueDate);
			case CrmGapPackage.PLANNED_ACTION__STATUS:
				return status != STATUS_EDEFAULT;
			case CrmGapPackage.PLANNED_ACTION__TARGET_VALUE:
				return TARGET_VALUE_EDEFAULT == null ? targetValue != null : !TARGET_VALUE_EDEFAULT.equals(targetValue);
			case CrmGapPackage.PLANNED_ACTION__TARGET_WAVE:
				return targetWave != null;
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
		result.append(" (startDate: ");
		result.append(startDate);
		result.append(", dueDate: ");
		result.append(dueDate);
		result.append(", status: ");
		result.append(status);
		result.append(", targetValue: ");
		result.append(targetValue);
		result.append(')');
		return result.toString();
	}

} //PlannedActionImpl
