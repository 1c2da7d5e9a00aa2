/**
 */
package org.crmgap.model;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Survey Instrument</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A questionnaire on a Likert scale.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.crmgap.model.SurveyInstrument#getScaleMin <em>Scale Min</em>}</li>
 *   <li>{@link org.crmgap.model.SurveyInstrument#getScaleMax <em>Scale Max</em>}</li>
 *   <li>{@link org.crmgap.model.SurveyInstrument#isContinuousScale <em>Continuous Scale</em>}</li>
 *   <li>{@link org.crmgap.model.SurveyInstrument#getItems <em>Items</em>}</li>
 * </ul>
 *
 * @see org.crmgap.model.CrmGapPackage#getSurveyInstrument()
 * @model
 * @generated
 */
public interface SurveyInstrument extends NamedElement {
	/**
	 * Returns the value of the '<em><b>Scale Min</b></em>' attribute.
	 * The default value is <code>"1"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Scale Min</em>' attribute.
	 * @see #setScaleMin(int)
	 * @see org.crmgap.model.CrmGapPackage#getSurveyInstrument_ScaleMin()
	 * @model default="1"
	 * @generated
	 */
	int getScaleMin();

	/**
	 * Sets the value of the '{@link org.crmgap.model.SurveyInstrument#getScaleMin <em>Scale Min</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Scale Min</em>' attribute.
	 * @see #getScaleMin()
	 * @generated
	 */
	void setScaleMin(int value);

	/**
	 * Returns the value of the '<em><b>Scale Max</b></em>' attribute.
	 * The default value is <code>"7"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Scale Max</em>' attribute.
	 * @see #setScaleMax(int)
	 * @see org.crmgap.model.CrmGapPackage#getSurveyInstrument_ScaleMax()
	 * @model default="7"
	 * @generated
	 */
	int getScaleMax();

	/**
	 * Sets the value of the '{@link org.crmgap.model.SurveyInstrument#getScaleMax <em>Scale Max</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Scale Max</em>' attribute.
	 * @see #getScaleMax()
	 * @generated
	 */
	void setScaleMax(int value);

	/**
	 * Returns the value of the '<em><b>Continuous Scale</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Answers may be any number on the scale (a slider); otherwise only whole numbers are answers and others are excluded.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Continuous Scale</em>' attribute.
	 * @see #setContinuousScale(boolean)
	 * @see org.crmgap.model.CrmGapPackage#getSurveyInstrument_ContinuousScale()
	 * @model
	 * @generated
	 */
	boolean isContinuousScale();

	/**
	 * Sets the value of the '{@link org.crmgap.model.SurveyInstrument#isContinuousScale <em>Continuous Scale</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Continuous Scale</em>' attribute.
	 * @see #isContinuousScale()
	 * @generated
	 */
	void setContinuousScale(boolean value);

	/**
	 * Returns the value of the '<em><b>Items</b></em>' containment reference list.
	 * The list contents are of type {@link org.crmgap.model.SurveyItem}.
	 * It is bidirectional and its opposite is '{@link org.crmgap.model.SurveyItem#getInstrument <em>Instrument</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Items</em>' containment reference list.
	 * @see org.crmgap.model.CrmGapPackage#getSurveyInstrument_Items()
	 * @see org.crmgap.model.SurveyItem#getInstrument
	 * @model opposite="instrument" containment="true"
	 * @generated
	 */
	EList<SurveyItem> getItems();

} // SurveyInstrument
