/**
 */
package org.crmgap.model;

import java.util.Date;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Indicator Snapshot</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.crmgap.model.IndicatorSnapshot#getIndicator <em>Indicator</em>}</li>
 *   <li>{@link org.crmgap.model.IndicatorSnapshot#getValue <em>Value</em>}</li>
 *   <li>{@link org.crmgap.model.IndicatorSnapshot#getN <em>N</em>}</li>
 *   <li>{@link org.crmgap.model.IndicatorSnapshot#getSeverity <em>Severity</em>}</li>
 *   <li>{@link org.crmgap.model.IndicatorSnapshot#getComputedAt <em>Computed At</em>}</li>
 *   <li>{@link org.crmgap.model.IndicatorSnapshot#getDataFingerprint <em>Data Fingerprint</em>}</li>
 * </ul>
 *
 * @see org.crmgap.model.CrmGapPackage#getIndicatorSnapshot()
 * @model
 * @generated
 */
public interface IndicatorSnapshot extends EObject {
	/**
	 * Returns the value of the '<em><b>Indicator</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Indicator</em>' attribute.
	 * @see #setIndicator(String)
	 * @see org.crmgap.model.CrmGapPackage#getIndicatorSnapshot_Indicator()
	 * @model
	 * @generated
	 */
	String getIndicator();

	/**
	 * Sets the value of the '{@link org.crmgap.model.IndicatorSnapshot#getIndicator <em>Indicator</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Indicator</em>' attribute.
	 * @see #getIndicator()
	 * @generated
	 */
	void setIndicator(String value);

	/**
	 * Returns the value of the '<em><b>Value</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Value</em>' attribute.
	 * @see #setValue(double)
	 * @see org.crmgap.model.CrmGapPackage#getIndicatorSnapshot_Value()
	 * @model
	 * @generated
	 */
	double getValue();

	/**
	 * Sets the value of the '{@link org.crmgap.model.IndicatorSnapshot#getValue <em>Value</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Value</em>' attribute.
	 * @see #getValue()
	 * @generated
	 */
	void setValue(double value);

	/**
	 * Returns the value of the '<em><b>N</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>N</em>' attribute.
	 * @see #setN(int)
	 * @see org.crmgap.model.CrmGapPackage#getIndicatorSnapshot_N()
	 * @model
	 * @generated
	 */
	int getN();

	/**
	 * Sets the value of the '{@link org.crmgap.model.IndicatorSnapshot#getN <em>N</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>N</em>' attribute.
	 * @see #getN()
	 * @generated
	 */
	void setN(int value);

	/**
	 * Returns the value of the '<em><b>Severity</b></em>' attribute.
	 * The literals are from the enumeration {@link org.crmgap.model.Severity}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Severity</em>' attribute.
	 * @see org.crmgap.model.Severity
	 * @see #setSeverity(Severity)
	 * @see org.crmgap.model.CrmGapPackage#getIndicatorSnapshot_Severity()
	 * @model
	 * @generated
	 */
	Severity getSeverity();

	/**
	 * Sets the value of the '{@link org.crmgap.model.IndicatorSnapshot#getSeverity <em>Severity</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Severity</em>' attribute.
	 * @see org.crmgap.model.Severity
	 * @see #getSeverity()
	 * @generated
	 */
	void setSeverity(Severity value);

	/**
	 * Returns the value of the '<em><b>Computed At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Computed At</em>' attribute.
	 * @see #setComputedAt(Date)
	 * @see org.crmgap.model.CrmGapPackage#getIndicatorSnapshot_ComputedAt()
	 * @model
	 * @generated
	 */
	Date getComputedAt();

	/**
	 * Sets the value of the '{@link org.crmgap.model.IndicatorSnapshot#getComputedAt <em>Computed At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Computed At</em>' attribute.
	 * @see #getComputedAt()
	 * @generated
	 */
	void setComputedAt(Date value);

	/**
	 * Returns the value of the '<em><b>Data Fingerprint</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Data Fingerprint</em>' attribute.
	 * @see #setDataFingerprint(String)
	 * @see org.crmgap.model.CrmGapPackage#getIndicatorSnapshot_DataFingerprint()
	 * @model
	 * @generated
	 */
	String getDataFingerprint();

	/**
	 * Sets the value of the '{@link org.crmgap.model.IndicatorSnapshot#getDataFingerprint <em>Data Fingerprint</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Data Fingerprint</em>' attribute.
	 * @see #getDataFingerprint()
	 * @generated
	 */
	void setDataFingerprint(String value);

} // IndicatorSnapshot
