/**
 */
package org.crmgap.model.impl;

import java.util.Collection;

import org.crmgap.model.CrmGapPackage;
import org.crmgap.model.Expectation;
import org.crmgap.model.ServiceDimension;
import org.crmgap.model.SurveyInstrument;
import org.crmgap.model.SurveyItem;
import org.crmgap.model.SurveyItemKind;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.eclipse.emf.ecore.util.EObjectWithInverseResolvingEList;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.ecore.util.InternalEList;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Survey Item</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.crmgap.model.impl.SurveyItemImpl#getNumber <em>Number</em>}</li>
 *   <li>{@link org.crmgap.model.impl.SurveyItemImpl#getText <em>Text</em>}</li>
 *   <li>{@link org.crmgap.model.impl.SurveyItemImpl#getKind <em>Kind</em>}</li>
 *   <li>{@link org.crmgap.model.impl.SurveyItemImpl#getDimension <em>Dimension</em>}</li>
 *   <li>{@link org.crmgap.model.impl.SurveyItemImpl#getExpectationColumn <em>Expectation Column</em>}</li>
 *   <li>{@link org.crmgap.model.impl.SurveyItemImpl#getPerceptionColumn <em>Perception Column</em>}</li>
 *   <li>{@link org.crmgap.model.impl.SurveyItemImpl#getDesiredColumn <em>Desired Column</em>}</li>
 *   <li>{@link org.crmgap.model.impl.SurveyItemImpl#getAdequateColumn <em>Adequate Column</em>}</li>
 *   <li>{@link org.crmgap.model.impl.SurveyItemImpl#getManagerColumn <em>Manager Column</em>}</li>
 *   <li>{@link org.crmgap.model.impl.SurveyItemImpl#getInstrument <em>Instrument</em>}</li>
 *   <li>{@link org.crmgap.model.impl.SurveyItemImpl#getMeasuredExpectations <em>Measured Expectations</em>}</li>
 * </ul>
 *
 * @generated
 */
public class SurveyItemImpl extends NamedElementImpl implements SurveyItem {
	/**
	 * The default value of the '{@link #getNumber() <em>Number</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNumber()
	 * @generated
	 * @ordered
	 */
	protected static final int NUMBER_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getNumber() <em>Number</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNumber()
	 * @generated
	 * @ordered
	 */
	protected int number = NUMBER_EDEFAULT;

	/**
	 * The default value of the '{@link #getText() <em>Text</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getText()
	 * @generated
	 * @ordered
	 */
	protected static final String TEXT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getText() <em>Text</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getText()
	 * @generated
	 * @ordered
	 */
	protected String text = TEXT_EDEFAULT;

	/**
	 * The default value of the '{@link #getKind() <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKind()
	 * @generated
	 * @ordered
	 */
	protected static final SurveyItemKind KIND_EDEFAULT = SurveyItemKind.SERVICE_QUALITY;

	/**
	 * The cached value of the '{@link #getKind() <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKind()
	 * @generated
	 * @ordered
	 */
	protected SurveyItemKind kind = KIND_EDEFAULT;

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
	 * The default value of the '{@link #getExpectationColumn() <em>Expectation Column</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getExpectationColumn()
	 * @generated
	 * @ordered
	 */
	protected static final String EXPECTATION_COLUMN_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getExpectationColumn() <em>Expectation Column</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getExpectationColumn()
	 * @generated
	 * @ordered
	 */
	protected String expectationColumn = EXPECTATION_COLUMN_EDEFAULT;

	/**
	 * The default value of the '{@link #getPerceptionColumn() <em>Perception Column</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPerceptionColumn()
	 * @generated
	 * @ordered
	 */
	protected static final String PERCEPTION_COLUMN_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getPerceptionColumn() <em>Perception Column</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPerceptionColumn()
	 * @generated
	 * @ordered
	 */
	protected String perceptionColumn = PERCEPTION_COLUMN_EDEFAULT;

	/**
	 * The default value of the '{@link #getDesiredColumn() <em>Desired Column</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDesiredColumn()
	 * @generated
	 * @ordered
	 */
	protected static final String DESIRED_COLUMN_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getDesiredColumn() <em>Desired Column</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDesiredColumn()
	 * @generated
	 * @ordered
	 */
	protected String desiredColumn = DESIRED_COLUMN_EDEFAULT;

	/**
	 * The default value of the '{@link #getAdequateColumn() <em>Adequate Column</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAdequateColumn()
	 * @generated
	 * @ordered
	 */
	protected static final String ADEQUATE_COLUMN_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getAdequateColumn() <em>Adequate Column</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAdequateColumn()
	 * @generated
	 * @ordered
	 */
	protected String adequateColumn = ADEQUATE_COLUMN_EDEFAULT;

	/**
	 * The default value of the '{@link #getManagerColumn() <em>Manager Column</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getManagerColumn()
	 * @generated
	 * @ordered
	 */
	protected static final String MANAGER_COLUMN_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getManagerColumn() <em>Manager Column</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getManagerColumn()
	 * @generated
	 * @ordered
	 */
	protected String managerColumn = MANAGER_COLUMN_EDEFAULT;

	/**
	 * The cached value of the '{@link #getMeasuredExpectations() <em>Measured Expectations</em>}' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMeasuredExpectations()
	 * @generated
	 * @ordered
	 */
	protected EList<Expectation> measuredExpectations;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected SurveyItemImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return CrmGapPackage.Literals.SURVEY_ITEM;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getNumber() {
		return number;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setNumber(int newNumber) {
		int oldNumber = number;
		number = newNumber;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CrmGapPackage.SURVEY_ITEM__NUMBER, oldNumber, number));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getText() {
		return text;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setText(String newText) {
		String oldText = text;
		text = newText;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CrmGapPackage.SURVEY_ITEM__TEXT, oldText, text));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public SurveyItemKind getKind() {
		return kind;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setKind(SurveyItemKind newKind) {
		SurveyItemKind oldKind = kind;
		kind = newKind == null ? KIND_EDEFAULT : newKind;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CrmGapPackage.SURVEY_ITEM__KIND, oldKind, kind));
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
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, CrmGapPackage.SURVEY_ITEM__DIMENSION, oldDimension, dimension));
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
			eNotify(new ENotificationImpl(this, Notification.SET, CrmGapPackage.SURVEY_ITEM__DIMENSION, oldDimension, dimension));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getExpectationColumn() {
		return expectationColumn;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setExpectationColumn(String newExpectationColumn) {
		String oldExpectationColumn = expectationColumn;
		expectationColumn = newExpectationColumn;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CrmGapPackage.SURVEY_ITEM__EXPECTATION_COLUMN, oldExpectationColumn, expectationColumn));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getPerceptionColumn() {
		return perceptionColumn;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPerceptionColumn(String newPerceptionColumn) {
		String oldPerceptionColumn = perceptionColumn;
		perceptionColumn = newPerceptionColumn;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CrmGapPackage.SURVEY_ITEM__PERCEPTION_COLUMN, oldPerceptionColumn, perceptionColumn));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getDesiredColumn() {
		return desiredColumn;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDesiredColumn(String newDesiredColumn) {
		String oldDesiredColumn = desiredColumn;
		desiredColumn = newDesiredColumn;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CrmGapPackage.SURVEY_ITEM__DESIRED_COLUMN, oldDesiredColumn, desiredColumn));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getAdequateColumn() {
		return adequateColumn;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAdequateColumn(String newAdequateColumn) {
		String oldAdequateColumn = adequateColumn;
		adequateColumn = newAdequateColumn;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CrmGapPackage.SURVEY_ITEM__ADEQUATE_COLUMN, oldAdequateColumn, adequateColumn));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getManagerColumn() {
		return managerColumn;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setManagerColumn(String newManagerColumn) {
		String oldManagerColumn = managerColumn;
		managerColumn = newManagerColumn;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CrmGapPackage.SURVEY_ITEM__MANAGER_COLUMN, oldManagerColumn, managerColumn));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public SurveyInstrument getInstrument() {
		if (eContainerFeatureID() != CrmGapPackage.SURVEY_ITEM__INSTRUMENT) return null;
		return (SurveyInstrument)eInternalContainer();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetInstrument(SurveyInstrument newInstrument, NotificationChain msgs) {
		msgs = eBasicSetContainer((InternalEObject)newInstrument, CrmGapPackage.SURVEY_ITEM__INSTRUMENT, msgs);
		return msgs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setInstrument(SurveyInstrument newInstrument) {
		if (newInstrument != eInternalContainer() || (eContainerFeatureID() != CrmGapPackage.SURVEY_ITEM__INSTRUMENT && newInstrument != null)) {
			if (EcoreUtil.isAncestor(this, newInstrument))
				throw new IllegalArgumentException("Recursive containment not allowed for " + toString());
			NotificationChain msgs = null;
			if (eInternalContainer() != null)
				msgs = eBasicRemoveFromContainer(msgs);
			if (newInstrument != null)
				msgs = ((InternalEObject)newInstrument).eInverseAdd(this, CrmGapPackage.SURVEY_INSTRUMENT__ITEMS, SurveyInstrument.class, msgs);
			msgs = basicSetInstrument(newInstrument, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CrmGapPackage.SURVEY_ITEM__INSTRUMENT, newInstrument, newInstrument));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Expectation> getMeasuredExpectations() {
		if (measuredExpectations == null) {
			measuredExpectations = new EObjectWithInverseResolvingEList.ManyInverse<Expectation>(Expectation.class, this, CrmGapPackage.SURVEY_ITEM__MEASURED_EXPECTATIONS, CrmGapPackage.EXPECTATION__SURVEY_ITEMS);
		}
		return measuredExpectations;
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
			case CrmGapPackage.SURVEY_ITEM__INSTRUMENT:
				if (eInternalContainer() != null)
					msgs = eBasicRemoveFromContainer(msgs);
				return basicSetInstrument((SurveyInstrument)otherEnd, msgs);
			case CrmGapPackage.SURVEY_ITEM__MEASURED_EXPECTATIONS:
				return ((InternalEList<InternalEObject>)(InternalEList<?>)getMeasuredExpectations()).basicAdd(otherEnd, msgs);
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
			case CrmGapPackage.SURVEY_ITEM__INSTRUMENT:
				return basicSetInstrument(null, msgs);
			case CrmGapPackage.SURVEY_ITEM__MEASURED_EXPECTATIONS:
				return ((InternalEList<?>)getMeasuredExpectations()).basicRemove(otherEnd, msgs);
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
			case CrmGapPackage.SURVEY_ITEM__INSTRUMENT:
				return eInternalContainer().eInverseRemove(this, CrmGapPackage.SURVEY_INSTRUMENT__ITEMS, SurveyInstrument.class, msgs);
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
			case CrmGapPackage.SURVEY_ITEM__NUMBER:
				return getNumber();
			case CrmGapPackage.SURVEY_ITEM__TEXT:
				return getText();
			case CrmGapPackage.SURVEY_ITEM__KIND:
				return getKind();
			case CrmGapPackage.SURVEY_ITEM__DIMENSION:
				if (resolve) return getDimension();
				return basicGetDimension();
			case CrmGapPackage.SURVEY_ITEM__EXPECTATION_COLUMN:
				return getExpectationColumn();
			case CrmGapPackage.SURVEY_ITEM__PERCEPTION_COLUMN:
				return getPerceptionColumn();
			case CrmGapPackage.SURVEY_ITEM__DESIRED_COLUMN:
				return getDesiredColumn();
			case CrmGapPackage.SURVEY_ITEM__ADEQUATE_COLUMN:
				return getAdequateColumn();
			case CrmGapPackage.SURVEY_ITEM__MANAGER_COLUMN:
				return getManagerColumn();
			case CrmGapPackage.SURVEY_ITEM__INSTRUMENT:
				return getInstrument();
			case CrmGapPackage.SURVEY_ITEM__MEASURED_EXPECTATIONS:
				return getMeasuredExpectations();
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
			case CrmGapPackage.SURVEY_ITEM__NUMBER:
				setNumber((Integer)newValue);
				return;
			case CrmGapPackage.SURVEY_ITEM__TEXT:
				setText((String)newValue);
				return;
			case CrmGapPackage.SURVEY_ITEM__KIND:
				setKind((SurveyItemKind)newValue);
				return;
			case CrmGapPackage.SURVEY_ITEM__DIMENSION:
				setDimension((ServiceDimension)newValue);
				return;
			case CrmGapPackage.SURVEY_ITEM__EXPECTATION_COLUMN:
				setExpectationColumn((String)newValue);
				return;
			case CrmGapPackage.SURVEY_ITEM__PERCEPTION_COLUMN:
				setPerceptionColumn((String)newValue);
				return;
			case CrmGapPackage.SURVEY_ITEM__DESIRED_COLUMN:
				setDesiredColumn((String)newValue);
				return;
			case CrmGapPackage.SURVEY_ITEM__ADEQUATE_COLUMN:
				setAdequateColumn((String)newValue);
				return;
			case CrmGapPackage.SURVEY_ITEM__MANAGER_COLUMN:
				setManagerColumn((String)newValue);
				return;
			case CrmGapPackage.SURVEY_ITEM__INSTRUMENT:
				setInstrument((SurveyInstrument)newValue);
				return;
			case CrmGapPackage.SURVEY_ITEM__MEASURED_EXPECTATIONS:
				getMeasuredExpectations().clear();
				getMeasuredExpectations().addAll((Collection<? extends Expectation>)newValue);
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
			case CrmGapPackage.SURVEY_ITEM__NUMBER:
				setNumber(NUMBER_EDEFAULT);
				return;
			case CrmGapPackage.SURVEY_ITEM__TEXT:
				setText(TEXT_EDEFAULT);
				return;
			case CrmGapPackage.SURVEY_ITEM__KIND:
				setKind(KIND_EDEFAULT);
				return;
			case CrmGapPackage.SURVEY_ITEM__DIMENSION:
				setDimension((ServiceDimension)null);
				return;
			case CrmGapPackage.SURVEY_ITEM__EXPECTATION_COLUMN:
				setExpectationColumn(EXPECTATION_COLUMN_EDEFAULT);
				return;
			case CrmGapPackage.SURVEY_ITEM__PERCEPTION_COLUMN:
				setPerceptionColumn(PERCEPTION_COLUMN_EDEFAULT);
				return;
			case CrmGapPackage.SURVEY_ITEM__DESIRED_COLUMN:
				setDesiredColumn(DESIRED_COLUMN_EDEFAULT);
				return;
			case CrmGapPackage.SURVEY_ITEM__ADEQUATE_COLUMN:
				setAdequateColumn(ADEQUATE_COLUMN_EDEFAULT);
				return;
			case CrmGapPackage.SURVEY_ITEM__MANAGER_COLUMN:
				setManagerColumn(MANAGER_COLUMN_EDEFAULT);
				return;
			case CrmGapPackage.SURVEY_ITEM__INSTRUMENT:
				setInstrument((SurveyInstrument)null);
				return;
			case CrmGapPackage.SURVEY_ITEM__MEASURED_EXPECTATIONS:
				getMeasuredExpectations().clear();
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
			case CrmGapPackage.SURVEY_ITEM__NUMBER:
				return number != NUMBER_EDEFAULT;
			case CrmGapPackage.SURVEY_ITEM__TEXT:
				return TEXT_EDEFAULT == null ? text != null : !TEXT_EDEFAULT.equals(text);
			case CrmGapPackage.SURVEY_ITEM__KIND:
				return kind != KIND_EDEFAULT;
			case CrmGapPackage.SURVEY_ITEM__DIMENSION:
				return dimension != null;
			case CrmGapPackage.SURVEY_ITEM__EXPECTATION_COLUMN:
				return EXPECTATION_COLUMN_EDEFAULT == null ? expectationColumn != null : !EXPECTATION_COLUMN_EDEFAULT.equals(expectationColumn);
			case CrmGapPackage.SURVEY_ITEM__PERCEPTION_COLUMN:
				return PERCEPTION_COLUMN_EDEFAULT == null ? perceptionColumn != null : !PERCEPTION_COLUMN_EDEFAULT.equals(perceptionColumn);
			case CrmGapPackage.SURVEY_ITEM__DESIRED_COLUMN:
				return DESIRED_COLUMN_EDEFAULT == null ? desiredColumn != null : !DESIRED_COLUMN_EDEFAULT.equals(desiredColumn);
			case CrmGapPackage.SURVEY_ITEM__ADEQUATE_COLUMN:
				return ADEQUATE_COLUMN_EDEFAULT == null ? adequateColumn != null : !ADEQUATE_COLUMN_EDEFAULT.equals(adequateColumn);
			case CrmGapPackage.SURVEY_ITEM__MANAGER_COLUMN:
				return MANAGER_COLUMN_EDEFAULT == null ? managerColumn != null : !MANAGER_COLUMN_EDEFAULT.equals(managerColumn);
			case CrmGapPackage.SURVEY_ITEM__INSTRUMENT:
				return getInstrument() != null;
			case CrmGapPackage.SURVEY_ITEM__MEASURED_EXPECTATIONS:
				return measuredExpectations != null && !measuredExpectations.isEmpty();
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
		result.append(" (number: ");
		result.append(number);
		result.append(", text: ");
		result.append(text);
		result.append(", kind: ");
		result.append(kind);
		result.append(", expectationColumn: ");
		result.append(expectationColumn);
		result.append(", perceptionColumn: ");
		result.append(perceptionColumn);
		result.append(", desiredColumn: ");
		result.append(desiredColumn);
		result.append(", adequateColumn: ");
		result.append(adequateColumn);
		result.append(", managerColumn: ");
		result.append(managerColumn);
		result.append(')');
		return result.toString();
	}

} //SurveyItemImpl
