/**
 */
package org.crmgap.model.impl;

import org.crmgap.model.CrmGapPackage;
import org.crmgap.model.DataSource;
import org.crmgap.model.Expectation;
import org.crmgap.model.ManagementPerception;
import org.crmgap.model.OrganisationUnit;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Management Perception</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.crmgap.model.impl.ManagementPerceptionImpl#getExpectation <em>Expectation</em>}</li>
 *   <li>{@link org.crmgap.model.impl.ManagementPerceptionImpl#getEstimatedLevel <em>Estimated Level</em>}</li>
 *   <li>{@link org.crmgap.model.impl.ManagementPerceptionImpl#getHeldBy <em>Held By</em>}</li>
 *   <li>{@link org.crmgap.model.impl.ManagementPerceptionImpl#getSource <em>Source</em>}</li>
 * </ul>
 *
 * @generated
 */
public class ManagementPerceptionImpl extends NamedElementImpl implements ManagementPerception {
	/**
	 * The cached value of the '{@link #getExpectation() <em>Expectation</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getExpectation()
	 * @generated
	 * @ordered
	 */
	protected Expectation expectation;

	/**
	 * The default value of the '{@link #getEstimatedLevel() <em>Estimated Level</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEstimatedLevel()
	 * @generated
	 * @ordered
	 */
	protected static final Double ESTIMATED_LEVEL_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getEstimatedLevel() <em>Estimated Level</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEstimatedLevel()
	 * @generated
	 * @ordered
	 */
	protected Double estimatedLevel = ESTIMATED_LEVEL_EDEFAULT;

	/**
	 * The cached value of the '{@link #getHeldBy() <em>Held By</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getHeldBy()
	 * @generated
	 * @ordered
	 */
	protected OrganisationUnit heldBy;

	/**
	 * The cached value of the '{@link #getSource() <em>Source</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSource()
	 * @generated
	 * @ordered
	 */
	protected DataSource source;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected ManagementPerceptionImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return CrmGapPackage.Literals.MANAGEMENT_PERCEPTION;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Expectation getExpectation() {
		if (expectation != null && expectation.eIsProxy()) {
			InternalEObject oldExpectation = (InternalEObject)expectation;
			expectation = (Expectation)eResolveProxy(oldExpectation);
			if (expectation != oldExpectation) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, CrmGapPackage.MANAGEMENT_PERCEPTION__EXPECTATION, oldExpectation, expectation));
			}
		}
		return expectation;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Expectation basicGetExpectation() {
		return expectation;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setExpectation(Expectation newExpectation) {
		Expectation oldExpectation = expectation;
		expectation = newExpectation;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CrmGapPackage.MANAGEMENT_PERCEPTION__EXPECTATION, oldExpectation, expectation));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Double getEstimatedLevel() {
		return estimatedLevel;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setEstimatedLevel(Double newEstimatedLevel) {
		Double oldEstimatedLevel = estimatedLevel;
		estimatedLevel = newEstimatedLevel;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CrmGapPackage.MANAGEMENT_PERCEPTION__ESTIMATED_LEVEL, oldEstimatedLevel, estimatedLevel));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public OrganisationUnit getHeldBy() {
		if (heldBy != null && heldBy.eIsProxy()) {
			InternalEObject oldHeldBy = (InternalEObject)heldBy;
			heldBy = (OrganisationUnit)eResolveProxy(oldHeldBy);
			if (heldBy != oldHeldBy) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, CrmGapPackage.MANAGEMENT_PERCEPTION__HELD_BY, oldHeldBy, heldBy));
			}
		}
		return heldBy;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public OrganisationUnit basicGetHeldBy() {
		return heldBy;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setHeldBy(OrganisationUnit newHeldBy) {
		OrganisationUnit oldHeldBy = heldBy;
		heldBy = newHeldBy;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CrmGapPackage.MANAGEMENT_PERCEPTION__HELD_BY, oldHeldBy, heldBy));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public DataSource getSource() {
		if (source != null && source.eIsProxy()) {
			InternalEObject oldSource = (InternalEObject)source;
			source = (DataSource)eResolveProxy(oldSource);
			if (source != oldSource) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, CrmGapPackage.MANAGEMENT_PERCEPTION__SOURCE, oldSource, source));
			}
		}
		return source;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public DataSource basicGetSource() {
		return source;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSource(DataSource newSource) {
		DataSource oldSource = source;
		source = newSource;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CrmGapPackage.MANAGEMENT_PERCEPTION__SOURCE, oldSource, source));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case CrmGapPackage.MANAGEMENT_PERCEPTION__EXPECTATION:
				if (resolve) return getExpectation();
				return basicGetExpectation();
			case CrmGapPackage.MANAGEMENT_PERCEPTION__ESTIMATED_LEVEL:
				return getEstimatedLevel();
			case CrmGapPackage.MANAGEMENT_PERCEPTION__HELD_BY:
				if (resolve) return getHeldBy();
				return basicGetHeldBy();
			case CrmGapPackage.MANAGEMENT_PERCEPTION__SOURCE:
				if (resolve) return getSource();
				return basicGetSource();
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
			case CrmGapPackage.MANAGEMENT_PERCEPTION__EXPECTATION:
				setExpectation((Expectation)newValue);
				return;
			case CrmGapPackage.MANAGEMENT_PERCEPTION__ESTIMATED_LEVEL:
				setEstimatedLevel((Double)newValue);
				return;
			case CrmGapPackage.MANAGEMENT_PERCEPTION__HELD_BY:
				setHeldBy((OrganisationUnit)newValue);
				return;
			case CrmGapPackage.MANAGEMENT_PERCEPTION__SOURCE:
				setSource((DataSource)newValue);
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
			case CrmGapPackage.MANAGEMENT_PERCEPTION__EXPECTATION:
				setExpectation((Expectation)null);
				return;
			case CrmGapPackage.MANAGEMENT_PERCEPTION__ESTIMATED_LEVEL:
				setEstimatedLevel(ESTIMATED_LEVEL_EDEFAULT);
				return;
			case CrmGapPackage.MANAGEMENT_PERCEPTION__HELD_BY:
				setHeldBy((OrganisationUnit)null);
				return;
			case CrmGapPackage.MANAGEMENT_PERCEPTION__SOURCE:
				setSource((DataSource)null);
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
			case CrmGapPackage.MANAGEMENT_PERCEPTION__EXPECTATION:
				return expectation != null;
			case CrmGapPackage.MANAGEMENT_PERCEPTION__ESTIMATED_LEVEL:
				return ESTIMATED_LEVEL_EDEFAULT == null ? estimatedLevel != null : !ESTIMATED_LEVEL_EDEFAULT.equals(estimatedLevel);
			case CrmGapPackage.MANAGEMENT_PERCEPTION__HELD_BY:
				return heldBy != null;
			case CrmGapPackage.MANAGEMENT_PERCEPTION__SOURCE:
				return source != null;
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
		result.append(" (estimatedLevel: ");
		result.append(estimatedLevel);
		result.append(')');
		return result.toString();
	}

} //ManagementPerceptionImpl
