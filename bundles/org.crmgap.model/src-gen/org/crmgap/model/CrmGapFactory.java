/**
 */
package org.crmgap.model;

import org.eclipse.emf.ecore.EFactory;

/**
 * <!-- begin-user-doc -->
 * The <b>Factory</b> for the model.
 * It provides a create method for each non-abstract class of the model.
 * <!-- end-user-doc -->
 * @see org.crmgap.model.CrmGapPackage
 * @generated
 */
public interface CrmGapFactory extends EFactory {
	/**
	 * The singleton instance of the factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	CrmGapFactory eINSTANCE = org.crmgap.model.impl.CrmGapFactoryImpl.init();

	/**
	 * Returns a new object of class '<em>Gap Model</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Gap Model</em>'.
	 * @generated
	 */
	GapModel createGapModel();

	/**
	 * Returns a new object of class '<em>Service Dimension</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Service Dimension</em>'.
	 * @generated
	 */
	ServiceDimension createServiceDimension();

	/**
	 * Returns a new object of class '<em>Customer Segment</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Customer Segment</em>'.
	 * @generated
	 */
	CustomerSegment createCustomerSegment();

	/**
	 * Returns a new object of class '<em>Expectation</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Expectation</em>'.
	 * @generated
	 */
	Expectation createExpectation();

	/**
	 * Returns a new object of class '<em>Management Perception</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Management Perception</em>'.
	 * @generated
	 */
	ManagementPerception createManagementPerception();

	/**
	 * Returns a new object of class '<em>Organisation Unit</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Organisation Unit</em>'.
	 * @generated
	 */
	OrganisationUnit createOrganisationUnit();

	/**
	 * Returns a new object of class '<em>Crm Component</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Crm Component</em>'.
	 * @generated
	 */
	CrmComponent createCrmComponent();

	/**
	 * Returns a new object of class '<em>Interaction Flow</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Interaction Flow</em>'.
	 * @generated
	 */
	InteractionFlow createInteractionFlow();

	/**
	 * Returns a new object of class '<em>Service Standard</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Service Standard</em>'.
	 * @generated
	 */
	ServiceStandard createServiceStandard();

	/**
	 * Returns a new object of class '<em>Communication</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Communication</em>'.
	 * @generated
	 */
	Communication createCommunication();

	/**
	 * Returns a new object of class '<em>Promise</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Promise</em>'.
	 * @generated
	 */
	Promise createPromise();

	/**
	 * Returns a new object of class '<em>Survey Instrument</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Survey Instrument</em>'.
	 * @generated
	 */
	SurveyInstrument createSurveyInstrument();

	/**
	 * Returns a new object of class '<em>Survey Item</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Survey Item</em>'.
	 * @generated
	 */
	SurveyItem createSurveyItem();

	/**
	 * Returns a new object of class '<em>Data Source</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Data Source</em>'.
	 * @generated
	 */
	DataSource createDataSource();

	/**
	 * Returns a new object of class '<em>Answer Label</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Answer Label</em>'.
	 * @generated
	 */
	AnswerLabel createAnswerLabel();

	/**
	 * Returns a new object of class '<em>Column Mapping</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Column Mapping</em>'.
	 * @generated
	 */
	ColumnMapping createColumnMapping();

	/**
	 * Returns a new object of class '<em>Gap</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Gap</em>'.
	 * @generated
	 */
	Gap createGap();

	/**
	 * Returns a new object of class '<em>Severity Threshold</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Severity Threshold</em>'.
	 * @generated
	 */
	SeverityThreshold createSeverityThreshold();

	/**
	 * Returns a new object of class '<em>Indicator Snapshot</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Indicator Snapshot</em>'.
	 * @generated
	 */
	IndicatorSnapshot createIndicatorSnapshot();

	/**
	 * Returns a new object of class '<em>Catalogue</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Catalogue</em>'.
	 * @generated
	 */
	Catalogue createCatalogue();

	/**
	 * Returns a new object of class '<em>Gap Cause</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Gap Cause</em>'.
	 * @generated
	 */
	GapCause createGapCause();

	/**
	 * Returns a new object of class '<em>Recovery Action</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Recovery Action</em>'.
	 * @generated
	 */
	RecoveryAction createRecoveryAction();

	/**
	 * Returns a new object of class '<em>Measurement Wave</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Measurement Wave</em>'.
	 * @generated
	 */
	MeasurementWave createMeasurementWave();

	/**
	 * Returns a new object of class '<em>Planned Action</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Planned Action</em>'.
	 * @generated
	 */
	PlannedAction createPlannedAction();

	/**
	 * Returns the package supported by this factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the package supported by this factory.
	 * @generated
	 */
	CrmGapPackage getCrmGapPackage();

} //CrmGapFactory
