/**
 */
package org.crmgap.model.impl;

import java.util.Collection;

import org.crmgap.model.BondLevel;
import org.crmgap.model.CrmGapPackage;
import org.crmgap.model.CustomerSegment;
import org.crmgap.model.Expectation;
import org.crmgap.model.RelationshipStage;

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
 * An implementation of the model object '<em><b>Customer Segment</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.crmgap.model.impl.CustomerSegmentImpl#getSize <em>Size</em>}</li>
 *   <li>{@link org.crmgap.model.impl.CustomerSegmentImpl#getRelationshipStage <em>Relationship Stage</em>}</li>
 *   <li>{@link org.crmgap.model.impl.CustomerSegmentImpl#getExpectedBond <em>Expected Bond</em>}</li>
 *   <li>{@link org.crmgap.model.impl.CustomerSegmentImpl#getExpectations <em>Expectations</em>}</li>
 * </ul>
 *
 * @generated
 */
public class CustomerSegmentImpl extends DataKeyedImpl implements CustomerSegment {
	/**
	 * The default value of the '{@link #getSize() <em>Size</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSize()
	 * @generated
	 * @ordered
	 */
	protected static final int SIZE_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getSize() <em>Size</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSize()
	 * @generated
	 * @ordered
	 */
	protected int size = SIZE_EDEFAULT;

	/**
	 * The default value of the '{@link #getRelationshipStage() <em>Relationship Stage</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRelationshipStage()
	 * @generated
	 * @ordered
	 */
	protected static final RelationshipStage RELATIONSHIP_STAGE_EDEFAULT = RelationshipStage.STRANGER;

	/**
	 * The cached value of the '{@link #getRelationshipStage() <em>Relationship Stage</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRelationshipStage()
	 * @generated
	 * @ordered
	 */
	protected RelationshipStage relationshipStage = RELATIONSHIP_STAGE_EDEFAULT;

	/**
	 * The default value of the '{@link #getExpectedBond() <em>Expected Bond</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getExpectedBond()
	 * @generated
	 * @ordered
	 */
	protected static final BondLevel EXPECTED_BOND_EDEFAULT = BondLevel.FINANCIAL;

	/**
	 * The cached value of the '{@link #getExpectedBond() <em>Expected Bond</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getExpectedBond()
	 * @generated
	 * @ordered
	 */
	protected BondLevel expectedBond = EXPECTED_BOND_EDEFAULT;

	/**
	 * The cached value of the '{@link #getExpectations() <em>Expectations</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getExpectations()
	 * @generated
	 * @ordered
	 */
	protected EList<Expectation> expectations;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected CustomerSegmentImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return CrmGapPackage.Literals.CUSTOMER_SEGMENT;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getSize() {
		return size;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSize(int newSize) {
		int oldSize = size;
		size = newSize;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CrmGapPackage.CUSTOMER_SEGMENT__SIZE, oldSize, size));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public RelationshipStage getRelationshipStage() {
		return relationshipStage;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRelationshipStage(RelationshipStage newRelationshipStage) {
		RelationshipStage oldRelationshipStage = relationshipStage;
		relationshipStage = newRelationshipStage == null ? RELATIONSHIP_STAGE_EDEFAULT : newRelationshipStage;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CrmGapPackage.CUSTOMER_SEGMENT__RELATIONSHIP_STAGE, oldRelationshipStage, relationshipStage));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public BondLevel getExpectedBond() {
		return expectedBond;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setExpectedBond(BondLevel newExpectedBond) {
		BondLevel oldExpectedBond = expectedBond;
		expectedBond = newExpectedBond == null ? EXPECTED_BOND_EDEFAULT : newExpectedBond;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CrmGapPackage.CUSTOMER_SEGMENT__EXPECTED_BOND, oldExpectedBond, expectedBond));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Expectation> getExpectations() {
		if (expectations == null) {
			expectations = new EObjectContainmentWithInverseEList<Expectation>(Expectation.class, this, CrmGapPackage.CUSTOMER_SEGMENT__EXPECTATIONS, CrmGapPackage.EXPECTATION__SEGMENT);
		}
		return expectations;
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
			case CrmGapPackage.CUSTOMER_SEGMENT__EXPECTATIONS:
				return ((InternalEList<InternalEObject>)(InternalEList<?>)getExpectations()).basicAdd(otherEnd, msgs);
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
			case CrmGapPackage.CUSTOMER_SEGMENT__EXPECTATIONS:
				return ((InternalEList<?>)getExpectations()).basicRemove(otherEnd, msgs);
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
			case CrmGapPackage.CUSTOMER_SEGMENT__SIZE:
				return getSize();
			case CrmGapPackage.CUSTOMER_SEGMENT__RELATIONSHIP_STAGE:
				return getRelationshipStage();
			case CrmGapPackage.CUSTOMER_SEGMENT__EXPECTED_BOND:
				return getExpectedBond();
			case CrmGapPackage.CUSTOMER_SEGMENT__EXPECTATIONS:
				return getExpectations();
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
			case CrmGapPackage.CUSTOMER_SEGMENT__SIZE:
				setSize((Integer)newValue);
				return;
			case CrmGapPackage.CUSTOMER_SEGMENT__RELATIONSHIP_STAGE:
				setRelationshipStage((RelationshipStage)newValue);
				return;
			case CrmGapPackage.CUSTOMER_SEGMENT__EXPECTED_BOND:
				setExpectedBond((BondLevel)newValue);
				return;
			case CrmGapPackage.CUSTOMER_SEGMENT__EXPECTATIONS:
				getExpectations().clear();
				getExpectations().addAll((Collection<? extends Expectation>)newValue);
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
			case CrmGapPackage.CUSTOMER_SEGMENT__SIZE:
				setSize(SIZE_EDEFAULT);
				return;
			case CrmGapPackage.CUSTOMER_SEGMENT__RELATIONSHIP_STAGE:
				setRelationshipStage(RELATIONSHIP_STAGE_EDEFAULT);
				return;
			case CrmGapPackage.CUSTOMER_SEGMENT__EXPECTED_BOND:
				setExpectedBond(EXPECTED_BOND_EDEFAULT);
				return;
			case CrmGapPackage.CUSTOMER_SEGMENT__EXPECTATIONS:
				getExpectations().clear();
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
			case CrmGapPackage.CUSTOMER_SEGMENT__SIZE:
				return size != SIZE_EDEFAULT;
			case CrmGapPackage.CUSTOMER_SEGMENT__RELATIONSHIP_STAGE:
				return relationshipStage != RELATIONSHIP_STAGE_EDEFAULT;
			case CrmGapPackage.CUSTOMER_SEGMENT__EXPECTED_BOND:
				return expectedBond != EXPECTED_BOND_EDEFAULT;
			case CrmGapPackage.CUSTOMER_SEGMENT__EXPECTATIONS:
				return expectations != null && !expectations.isEmpty();
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
		result.append(" (size: ");
		result.append(size);
		result.append(", relationshipStage: ");
		result.append(relationshipStage);
		result.append(", expectedBond: ");
		result.append(expectedBond);
		result.append(')');
		return result.toString();
	}

} //CustomerSegmentImpl
