/**
 */
package org.crmgap.model.impl;

import java.util.Date;

import org.crmgap.model.CrmGapPackage;
import org.crmgap.model.IndicatorSnapshot;
import org.crmgap.model.Severity;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.EObjectImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Indicator Snapshot</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.crmgap.model.impl.IndicatorSnapshotImpl#getIndicator <em>Indicator</em>}</li>
 *   <li>{@link org.crmgap.model.impl.IndicatorSnapshotImpl#getValue <em>Value</em>}</li>
 *   <li>{@link org.crmgap.model.impl.IndicatorSnapshotImpl#getN <em>N</em>}</li>
 *   <li>{@link org.crmgap.model.impl.IndicatorSnapshotImpl#getSeverity <em>Severity</em>}</li>
 *   <li>{@link org.crmgap.model.impl.IndicatorSnapshotImpl#getComputedAt <em>Computed At</em>}</li>
 *   <li>{@link org.crmgap.model.impl.IndicatorSnapshotImpl#getDataFingerprint <em>Data Fingerprint</em>}</li>
 * </ul>
 *
 * @generated
 */
public class IndicatorSnapshotImpl extends EObjectImpl implements IndicatorSnapshot {
	/**
	 * The default value of the '{@link #getIndicator() <em>Indicator</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getIndicator()
	 * @generated
	 * @ordered
	 */
	protected static final String INDICATOR_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getIndicator() <em>Indicator</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getIndicator()
	 * @generated
	 * @ordered
	 */
	protected String indicator = INDICATOR_EDEFAULT;

	/**
	 * The default value of the '{@link #getValue() <em>Value</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getValue()
	 * @generated
	 * @ordered
	 */
	protected static final double VALUE_EDEFAULT = 0.0;

	/**
	 * The cached value of the '{@link #getValue() <em>Value</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getValue()
	 * @generated
	 * @ordered
	 */
	protected double value = VALUE_EDEFAULT;

	/**
	 * The default value of the '{@link #getN() <em>N</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getN()
	 * @generated
	 * @ordered
	 */
	protected static final int N_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getN() <em>N</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getN()
	 * @generated
	 * @ordered
	 */
	protected int n = N_EDEFAULT;

	/**
	 * The default value of the '{@link #getSeverity() <em>Severity</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSeverity()
	 * @generated
	 * @ordered
	 */
	protected static final Severity SEVERITY_EDEFAULT = Severity.UNKNOWN;

	/**
	 * The cached value of the '{@link #getSeverity() <em>Severity</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSeverity()
	 * @generated
	 * @ordered
	 */
	protected Severity severity = SEVERITY_EDEFAULT;

	/**
	 * The default value of the '{@link #getComputedAt() <em>Computed At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getComputedAt()
	 * @generated
	 * @ordered
	 */
	protected static final Date COMPUTED_AT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getComputedAt() <em>Computed At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getComputedAt()
	 * @generated
	 * @ordered
	 */
	protected Date computedAt = COMPUTED_AT_EDEFAULT;

	/**
	 * The default value of the '{@link #getDataFingerprint() <em>Data Fingerprint</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDataFingerprint()
	 * @generated
	 * @ordered
	 */
	protected static final String DATA_FINGERPRINT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getDataFingerprint() <em>Data Fingerprint</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDataFingerprint()
	 * @generated
	 * @ordered
	 */
	protected String dataFingerprint = DATA_FINGERPRINT_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected IndicatorSnapshotImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return CrmGapPackage.Literals.INDICATOR_SNAPSHOT;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getIndicator() {
		return indicator;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setIndicator(String newIndicator) {
		String oldIndicator = indicator;
		indicator = newIndicator;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CrmGapPackage.INDICATOR_SNAPSHOT__INDICATOR, oldIndicator, indicator));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getValue() {
		return value;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setValue(double newValue) {
		double oldValue = value;
		value = newValue;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CrmGapPackage.INDICATOR_SNAPSHOT__VALUE, oldValue, value));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getN() {
		return n;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setN(int newN) {
		int oldN = n;
		n = newN;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CrmGapPackage.INDICATOR_SNAPSHOT__N, oldN, n));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Severity getSeverity() {
		return severity;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSeverity(Severity newSeverity) {
		Severity oldSeverity = severity;
		severity = newSeverity == null ? SEVERITY_EDEFAULT : newSeverity;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CrmGapPackage.INDICATOR_SNAPSHOT__SEVERITY, oldSeverity, severity));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Date getComputedAt() {
		return computedAt;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setComputedAt(Date newComputedAt) {
		Date oldComputedAt = computedAt;
		computedAt = newComputedAt;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CrmGapPackage.INDICATOR_SNAPSHOT__COMPUTED_AT, oldComputedAt, computedAt));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getDataFingerprint() {
		return dataFingerprint;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDataFingerprint(String newDataFingerprint) {
		String oldDataFingerprint = dataFingerprint;
		dataFingerprint = newDataFingerprint;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CrmGapPackage.INDICATOR_SNAPSHOT__DATA_FINGERPRINT, oldDataFingerprint, dataFingerprint));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case CrmGapPackage.INDICATOR_SNAPSHOT__INDICATOR:
				return getIndicator();
			case CrmGapPackage.INDICATOR_SNAPSHOT__VALUE:
				return getValue();
			case CrmGapPackage.INDICATOR_SNAPSHOT__N:
				return getN();
			case CrmGapPackage.INDICATOR_SNAPSHOT__SEVERITY:
				return getSeverity();
			case CrmGapPackage.INDICATOR_SNAPSHOT__COMPUTED_AT:
				return getComputedAt();
			case CrmGapPackage.INDICATOR_SNAPSHOT__DATA_FINGERPRINT:
				return getDataFingerprint();
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
			case CrmGapPackage.INDICATOR_SNAPSHOT__INDICATOR:
				setIndicator((String)newValue);
				return;
			case CrmGapPackage.INDICATOR_SNAPSHOT__VALUE:
				setValue((Double)newValue);
				return;
			case CrmGapPackage.INDICATOR_SNAPSHOT__N:
				setN((Integer)newValue);
				return;
			case CrmGapPackage.INDICATOR_SNAPSHOT__SEVERITY:
				setSeverity((Severity)newValue);
				return;
			case CrmGapPackage.INDICATOR_SNAPSHOT__COMPUTED_AT:
				setComputedAt((Date)newValue);
				return;
			case CrmGapPackage.INDICATOR_SNAPSHOT__DATA_FINGERPRINT:
				setDataFingerprint((String)newValue);
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
			case CrmGapPackage.INDICATOR_SNAPSHOT__INDICATOR:
				setIndicator(INDICATOR_EDEFAULT);
				return;
			case CrmGapPackage.INDICATOR_SNAPSHOT__VALUE:
				setValue(VALUE_EDEFAULT);
				return;
			case CrmGapPackage.INDICATOR_SNAPSHOT__N:
				setN(N_EDEFAULT);
				return;
			case CrmGapPackage.INDICATOR_SNAPSHOT__SEVERITY:
				setSeverity(SEVERITY_EDEFAULT);
				return;
			case CrmGapPackage.INDICATOR_SNAPSHOT__COMPUTED_AT:
				setComputedAt(COMPUTED_AT_EDEFAULT);
				return;
			case CrmGapPackage.INDICATOR_SNAPSHOT__DATA_FINGERPRINT:
				setDataFingerprint(DATA_FINGERPRINT_EDEFAULT);
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
			case CrmGapPackage.INDICATOR_SNAPSHOT__INDICATOR:
				return INDICATOR_EDEFAULT == null ? indicator != null : !INDICATOR_EDEFAULT.equals(indicator);
			case CrmGapPackage.INDICATOR_SNAPSHOT__VALUE:
				return value != VALUE_EDEFAULT;
			case CrmGapPackage.INDICATOR_SNAPSHOT__N:
				return n != N_EDEFAULT;
			case CrmGapPackage.INDICATOR_SNAPSHOT__SEVERITY:
				return severity != SEVERITY_EDEFAULT;
			case CrmGapPackage.INDICATOR_SNAPSHOT__COMPUTED_AT:
				return COMPUTED_AT_EDEFAULT == null ? computedAt != null : !COMPUTED_AT_EDEFAULT.equals(computedAt);
			case CrmGapPackage.INDICATOR_SNAPSHOT__DATA_FINGERPRINT:
				return DATA_FINGERPRINT_EDEFAULT == null ? dataFingerprint != null : !DATA_FINGERPRINT_EDEFAULT.equals(dataFingerprint);
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
		result.append(" (indicator: ");
		result.append(indicator);
		result.append(", value: ");
		result.append(value);
		result.append(", n: ");
		result.append(n);
		result.append(", severity: ");
		result.append(severity);
		result.append(", computedAt: ");
		result.append(computedAt);
		result.append(", dataFingerprint: ");
		result.append(dataFingerprint);
		result.append(')');
		return result.toString();
	}

} //IndicatorSnapshotImpl
