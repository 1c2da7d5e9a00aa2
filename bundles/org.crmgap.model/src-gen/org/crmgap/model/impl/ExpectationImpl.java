/**
 */
package org.crmgap.model.impl;

import java.util.Collection;

import org.crmgap.model.CrmGapPackage;
import org.crmgap.model.CustomerSegment;
import org.crmgap.model.Expectation;
import org.crmgap.model.ServiceDimension;
import org.crmgap.model.ServiceStandard;
import org.crmgap.model.SurveyItem;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.eclipse.emf.ecore.util.EObjectWithInverseEList;
import org.eclipse.emf.ecore.util.EObjectWithInverseResolvingEList;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.ecore.util.InternalEList;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Expectation</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.crmgap.model.impl.ExpectationImpl#getSegment <em>Segment</em>}</li>
 *   <li>{@link org.crmgap.model.impl.ExpectationImpl#getDimension <em>Dimension</em>}</li>
 *   <li>{@link org.crmgap.model.impl.ExpectationImpl#getImportance <em>Importance</em>}</li>
 *   <li>{@link org.crmgap.model.impl.ExpectationImpl#getDesiredLevel <em>Desired Level</em>}</li>
 *   <li>{@link org.crmgap.model.impl.ExpectationImpl#getAdequateLevel <em>Adequate Level</em>}</li>
 *   <li>{@link org.crmgap.model.impl.ExpectationImpl#getExpectedValue <em>Expected Value</em>}</li>
 *   <li>{@link org.crmgap.model.impl.ExpectationImpl#getUnit <em>Unit</em>}</li>
 *   <li>{@link org.crmgap.model.impl.ExpectationImpl#getSurveyItems <em>Survey Items</em>}</li>
 *   <li>{@link org.crmgap.model.impl.ExpectationImpl#getAddressedBy <em>Addressed By</em>}</li>
 * </ul>
 *
 * @generated
 */
public class ExpectationImpl extends NamedElementImpl implements Expectation {
	/**
	 * The cached value of the '{@link #getDimension() <em>Dimension</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDimension()
	 * @generated
	 * @ordered
	 */
	protected ServiceDimension dimension;

	/**
	 * The default value of the '{@link #getImportance() <em>Importance</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getImportance()
	 * @generated
	 * @ordered
	 */
	protected static final double IMPORTANCE_EDEFAULT = 1.0;

	/**
	 * The cached value of the '{@link #getImportance() <em>Importance</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getImportance()
	 * @generated
	 * @ordered
	 */
	protected double importance = IMPORTANCE_EDEFAULT;

	/**
	 * The default value of the '{@link #getDesiredLevel() <em>Desired Level</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDesiredLevel()
	 * @generated
	 * @ordered
	 */
	protected static final Double DESIRED_LEVEL_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getDesiredLevel() <em>Desired Level</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDesiredLevel()
	 * @generated
	 * @ordered
	 */
	protected Double desiredLevel = DESIRED_LEVEL_EDEFAULT;

	/**
	 * The default value of the '{@link #getAdequateLevel() <em>Adequate Level</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAdequateLevel()
	 * @generated
	 * @ordered
	 */
	protected static final Double ADEQUATE_LEVEL_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getAdequateLevel() <em>Adequate Level</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAdequateLevel()
	 * @generated
	 * @ordered
	 */
	protected Double adequateLevel = ADEQUATE_LEVEL_EDEFAULT;

	/**
	 * The default value of the '{@link #getExpectedValue() <em>Expected Value</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getExpectedValue()
	 * @generated
	 * @ordered
	 */
	protected static final Double EXPECTED_VALUE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getExpectedValue() <em>Expected Value</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getExpectedValue()
	 * @generated
	 * @ordered
	 */
	protected Double expectedValue = EXPECTED_VALUE_EDEFAULT;

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
	 * The cached value of the '{@link #getSurveyItems() <em>Survey Items</em>}' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSurveyItems()
	 * @generated
	 * @ordered
	 */
	protected EList<SurveyItem> surveyItems;

	/**
	 * The cached value of the '{@link #getAddressedBy() <em>Addressed By</em>}' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAddressedBy()
	 * @generated
	 * @ordered
	 */
	protected EList<ServiceStandard> addressedBy;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected ExpectationImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return CrmGapPackage.Literals.EXPECTATION;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public CustomerSegment getSegment() {
		if (eContainerFeatureID() != CrmGapPackage.EXPECTATION__SEGMENT) return null;
		return (CustomerSegment)eInternalContainer();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetSegment(CustomerSegment newSegment, NotificationChain msgs) {
		msgs = eBasicSetContainer((InternalEObject)newSegment, CrmGapPackage.EXPECTATION__SEGMENT, msgs);
		return msgs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSegment(CustomerSegment newSegment) {
		if (newSegment != eInternalContainer() || (eContainerFeatureID() != CrmGapPackage.EXPECTATION__SEGMENT && newSegment != null)) {
			if (EcoreUtil.isAncestor(this, newSegment))
				throw new IllegalArgumentException("Recursive containment not allowed for " + toString());
			NotificationChain msgs = null;
			if (eInternalContainer() != null)
				msgs = eBasicRemoveFromContainer(msgs);
			if (newSegment != null)
				msgs = ((InternalEObject)newSegment).eInverseAdd(this, CrmGapPackage.CUSTOMER_SEGMENT__EXPECTATIONS, CustomerSegment.class, msgs);
			msgs = basicSetSegment(newSegment, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CrmGapPackage.EXPECTATION__SEGMENT, newSegment, newSegment));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ServiceDimension getDimension() {
		if (dimension != null && dimension.eIsProxy()) {
			InternalEObject oldDimension = (InternalEObject)dimension;
			dimension = (ServiceDimension)eResolveProxy(oldDimension);
			if (dimension != oldDimension) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, CrmGapPackage.EXPECTATION__DIMENSION, oldDimension, dimension));
			}
		}
		return dimension;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public ServiceDimension basicGetDimension() {
		return dimension;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDimension(ServiceDimension newDimension) {
		ServiceDimension oldDimension = dimension;
		dimension = newDimension;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CrmGapPackage.EXPECTATION__DIMENSION, oldDimension, dimension));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getImportance() {
		return importance;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setImportance(double newImportance) {
		double oldImportance = importance;
		importance = newImportance;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CrmGapPackage.EXPECTATION__IMPORTANCE, oldImportance, importance));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Double getDesiredLevel() {
		return desiredLevel;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDesiredLevel(Double newDesiredLevel) {
		Double oldDesiredLevel = desiredLevel;
		desiredLevel = newDesiredLevel;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CrmGapPackage.EXPECTATION__DESIRED_LEVEL, oldDesiredLevel, desiredLevel));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Double getAdequateLevel() {
		return adequateLevel;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAdequateLevel(Double newAdequateLevel) {
		Double oldAdequateLevel = adequateLevel;
		adequateLevel = newAdequateLevel;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CrmGapPackage.EXPECTATION__ADEQUATE_LEVEL, oldAdequateLevel, adequateLevel));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Double getExpectedValue() {
		return expectedValue;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setExpectedValue(Double newExpectedValue) {
		Double oldExpectedValue = expectedValue;
		expectedValue = newExpectedValue;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CrmGapPackage.EXPECTATION__EXPECTED_VALUE, oldExpectedValue, expectedValue));
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
			eNotify(new ENotificationImpl(this, Notification.SET, CrmGapPackage.EXPECTATION__UNIT, oldUnit, unit));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<SurveyItem> getSurveyItems() {
		if (surveyItems == null) {
			surveyItems = new EObjectWithInverseEList.ManyInverse<SurveyItem>(SurveyItem.class, this, CrmGapPackage.EXPECTATION__SURVEY_ITEMS, CrmGapPackage.SURVEY_ITEM__MEASURED_EXPECTATIONS);
		}
		return surveyItems;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<ServiceStandard> getAddressedBy() {
		if (addressedBy == null) {
			addressedBy = new EObjectWithInverseResolvingEList.ManyInverse<ServiceStandard>(ServiceStandard.class, this, CrmGapPackage.EXPECTATION__ADDRESSED_BY, CrmGapPackage.SERVICE_STANDARD__ADDRESSES);
		}
		return addressedBy;
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
			case CrmGapPackage.EXPECTATION__SEGMENT:
				if (eInternalContainer() != null)
					msgs = eBasicRemoveFromContainer(msgs);
				return basicSetSegment((CustomerSegment)otherEnd, msgs);
			case CrmGapPackage.EXPECTATION__SURVEY_ITEMS:
				return ((InternalEList<InternalEObject>)(InternalEList<?>)getSurveyItems()).basicAdd(otherEnd, msgs);
			case CrmGapPackage.EXPECTATION__ADDRESSED_BY:
				return ((InternalEList<InternalEObject>)(InternalEList<?>)getAddressedBy()).basicAdd(otherEnd, msgs);
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
			case CrmGapPackage.EXPECTATION__SEGMENT:
				return basicSetSegment(null, msgs);
			case CrmGapPackage.EXPECTATION__SURVEY_ITEMS:
				return ((InternalEList<?>)getSurveyItems()).basicRemove(otherEnd, msgs);
			case CrmGapPackage.EXPECTATION__ADDRESSED_BY:
				return ((InternalEList<?>)getAddressedBy()).basicRemove(otherEnd, msgs);
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
			case CrmGapPackage.EXPECTATION__SEGMENT:
				return eInternalContainer().eInverseRemove(this, CrmGapPackage.CUSTOMER_SEGMENT__EXPECTATIONS, CustomerSegment.class, msgs);
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
			case CrmGapPackage.EXPECTATION__SEGMENT:
				return getSegment();
			case CrmGapPackage.EXPECTATION__DIMENSION:
				if (resolve) return getDimension();
				return basicGetDimension();
			case CrmGapPackage.EXPECTATION__IMPORTANCE:
				return getImportance();
			case CrmGapPackage.EXPECTATION__DESIRED_LEVEL:
				return getDesiredLevel();
			case CrmGapPackage.EXPECTATION__ADEQUATE_LEVEL:
				return getAdequateLevel();
			case CrmGapPackage.EXPECTATION__EXPECTED_VALUE:
				return getExpectedValue();
			case CrmGapPackage.EXPECTATION__UNIT:
				return getUnit();
			case CrmGapPackage.EXPECTATION__SURVEY_ITEMS:
				return getSurveyItems();
			case CrmGapPackage.EXPECTATION__ADDRESSED_BY:
				return getAddressedBy();
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
			case CrmGapPackage.EXPECTATION__SEGMENT:
				setSegment((CustomerSegment)newValue);
				return;
			case CrmGapPackage.EXPECTATION__DIMENSION:
				setDimension((ServiceDimension)newValue);
				return;
			case CrmGapPackage.EXPECTATION__IMPORTANCE:
				setImportance((Double)newValue);
				return;
			case CrmGapPackage.EXPECTATION__DESIRED_LEVEL:
				setDesiredLevel((Double)newValue);
				return;
			case CrmGapPackage.EXPECTATION__ADEQUATE_LEVEL:
				setAdequateLevel((Double)newValue);
				return;
			case CrmGapPackage.EXPECTATION__EXPECTED_VALUE:
				setExpectedValue((Double)newValue);
				return;
			case CrmGapPackage.EXPECTATION__UNIT:
				setUnit((String)newValue);
				return;
			case CrmGapPackage.EXPECTATION__SURVEY_ITEMS:
				getSurveyItems().clear();
				getSurveyItems().addAll((Collection<? extends SurveyItem>)newValue);
				return;
			case CrmGapPackage.EXPECTATION__ADDRESSED_BY:
				getAddressedBy().clear();
				getAddressedBy().addAll((Collection<? extends ServiceStandard>)newValue);
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
			case CrmGapPackage.EXPECTATION__SEGMENT:
				setSegment((CustomerSegment)null);
				return;
			case CrmGapPackage.EXPECTATION__DIMENSION:
				setDimension((ServiceDimension)null);
				return;
			case CrmGapPackage.EXPECTATION__IMPORTANCE:
				setImportance(IMPORTANCE_EDEFAULT);
				return;
			case CrmGapPackage.EXPECTATION__DESIRED_LEVEL:
				setDesiredLevel(DESIRED_LEVEL_EDEFAULT);
				return;
			case CrmGapPackage.EXPECTATION__ADEQUATE_LEVEL:
				setAdequateLevel(ADEQUATE_LEVEL_EDEFAULT);
				return;
			case CrmGapPackage.EXPECTATION__EXPECTED_VALUE:
				setExpectedValue(EXPECTED_VALUE_EDEFAULT);
				return;
			case CrmGapPackage.EXPECTATION__UNIT:
				setUnit(UNIT_EDEFAULT);
				return;
			case CrmGapPackage.EXPECTATION__SURVEY_ITEMS:
				getSurveyItems().clear();
				return;
			case CrmGapPackage.EXPECTATION__ADDRESSED_BY:
				getAddressedBy().clear();
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
			case CrmGapPackage.EXPECTATION__SEGMENT:
				return getSegment() != null;
			case CrmGapPackage.EXPECTATION__DIMENSION:
				return dimension != null;
			case CrmGapPackage.EXPECTATION__IMPORTANCE:
				return importance != IMPORTANCE_EDEFAULT;
			case CrmGapPackage.EXPECTATION__DESIRED_LEVEL:
				return DESIRED_LEVEL_EDEFAULT == null ? desiredLevel != null : !DESIRED_LEVEL_EDEFAULT.equals(desiredLevel);
			case CrmGapPackage.EXPECTATION__ADEQUATE_LEVEL:
				return ADEQUATE_LEVEL_EDEFAULT == null ? adequateLevel != null : !ADEQUATE_LEVEL_EDEFAULT.equals(adequateLevel);
			case CrmGapPackage.EXPECTATION__EXPECTED_VALUE:
				return EXPECTED_VALUE_EDEFAULT == null ? expectedValue != null : !EXPECTED_VALUE_EDEFAULT.equals(expectedValue);
			case CrmGapPackage.EXPECTATION__UNIT:
				return UNIT_EDEFAULT == null ? unit != null : !UNIT_EDEFAULT.equals(unit);
			case CrmGapPackage.EXPECTATION__SURVEY_ITEMS:
				return surveyItems != null && !surveyItems.isEmpty();
			case CrmGapPackage.EXPECTATION__ADDRESSED_BY:
				return addressedBy != null && !addressedBy.isEmpty();
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
		result.append(" (importance: ");
		result.append(importance);
		result.append(", desiredLevel: ");
		result.append(desiredLevel);
		result.append(", adequateLevel: ");
		result.append(adequateLevel);
		result.append(", expectedValue: ");
		result.append(expectedValue);
		result.append(", unit: ");
		result.append(unit);
		result.append(')');
		return result.toString();
	}

} //ExpectationImpl
