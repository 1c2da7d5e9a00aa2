/**
 */
package org.crmgap.model;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Severity Threshold</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Warning and error levels of a gap's magnitude (or, for compliance, of the shortfall from 100 %).
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.crmgap.model.SeverityThreshold#getGapKind <em>Gap Kind</em>}</li>
 *   <li>{@link org.crmgap.model.SeverityThreshold#getWarningLevel <em>Warning Level</em>}</li>
 *   <li>{@link org.crmgap.model.SeverityThreshold#getErrorLevel <em>Error Level</em>}</li>
 *   <li>{@link org.crmgap.model.SeverityThreshold#getSignificanceLevel <em>Significance Level</em>}</li>
 * </ul>
 *
 * @see org.crmgap.model.CrmGapPackage#getSeverityThreshold()
 * @model
 * @generated
 */
public interface SeverityThreshold extends EObject {
	/**
	 * Returns the value of the '<em><b>Gap Kind</b></em>' attribute.
	 * The literals are from the enumeration {@link org.crmgap.model.GapKind}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Gap Kind</em>' attribute.
	 * @see org.crmgap.model.GapKind
	 * @see #setGapKind(GapKind)
	 * @see org.crmgap.model.CrmGapPackage#getSeverityThreshold_GapKind()
	 * @model
	 * @generated
	 */
	GapKind getGapKind();

	/**
	 * Sets the value of the '{@link org.crmgap.model.SeverityThreshold#getGapKind <em>Gap Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Gap Kind</em>' attribute.
	 * @see org.crmgap.model.GapKind
	 * @see #getGapKind()
	 * @generated
	 */
	void setGapKind(GapKind value);

	/**
	 * Returns the value of the '<em><b>Warning Level</b></em>' attribute.
	 * The default value is <code>"0.5"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Warning Level</em>' attribute.
	 * @see #setWarningLevel(double)
	 * @see org.crmgap.model.CrmGapPackage#getSeverityThreshold_WarningLevel()
	 * @model default="0.5"
	 * @generated
	 */
	double getWarningLevel();

	/**
	 * Sets the value of the '{@link org.crmgap.model.SeverityThreshold#getWarningLevel <em>Warning Level</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Warning Level</em>' attribute.
	 * @see #getWarningLevel()
	 * @generated
	 */
	void setWarningLevel(double value);

	/**
	 * Returns the value of the '<em><b>Error Level</b></em>' attribute.
	 * The default value is <code>"1.0"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Error Level</em>' attribute.
	 * @see #setErrorLevel(double)
	 * @see org.crmgap.model.CrmGapPackage#getSeverityThreshold_ErrorLevel()
	 * @model default="1.0"
	 * @generated
	 */
	double getErrorLevel();

	/**
	 * Sets the value of the '{@link org.crmgap.model.SeverityThreshold#getErrorLevel <em>Error Level</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Error Level</em>' attribute.
	 * @see #getErrorLevel()
	 * @generated
	 */
	void setErrorLevel(double value);

	/**
	 * Returns the value of the '<em><b>Significance Level</b></em>' attribute.
	 * The default value is <code>"0.05"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Significance Level</em>' attribute.
	 * @see #setSignificanceLevel(double)
	 * @see org.crmgap.model.CrmGapPackage#getSeverityThreshold_SignificanceLevel()
	 * @model default="0.05"
	 * @generated
	 */
	double getSignificanceLevel();

	/**
	 * Sets the value of the '{@link org.crmgap.model.SeverityThreshold#getSignificanceLevel <em>Significance Level</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Significance Level</em>' attribute.
	 * @see #getSignificanceLevel()
	 * @generated
	 */
	void setSignificanceLevel(double value);

} // SeverityThreshold
