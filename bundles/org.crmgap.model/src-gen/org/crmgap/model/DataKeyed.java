/**
 */
package org.crmgap.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Data Keyed</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A named element that attached data refers to by a key (a segment code, a standard id, a component id).
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.crmgap.model.DataKeyed#getDataKey <em>Data Key</em>}</li>
 * </ul>
 *
 * @see org.crmgap.model.CrmGapPackage#getDataKeyed()
 * @model abstract="true"
 * @generated
 */
public interface DataKeyed extends NamedElement {
	/**
	 * Returns the value of the '<em><b>Data Key</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Data Key</em>' attribute.
	 * @see #setDataKey(String)
	 * @see org.crmgap.model.CrmGapPackage#getDataKeyed_DataKey()
	 * @model
	 * @generated
	 */
	String getDataKey();

	/**
	 * Sets the value of the '{@link org.crmgap.model.DataKeyed#getDataKey <em>Data Key</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Data Key</em>' attribute.
	 * @see #getDataKey()
	 * @generated
	 */
	void setDataKey(String value);

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The key data rows use for this element: the data key when set, else the name.
	 * <!-- end-model-doc -->
	 * @model
	 * @generated
	 */
	String effectiveDataKey();

} // DataKeyed
