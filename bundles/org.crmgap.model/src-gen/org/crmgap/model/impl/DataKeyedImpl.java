/**
 */
package org.crmgap.model.impl;

import java.lang.reflect.InvocationTargetException;

import org.crmgap.model.CrmGapPackage;
import org.crmgap.model.DataKeyed;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Data Keyed</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.crmgap.model.impl.DataKeyedImpl#getDataKey <em>Data Key</em>}</li>
 * </ul>
 *
 * @generated
 */
public abstract class DataKeyedImpl extends NamedElementImpl implements DataKeyed {
	/**
	 * The default value of the '{@link #getDataKey() <em>Data Key</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDataKey()
	 * @generated
	 * @ordered
	 */
	protected static final String DATA_KEY_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getDataKey() <em>Data Key</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDataKey()
	 * @generated
	 * @ordered
	 */
	protected String dataKey = DATA_KEY_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected DataKeyedImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return CrmGapPackage.Literals.DATA_KEYED;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getDataKey() {
		return dataKey;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDataKey(String newDataKey) {
		String oldDataKey = dataKey;
		dataKey = newDataKey;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CrmGapPackage.DATA_KEYED__DATA_KEY, oldDataKey, dataKey));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String effectiveDataKey() {
		String key = getDataKey();
		return key == null || key.isBlank() ? getName() : key;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case CrmGapPackage.DATA_KEYED__DATA_KEY:
				return getDataKey();
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
			case CrmGapPackage.DATA_KEYED__DATA_KEY:
				setDataKey((String)newValue);
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
			case CrmGapPackage.DATA_KEYED__DATA_KEY:
				setDataKey(DATA_KEY_EDEFAULT);
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
			case CrmGapPackage.DATA_KEYED__DATA_KEY:
				return DATA_KEY_EDEFAULT == null ? dataKey != null : !DATA_KEY_EDEFAULT.equals(dataKey);
		}
		return super.eIsSet(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eInvoke(int operationID, EList<?> arguments) throws InvocationTargetException {
		switch (operationID) {
			case CrmGapPackage.DATA_KEYED___EFFECTIVE_DATA_KEY:
				return effectiveDataKey();
		}
		return super.eInvoke(operationID, arguments);
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
		result.append(" (dataKey: ");
		result.append(dataKey);
		result.append(')');
		return result.toString();
	}

} //DataKeyedImpl
