/**
 */
package org.crmgap.model;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Column Mapping</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Says what one column of a data source means. Survey item columns are named on the items themselves.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.crmgap.model.ColumnMapping#getColumn <em>Column</em>}</li>
 *   <li>{@link org.crmgap.model.ColumnMapping#getMeaning <em>Meaning</em>}</li>
 *   <li>{@link org.crmgap.model.ColumnMapping#getDimension <em>Dimension</em>}</li>
 * </ul>
 *
 * @see org.crmgap.model.CrmGapPackage#getColumnMapping()
 * @model
 * @generated
 */
public interface ColumnMapping extends EObject {
	/**
	 * Returns the value of the '<em><b>Column</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Column</em>' attribute.
	 * @see #setColumn(String)
	 * @see org.crmgap.model.CrmGapPackage#getColumnMapping_Column()
	 * @model
	 * @generated
	 */
	String getColumn();

	/**
	 * Sets the value of the '{@link org.crmgap.model.ColumnMapping#getColumn <em>Column</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Column</em>' attribute.
	 * @see #getColumn()
	 * @generated
	 */
	void setColumn(String value);

	/**
	 * Returns the value of the '<em><b>Meaning</b></em>' attribute.
	 * The literals are from the enumeration {@link org.crmgap.model.ColumnMeaning}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Meaning</em>' attribute.
	 * @see org.crmgap.model.ColumnMeaning
	 * @see #setMeaning(ColumnMeaning)
	 * @see org.crmgap.model.CrmGapPackage#getColumnMapping_Meaning()
	 * @model
	 * @generated
	 */
	ColumnMeaning getMeaning();

	/**
	 * Sets the value of the '{@link org.crmgap.model.ColumnMapping#getMeaning <em>Meaning</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Meaning</em>' attribute.
	 * @see org.crmgap.model.ColumnMeaning
	 * @see #getMeaning()
	 * @generated
	 */
	void setMeaning(ColumnMeaning value);

	/**
	 * Returns the value of the '<em><b>Dimension</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * For importance points: the dimension they are given to.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Dimension</em>' reference.
	 * @see #setDimension(ServiceDimension)
	 * @see org.crmgap.model.CrmGapPackage#getColumnMapping_Dimension()
	 * @model
	 * @generated
	 */
	ServiceDimension getDimension();

	/**
	 * Sets the value of the '{@link org.crmgap.model.ColumnMapping#getDimension <em>Dimension</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Dimension</em>' reference.
	 * @see #getDimension()
	 * @generated
	 */
	void setDimension(ServiceDimension value);

} // ColumnMapping
