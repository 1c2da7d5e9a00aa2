/**
 */
package org.crmgap.model.impl;

import org.crmgap.model.CrmGapPackage;
import org.crmgap.model.GapKind;
import org.crmgap.model.SeverityThreshold;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.EObjectImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Severity Threshold</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.crmgap.model.impl.SeverityThresholdImpl#getGapKind <em>Gap Kind</em>}</li>
 *   <li>{@link org.crmgap.model.impl.SeverityThresholdImpl#getWarningLevel <em>Warning Level</em>}</li>
 *   <li>{@link org.crmgap.model.impl.SeverityThresholdImpl#getErrorLevel <em>Error Level</em>}</li>
 *   <li>{@link org.crmgap.model.impl.SeverityThresholdImpl#getSignificanceLevel <em>Significance Level</em>}</li>
 * </ul>
 *
 * @generated
 */
public class SeverityThresholdImpl extends EObjectImpl implements SeverityThreshold {
	/**
	 * The default value of the '{@link #getGapKind() <em>Gap Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getGapKind()
	 * @generated
	 * @ordered
	 */
	protected static final GapKind GAP_KIND_EDEFAULT = GapKind.KNOWLEDGE;

	/**
	 * The cached value of the '{@link #getGapKind() <em>Gap Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getGapKind()
	 * @generated
	 * @ordered
	 */
	protected GapKind gapKind = GAP_KIND_EDEFAULT;

	/**
	 * The default value of the '{@link #getWarningLevel() <em>Warning Level</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getWarningLevel()
	 * @generated
	 * @ordered
	 */
	protected static final double WARNING_LEVEL_EDEFAULT = 0.5;

	/**
	 * The cached value of the '{@link #getWarningLevel() <em>Warning Level</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getWarningLevel()
	 * @generated
	 * @ordered
	 */
	protected double warningLevel = WARNING_LEVEL_EDEFAULT;

	/**
	 * The default value of the '{@link #getErrorLevel() <em>Error Level</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getErrorLevel()
	 * @generated
	 * @ordered
	 */
	protected static final double ERROR_LEVEL_EDEFAULT = 1.0;

	/**
	 * The cached value of the '{@link #getErrorLevel() <em>Error Level</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getErrorLevel()
	 * @generated
	 * @ordered
	 */
	protected double errorLevel = ERROR_LEVEL_EDEFAULT;

	/**
	 * The default value of the '{@link #getSignificanceLevel() <em>Significance Level</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSignificanceLevel()
	 * @generated
	 * @ordered
	 */
	protected static final double SIGNIFICANCE_LEVEL_EDEFAULT = 0.05;

	/**
	 * The cached value of the '{@link #getSignificanceLevel() <em>Significance Level</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSignificanceLevel()
	 * @generated
	 * @ordered
	 */
	protected double significanceLevel = SIGNIFICANCE_LEVEL_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected SeverityThresholdImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return CrmGapPackage.Literals.SEVERITY_THRESHOLD;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public GapKind getGapKind() {
		return gapKind;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setGapKind(GapKind newGapKind) {
		GapKind oldGapKind = gapKind;
		gapKind = newGapKind == null ? GAP_KIND_EDEFAULT : newGapKind;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CrmGapPackage.SEVERITY_THRESHOLD__GAP_KIND, oldGapKind, gapKind));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getWarningLevel() {
		return warningLevel;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setWarningLevel(double newWarningLevel) {
		double oldWarningLevel = warningLevel;
		warningLevel = newWarningLevel;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CrmGapPackage.SEVERITY_THRESHOLD__WARNING_LEVEL, oldWarningLevel, warningLevel));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getErrorLevel() {
		return errorLevel;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setErrorLevel(double newErrorLevel) {
		double oldErrorLevel = errorLevel;
		errorLevel = newErrorLevel;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CrmGapPackage.SEVERITY_THRESHOLD__ERROR_LEVEL, oldErrorLevel, errorLevel));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getSignificanceLevel() {
		return significanceLevel;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSignificanceLevel(double newSignificanceLevel) {
		double oldSignificanceLevel = significanceLevel;
		significanceLevel = newSignificanceLevel;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CrmGapPackage.SEVERITY_THRESHOLD__SIGNIFICANCE_LEVEL, oldSignificanceLevel, significanceLevel));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case CrmGapPackage.SEVERITY_THRESHOLD__GAP_KIND:
				return getGapKind();
			case CrmGapPackage.SEVERITY_THRESHOLD__WARNING_LEVEL:
				return getWarningLevel();
			case CrmGapPackage.SEVERITY_THRESHOLD__ERROR_LEVEL:
				return getErrorLevel();
			case CrmGapPackage.SEVERITY_THRESHOLD__SIGNIFICANCE_LEVEL:
				return getSignificanceLevel();
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
			case CrmGapPackage.SEVERITY_THRESHOLD__GAP_KIND:
				setGapKind((GapKind)newValue);
				return;
			case CrmGapPackage.SEVERITY_THRESHOLD__WARNING_LEVEL:
				setWarningLevel((Double)newValue);
				return;
			case CrmGapPackage.SEVERITY_THRESHOLD__ERROR_LEVEL:
				setErrorLevel((Double)newValue);
				return;
			case CrmGapPackage.SEVERITY_THRESHOLD__SIGNIFICANCE_LEVEL:
				setSignificanceLevel((Double)newValue);
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
			case CrmGapPackage.SEVERITY_THRESHOLD__GAP_KIND:
				setGapKind(GAP_KIND_EDEFAULT);
				return;
			case CrmGapPackage.SEVERITY_THRESHOLD__WARNING_LEVEL:
				setWarningLevel(WARNING_LEVEL_EDEFAULT);
				return;
			case CrmGapPackage.SEVERITY_THRESHOLD__ERROR_LEVEL:
				setErrorLevel(ERROR_LEVEL_EDEFAULT);
				return;
			case CrmGapPackage.SEVERITY_THRESHOLD__SIGNIFICANCE_LEVEL:
				setSignificanceLevel(SIGNIFICANCE_LEVEL_EDEFAULT);
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
			case CrmGapPackage.SEVERITY_THRESHOLD__GAP_KIND:
				return gapKind != GAP_KIND_EDEFAULT;
			case CrmGapPackage.SEVERITY_THRESHOLD__WARNING_LEVEL:
				return warningLevel != WARNING_LEVEL_EDEFAULT;
			case CrmGapPackage.SEVERITY_THRESHOLD__ERROR_LEVEL:
				return errorLevel != ERROR_LEVEL_EDEFAULT;
			case CrmGapPackage.SEVERITY_THRESHOLD__SIGNIFICANCE_LEVEL:
				return significanceLevel != SIGNIFICANCE_LEVEL_EDEFAULT;
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
		result.append(" (gapKind: ");
		result.append(gapKind);
		result.append(", warningLevel: ");
		result.append(warningLevel);
		result.append(", errorLevel: ");
		result.append(errorLevel);
		result.append(", significanceLevel: ");
		result.append(significanceLevel);
		result.append(')');
		return result.toString();
	}

} //SeverityThresholdImpl
