/**
 */
package org.crmgap.model.impl;

import java.util.Collection;

import org.crmgap.model.CrmGapPackage;
import org.crmgap.model.SurveyInstrument;
import org.crmgap.model.SurveyItem;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.eclipse.emf.ecore.util.EObjectContainmentWithInverseEList;
import org.eclipse.emf.ecore.util.InternalEList;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Survey Instrument</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.crmgap.model.impl.SurveyInstrumentImpl#getScaleMin <em>Scale Min</em>}</li>
 *   <li>{@link org.crmgap.model.impl.SurveyInstrumentImpl#getScaleMax <em>Scale Max</em>}</li>
 *   <li>{@link org.crmgap.model.impl.SurveyInstrumentImpl#isContinuousScale <em>Continuous Scale</em>}</li>
 *   <li>{@link org.crmgap.model.impl.SurveyInstrumentImpl#getItems <em>Items</em>}</li>
 * </ul>
 *
 * @generated
 */
public class SurveyInstrumentImpl extends NamedElementImpl implements SurveyInstrument {
	/**
	 * The default value of the '{@link #getScaleMin() <em>Scale Min</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getScaleMin()
	 * @generated
	 * @ordered
	 */
	protected static final int SCALE_MIN_EDEFAULT = 1;

	/**
	 * The cached value of the '{@link #getScaleMin() <em>Scale Min</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getScaleMin()
	 * @generated
	 * @ordered
	 */
	protected int scaleMin = SCALE_MIN_EDEFAULT;

	/**
	 * The default value of the '{@link #getScaleMax() <em>Scale Max</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getScaleMax()
	 * @generated
	 * @ordered
	 */
	protected static final int SCALE_MAX_EDEFAULT = 7;

	/**
	 * The cached value of the '{@link #getScaleMax() <em>Scale Max</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getScaleMax()
	 * @generated
	 * @ordered
	 */
	protected int scaleMax = SCALE_MAX_EDEFAULT;

	/**
	 * The default value of the '{@link #isContinuousScale() <em>Continuous Scale</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isContinuousScale()
	 * @generated
	 * @ordered
	 */
	protected static final boolean CONTINUOUS_SCALE_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isContinuousScale() <em>Continuous Scale</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isContinuousScale()
	 * @generated
	 * @ordered
	 */
	protected boolean continuousScale = CONTINUOUS_SCALE_EDEFAULT;

	/**
	 * The cached value of the '{@link #getItems() <em>Items</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getItems()
	 * @generated
	 * @ordered
	 */
	protected EList<SurveyItem> items;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected SurveyInstrumentImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return CrmGapPackage.Literals.SURVEY_INSTRUMENT;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getScaleMin() {
		return scaleMin;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setScaleMin(int newScaleMin) {
		int oldScaleMin = scaleMin;
		scaleMin = newScaleMin;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CrmGapPackage.SURVEY_INSTRUMENT__SCALE_MIN, oldScaleMin, scaleMin));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getScaleMax() {
		return scaleMax;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setScaleMax(int newScaleMax) {
		int oldScaleMax = scaleMax;
		scaleMax = newScaleMax;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CrmGapPackage.SURVEY_INSTRUMENT__SCALE_MAX, oldScaleMax, scaleMax));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isContinuousScale() {
		return continuousScale;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setContinuousScale(boolean newContinuousScale) {
		boolean oldContinuousScale = continuousScale;
		continuousScale = newContinuousScale;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CrmGapPackage.SURVEY_INSTRUMENT__CONTINUOUS_SCALE, oldContinuousScale, continuousScale));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<SurveyItem> getItems() {
		if (items == null) {
			items = new EObjectContainmentWithInverseEList<SurveyItem>(SurveyItem.class, this, CrmGapPackage.SURVEY_INSTRUMENT__ITEMS, CrmGapPackage.SURVEY_ITEM__INSTRUMENT);
		}
		return items;
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
			case CrmGapPackage.SURVEY_INSTRUMENT__ITEMS:
				return ((InternalEList<InternalEObject>)(InternalEList<?>)getItems()).basicAdd(otherEnd, msgs);
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
			case CrmGapPackage.SURVEY_INSTRUMENT__ITEMS:
				return ((InternalEList<?>)getItems()).basicRemove(otherEnd, msgs);
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
			case CrmGapPackage.SURVEY_INSTRUMENT__SCALE_MIN:
				return getScaleMin();
			case CrmGapPackage.SURVEY_INSTRUMENT__SCALE_MAX:
				return getScaleMax();
			case CrmGapPackage.SURVEY_INSTRUMENT__CONTINUOUS_SCALE:
				return isContinuousScale();
			case CrmGapPackage.SURVEY_INSTRUMENT__ITEMS:
				return getItems();
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
			case CrmGapPackage.SURVEY_INSTRUMENT__SCALE_MIN:
				setScaleMin((Integer)newValue);
				return;
			case CrmGapPackage.SURVEY_INSTRUMENT__SCALE_MAX:
				setScaleMax((Integer)newValue);
				return;
			case CrmGapPackage.SURVEY_INSTRUMENT__CONTINUOUS_SCALE:
				setContinuousScale((Boolean)newValue);
				return;
			case CrmGapPackage.SURVEY_INSTRUMENT__ITEMS:
				getItems().clear();
				getItems().addAll((Collection<? extends SurveyItem>)newValue);
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
			case CrmGapPackage.SURVEY_INSTRUMENT__SCALE_MIN:
				setScaleMin(SCALE_MIN_EDEFAULT);
				return;
			case CrmGapPackage.SURVEY_INSTRUMENT__SCALE_MAX:
				setScaleMax(SCALE_MAX_EDEFAULT);
				return;
			case CrmGapPackage.SURVEY_INSTRUMENT__CONTINUOUS_SCALE:
				setContinuousScale(CONTINUOUS_SCALE_EDEFAULT);
				return;
			case CrmGapPackage.SURVEY_INSTRUMENT__ITEMS:
				getItems().clear();
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
			case CrmGapPackage.SURVEY_INSTRUMENT__SCALE_MIN:
				return scaleMin != SCALE_MIN_EDEFAULT;
			case CrmGapPackage.SURVEY_INSTRUMENT__SCALE_MAX:
				return scaleMax != SCALE_MAX_EDEFAULT;
			case CrmGapPackage.SURVEY_INSTRUMENT__CONTINUOUS_SCALE:
				return continuousScale != CONTINUOUS_SCALE_EDEFAULT;
			case CrmGapPackage.SURVEY_INSTRUMENT__ITEMS:
				return items != null && !items.isEmpty();
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
		result.append(" (scaleMin: ");
		result.append(scaleMin);
		result.append(", scaleMax: ");
		result.append(scaleMax);
		result.append(", continuousScale: ");
		result.append(continuousScale);
		result.append(')');
		return result.toString();
	}

} //SurveyInstrumentImpl
