/**
 */
package org.crmgap.model;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Expectation</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.crmgap.model.Expectation#getSegment <em>Segment</em>}</li>
 *   <li>{@link org.crmgap.model.Expectation#getDimension <em>Dimension</em>}</li>
 *   <li>{@link org.crmgap.model.Expectation#getImportance <em>Importance</em>}</li>
 *   <li>{@link org.crmgap.model.Expectation#getDesiredLevel <em>Desired Level</em>}</li>
 *   <li>{@link org.crmgap.model.Expectation#getAdequateLevel <em>Adequate Level</em>}</li>
 *   <li>{@link org.crmgap.model.Expectation#getExpectedValue <em>Expected Value</em>}</li>
 *   <li>{@link org.crmgap.model.Expectation#getUnit <em>Unit</em>}</li>
 *   <li>{@link org.crmgap.model.Expectation#getSurveyItems <em>Survey Items</em>}</li>
 *   <li>{@link org.crmgap.model.Expectation#getAddressedBy <em>Addressed By</em>}</li>
 * </ul>
 *
 * @see org.crmgap.model.CrmGapPackage#getExpectation()
 * @model
 * @generated
 */
public interface Expectation extends NamedElement, GapEndpoint {
	/**
	 * Returns the value of the '<em><b>Segment</b></em>' container reference.
	 * It is bidirectional and its opposite is '{@link org.crmgap.model.CustomerSegment#getExpectations <em>Expectations</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Segment</em>' container reference.
	 * @see #setSegment(CustomerSegment)
	 * @see org.crmgap.model.CrmGapPackage#getExpectation_Segment()
	 * @see org.crmgap.model.CustomerSegment#getExpectations
	 * @model opposite="expectations"
	 * @generated
	 */
	CustomerSegment getSegment();

	/**
	 * Sets the value of the '{@link org.crmgap.model.Expectation#getSegment <em>Segment</em>}' container reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Segment</em>' container reference.
	 * @see #getSegment()
	 * @generated
	 */
	void setSegment(CustomerSegment value);

	/**
	 * Returns the value of the '<em><b>Dimension</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Dimension</em>' reference.
	 * @see #setDimension(ServiceDimension)
	 * @see org.crmgap.model.CrmGapPackage#getExpectation_Dimension()
	 * @model
	 * @generated
	 */
	ServiceDimension getDimension();

	/**
	 * Sets the value of the '{@link org.crmgap.model.Expectation#getDimension <em>Dimension</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Dimension</em>' reference.
	 * @see #getDimension()
	 * @generated
	 */
	void setDimension(ServiceDimension value);

	/**
	 * Returns the value of the '<em><b>Importance</b></em>' attribute.
	 * The default value is <code>"1.0"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Relative importance weight of this expectation within its segment (any positive scale; normalised where used).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Importance</em>' attribute.
	 * @see #setImportance(double)
	 * @see org.crmgap.model.CrmGapPackage#getExpectation_Importance()
	 * @model default="1.0"
	 * @generated
	 */
	double getImportance();

	/**
	 * Sets the value of the '{@link org.crmgap.model.Expectation#getImportance <em>Importance</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Importance</em>' attribute.
	 * @see #getImportance()
	 * @generated
	 */
	void setImportance(double value);

	/**
	 * Returns the value of the '<em><b>Desired Level</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The level customers want (scale points); upper bound of the zone of tolerance.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Desired Level</em>' attribute.
	 * @see #setDesiredLevel(Double)
	 * @see org.crmgap.model.CrmGapPackage#getExpectation_DesiredLevel()
	 * @model
	 * @generated
	 */
	Double getDesiredLevel();

	/**
	 * Sets the value of the '{@link org.crmgap.model.Expectation#getDesiredLevel <em>Desired Level</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Desired Level</em>' attribute.
	 * @see #getDesiredLevel()
	 * @generated
	 */
	void setDesiredLevel(Double value);

	/**
	 * Returns the value of the '<em><b>Adequate Level</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The minimum level customers accept (scale points); lower bound of the zone of tolerance.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Adequate Level</em>' attribute.
	 * @see #setAdequateLevel(Double)
	 * @see org.crmgap.model.CrmGapPackage#getExpectation_AdequateLevel()
	 * @model
	 * @generated
	 */
	Double getAdequateLevel();

	/**
	 * Sets the value of the '{@link org.crmgap.model.Expectation#getAdequateLevel <em>Adequate Level</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Adequate Level</em>' attribute.
	 * @see #getAdequateLevel()
	 * @generated
	 */
	void setAdequateLevel(Double value);

	/**
	 * Returns the value of the '<em><b>Expected Value</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * A quantified expectation in the unit below (e.g. 2 minutes waiting), compared with standard targets.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Expected Value</em>' attribute.
	 * @see #setExpectedValue(Double)
	 * @see org.crmgap.model.CrmGapPackage#getExpectation_ExpectedValue()
	 * @model
	 * @generated
	 */
	Double getExpectedValue();

	/**
	 * Sets the value of the '{@link org.crmgap.model.Expectation#getExpectedValue <em>Expected Value</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Expected Value</em>' attribute.
	 * @see #getExpectedValue()
	 * @generated
	 */
	void setExpectedValue(Double value);

	/**
	 * Returns the value of the '<em><b>Unit</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Unit</em>' attribute.
	 * @see #setUnit(String)
	 * @see org.crmgap.model.CrmGapPackage#getExpectation_Unit()
	 * @model
	 * @generated
	 */
	String getUnit();

	/**
	 * Sets the value of the '{@link org.crmgap.model.Expectation#getUnit <em>Unit</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Unit</em>' attribute.
	 * @see #getUnit()
	 * @generated
	 */
	void setUnit(String value);

	/**
	 * Returns the value of the '<em><b>Survey Items</b></em>' reference list.
	 * The list contents are of type {@link org.crmgap.model.SurveyItem}.
	 * It is bidirectional and its opposite is '{@link org.crmgap.model.SurveyItem#getMeasuredExpectations <em>Measured Expectations</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Survey Items</em>' reference list.
	 * @see org.crmgap.model.CrmGapPackage#getExpectation_SurveyItems()
	 * @see org.crmgap.model.SurveyItem#getMeasuredExpectations
	 * @model opposite="measuredExpectations" resolveProxies="false"
	 * @generated
	 */
	EList<SurveyItem> getSurveyItems();

	/**
	 * Returns the value of the '<em><b>Addressed By</b></em>' reference list.
	 * The list contents are of type {@link org.crmgap.model.ServiceStandard}.
	 * It is bidirectional and its opposite is '{@link org.crmgap.model.ServiceStandard#getAddresses <em>Addresses</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Addressed By</em>' reference list.
	 * @see org.crmgap.model.CrmGapPackage#getExpectation_AddressedBy()
	 * @see org.crmgap.model.ServiceStandard#getAddresses
	 * @model opposite="addresses" transient="true"
	 * @generated
	 */
	EList<ServiceStandard> getAddressedBy();

} // Expectation
