/**
 */
package org.crmgap.model;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Survey Item</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * One question, answered as expectation (E), perception (P), desired (D), adequate (A) and, by managers, as their estimate (M).
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.crmgap.model.SurveyItem#getNumber <em>Number</em>}</li>
 *   <li>{@link org.crmgap.model.SurveyItem#getText <em>Text</em>}</li>
 *   <li>{@link org.crmgap.model.SurveyItem#getKind <em>Kind</em>}</li>
 *   <li>{@link org.crmgap.model.SurveyItem#getDimension <em>Dimension</em>}</li>
 *   <li>{@link org.crmgap.model.SurveyItem#getExpectationColumn <em>Expectation Column</em>}</li>
 *   <li>{@link org.crmgap.model.SurveyItem#getPerceptionColumn <em>Perception Column</em>}</li>
 *   <li>{@link org.crmgap.model.SurveyItem#getDesiredColumn <em>Desired Column</em>}</li>
 *   <li>{@link org.crmgap.model.SurveyItem#getAdequateColumn <em>Adequate Column</em>}</li>
 *   <li>{@link org.crmgap.model.SurveyItem#getManagerColumn <em>Manager Column</em>}</li>
 *   <li>{@link org.crmgap.model.SurveyItem#getInstrument <em>Instrument</em>}</li>
 *   <li>{@link org.crmgap.model.SurveyItem#getMeasuredExpectations <em>Measured Expectations</em>}</li>
 * </ul>
 *
 * @see org.crmgap.model.CrmGapPackage#getSurveyItem()
 * @model
 * @generated
 */
public interface SurveyItem extends NamedElement {
	/**
	 * Returns the value of the '<em><b>Number</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Number</em>' attribute.
	 * @see #setNumber(int)
	 * @see org.crmgap.model.CrmGapPackage#getSurveyItem_Number()
	 * @model
	 * @generated
	 */
	int getNumber();

	/**
	 * Sets the value of the '{@link org.crmgap.model.SurveyItem#getNumber <em>Number</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Number</em>' attribute.
	 * @see #getNumber()
	 * @generated
	 */
	void setNumber(int value);

	/**
	 * Returns the value of the '<em><b>Text</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Text</em>' attribute.
	 * @see #setText(String)
	 * @see org.crmgap.model.CrmGapPackage#getSurveyItem_Text()
	 * @model
	 * @generated
	 */
	String getText();

	/**
	 * Sets the value of the '{@link org.crmgap.model.SurveyItem#getText <em>Text</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Text</em>' attribute.
	 * @see #getText()
	 * @generated
	 */
	void setText(String value);

	/**
	 * Returns the value of the '<em><b>Kind</b></em>' attribute.
	 * The literals are from the enumeration {@link org.crmgap.model.SurveyItemKind}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Kind</em>' attribute.
	 * @see org.crmgap.model.SurveyItemKind
	 * @see #setKind(SurveyItemKind)
	 * @see org.crmgap.model.CrmGapPackage#getSurveyItem_Kind()
	 * @model
	 * @generated
	 */
	SurveyItemKind getKind();

	/**
	 * Sets the value of the '{@link org.crmgap.model.SurveyItem#getKind <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Kind</em>' attribute.
	 * @see org.crmgap.model.SurveyItemKind
	 * @see #getKind()
	 * @generated
	 */
	void setKind(SurveyItemKind value);

	/**
	 * Returns the value of the '<em><b>Dimension</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Dimension</em>' reference.
	 * @see #setDimension(ServiceDimension)
	 * @see org.crmgap.model.CrmGapPackage#getSurveyItem_Dimension()
	 * @model
	 * @generated
	 */
	ServiceDimension getDimension();

	/**
	 * Sets the value of the '{@link org.crmgap.model.SurveyItem#getDimension <em>Dimension</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Dimension</em>' reference.
	 * @see #getDimension()
	 * @generated
	 */
	void setDimension(ServiceDimension value);

	/**
	 * Returns the value of the '<em><b>Expectation Column</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Expectation Column</em>' attribute.
	 * @see #setExpectationColumn(String)
	 * @see org.crmgap.model.CrmGapPackage#getSurveyItem_ExpectationColumn()
	 * @model
	 * @generated
	 */
	String getExpectationColumn();

	/**
	 * Sets the value of the '{@link org.crmgap.model.SurveyItem#getExpectationColumn <em>Expectation Column</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Expectation Column</em>' attribute.
	 * @see #getExpectationColumn()
	 * @generated
	 */
	void setExpectationColumn(String value);

	/**
	 * Returns the value of the '<em><b>Perception Column</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Perception Column</em>' attribute.
	 * @see #setPerceptionColumn(String)
	 * @see org.crmgap.model.CrmGapPackage#getSurveyItem_PerceptionColumn()
	 * @model
	 * @generated
	 */
	String getPerceptionColumn();

	/**
	 * Sets the value of the '{@link org.crmgap.model.SurveyItem#getPerceptionColumn <em>Perception Column</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Perception Column</em>' attribute.
	 * @see #getPerceptionColumn()
	 * @generated
	 */
	void setPerceptionColumn(String value);

	/**
	 * Returns the value of the '<em><b>Desired Column</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Desired Column</em>' attribute.
	 * @see #setDesiredColumn(String)
	 * @see org.crmgap.model.CrmGapPackage#getSurveyItem_DesiredColumn()
	 * @model
	 * @generated
	 */
	String getDesiredColumn();

	/**
	 * Sets the value of the '{@link org.crmgap.model.SurveyItem#getDesiredColumn <em>Desired Column</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Desired Column</em>' attribute.
	 * @see #getDesiredColumn()
	 * @generated
	 */
	void setDesiredColumn(String value);

	/**
	 * Returns the value of the '<em><b>Adequate Column</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Adequate Column</em>' attribute.
	 * @see #setAdequateColumn(String)
	 * @see org.crmgap.model.CrmGapPackage#getSurveyItem_AdequateColumn()
	 * @model
	 * @generated
	 */
	String getAdequateColumn();

	/**
	 * Sets the value of the '{@link org.crmgap.model.SurveyItem#getAdequateColumn <em>Adequate Column</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Adequate Column</em>' attribute.
	 * @see #getAdequateColumn()
	 * @generated
	 */
	void setAdequateColumn(String value);

	/**
	 * Returns the value of the '<em><b>Manager Column</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Manager Column</em>' attribute.
	 * @see #setManagerColumn(String)
	 * @see org.crmgap.model.CrmGapPackage#getSurveyItem_ManagerColumn()
	 * @model
	 * @generated
	 */
	String getManagerColumn();

	/**
	 * Sets the value of the '{@link org.crmgap.model.SurveyItem#getManagerColumn <em>Manager Column</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Manager Column</em>' attribute.
	 * @see #getManagerColumn()
	 * @generated
	 */
	void setManagerColumn(String value);

	/**
	 * Returns the value of the '<em><b>Instrument</b></em>' container reference.
	 * It is bidirectional and its opposite is '{@link org.crmgap.model.SurveyInstrument#getItems <em>Items</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Instrument</em>' container reference.
	 * @see #setInstrument(SurveyInstrument)
	 * @see org.crmgap.model.CrmGapPackage#getSurveyItem_Instrument()
	 * @see org.crmgap.model.SurveyInstrument#getItems
	 * @model opposite="items"
	 * @generated
	 */
	SurveyInstrument getInstrument();

	/**
	 * Sets the value of the '{@link org.crmgap.model.SurveyItem#getInstrument <em>Instrument</em>}' container reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Instrument</em>' container reference.
	 * @see #getInstrument()
	 * @generated
	 */
	void setInstrument(SurveyInstrument value);

	/**
	 * Returns the value of the '<em><b>Measured Expectations</b></em>' reference list.
	 * The list contents are of type {@link org.crmgap.model.Expectation}.
	 * It is bidirectional and its opposite is '{@link org.crmgap.model.Expectation#getSurveyItems <em>Survey Items</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Measured Expectations</em>' reference list.
	 * @see org.crmgap.model.CrmGapPackage#getSurveyItem_MeasuredExpectations()
	 * @see org.crmgap.model.Expectation#getSurveyItems
	 * @model opposite="surveyItems" transient="true"
	 * @generated
	 */
	EList<Expectation> getMeasuredExpectations();

} // SurveyItem
