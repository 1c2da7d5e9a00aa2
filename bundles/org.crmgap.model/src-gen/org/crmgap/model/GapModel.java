/**
 */
package org.crmgap.model;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Gap Model</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.crmgap.model.GapModel#getDimensions <em>Dimensions</em>}</li>
 *   <li>{@link org.crmgap.model.GapModel#getSegments <em>Segments</em>}</li>
 *   <li>{@link org.crmgap.model.GapModel#getManagementPerceptions <em>Management Perceptions</em>}</li>
 *   <li>{@link org.crmgap.model.GapModel#getOrganisationUnits <em>Organisation Units</em>}</li>
 *   <li>{@link org.crmgap.model.GapModel#getServiceStandards <em>Service Standards</em>}</li>
 *   <li>{@link org.crmgap.model.GapModel#getInteractionFlows <em>Interaction Flows</em>}</li>
 *   <li>{@link org.crmgap.model.GapModel#getCommunications <em>Communications</em>}</li>
 *   <li>{@link org.crmgap.model.GapModel#getSurveyInstruments <em>Survey Instruments</em>}</li>
 *   <li>{@link org.crmgap.model.GapModel#getDataSources <em>Data Sources</em>}</li>
 *   <li>{@link org.crmgap.model.GapModel#getGaps <em>Gaps</em>}</li>
 *   <li>{@link org.crmgap.model.GapModel#getThresholds <em>Thresholds</em>}</li>
 *   <li>{@link org.crmgap.model.GapModel#getCatalogue <em>Catalogue</em>}</li>
 *   <li>{@link org.crmgap.model.GapModel#getWaves <em>Waves</em>}</li>
 *   <li>{@link org.crmgap.model.GapModel#getPlannedActions <em>Planned Actions</em>}</li>
 * </ul>
 *
 * @see org.crmgap.model.CrmGapPackage#getGapModel()
 * @model
 * @generated
 */
public interface GapModel extends NamedElement {
	/**
	 * Returns the value of the '<em><b>Dimensions</b></em>' containment reference list.
	 * The list contents are of type {@link org.crmgap.model.ServiceDimension}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Dimensions</em>' containment reference list.
	 * @see org.crmgap.model.CrmGapPackage#getGapModel_Dimensions()
	 * @model containment="true"
	 * @generated
	 */
	EList<ServiceDimension> getDimensions();

	/**
	 * Returns the value of the '<em><b>Segments</b></em>' containment reference list.
	 * The list contents are of type {@link org.crmgap.model.CustomerSegment}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Segments</em>' containment reference list.
	 * @see org.crmgap.model.CrmGapPackage#getGapModel_Segments()
	 * @model containment="true"
	 * @generated
	 */
	EList<CustomerSegment> getSegments();

	/**
	 * Returns the value of the '<em><b>Management Perceptions</b></em>' containment reference list.
	 * The list contents are of type {@link org.crmgap.model.ManagementPerception}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Management Perceptions</em>' containment reference list.
	 * @see org.crmgap.model.CrmGapPackage#getGapModel_ManagementPerceptions()
	 * @model containment="true"
	 * @generated
	 */
	EList<ManagementPerception> getManagementPerceptions();

	/**
	 * Returns the value of the '<em><b>Organisation Units</b></em>' containment reference list.
	 * The list contents are of type {@link org.crmgap.model.OrganisationUnit}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Organisation Units</em>' containment reference list.
	 * @see org.crmgap.model.CrmGapPackage#getGapModel_OrganisationUnits()
	 * @model containment="true"
	 * @generated
	 */
	EList<OrganisationUnit> getOrganisationUnits();

	/**
	 * Returns the value of the '<em><b>Service Standards</b></em>' containment reference list.
	 * The list contents are of type {@link org.crmgap.model.ServiceStandard}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Service Standards</em>' containment reference list.
	 * @see org.crmgap.model.CrmGapPackage#getGapModel_ServiceStandards()
	 * @model containment="true"
	 * @generated
	 */
	EList<ServiceStandard> getServiceStandards();

	/**
	 * Returns the value of the '<em><b>Interaction Flows</b></em>' containment reference list.
	 * The list contents are of type {@link org.crmgap.model.InteractionFlow}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Interaction Flows</em>' containment reference list.
	 * @see org.crmgap.model.CrmGapPackage#getGapModel_InteractionFlows()
	 * @model containment="true"
	 * @generated
	 */
	EList<InteractionFlow> getInteractionFlows();

	/**
	 * Returns the value of the '<em><b>Communications</b></em>' containment reference list.
	 * The list contents are of type {@link org.crmgap.model.Communication}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Communications</em>' containment reference list.
	 * @see org.crmgap.model.CrmGapPackage#getGapModel_Communications()
	 * @model containment="true"
	 * @generated
	 */
	EList<Communication> getCommunications();

	/**
	 * Returns the value of the '<em><b>Survey Instruments</b></em>' containment reference list.
	 * The list contents are of type {@link org.crmgap.model.SurveyInstrument}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Survey Instruments</em>' containment reference list.
	 * @see org.crmgap.model.CrmGapPackage#getGapModel_SurveyInstruments()
	 * @model containment="true"
	 * @generated
	 */
	EList<SurveyInstrument> getSurveyInstruments();

	/**
	 * Returns the value of the '<em><b>Data Sources</b></em>' containment reference list.
	 * The list contents are of type {@link org.crmgap.model.DataSource}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Data Sources</em>' containment reference list.
	 * @see org.crmgap.model.CrmGapPackage#getGapModel_DataSources()
	 * @model containment="true"
	 * @generated
	 */
	EList<DataSource> getDataSources();

	/**
	 * Returns the value of the '<em><b>Gaps</b></em>' containment reference list.
	 * The list contents are of type {@link org.crmgap.model.Gap}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Gaps</em>' containment reference list.
	 * @see org.crmgap.model.CrmGapPackage#getGapModel_Gaps()
	 * @model containment="true"
	 * @generated
	 */
	EList<Gap> getGaps();

	/**
	 * Returns the value of the '<em><b>Thresholds</b></em>' containment reference list.
	 * The list contents are of type {@link org.crmgap.model.SeverityThreshold}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Model-wide overrides of the default severity thresholds, at most one per gap kind.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Thresholds</em>' containment reference list.
	 * @see org.crmgap.model.CrmGapPackage#getGapModel_Thresholds()
	 * @model containment="true"
	 * @generated
	 */
	EList<SeverityThreshold> getThresholds();

	/**
	 * Returns the value of the '<em><b>Catalogue</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Causes and actions defined for this model only; the built-in catalogue is a separate resource.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Catalogue</em>' containment reference.
	 * @see #setCatalogue(Catalogue)
	 * @see org.crmgap.model.CrmGapPackage#getGapModel_Catalogue()
	 * @model containment="true"
	 * @generated
	 */
	Catalogue getCatalogue();

	/**
	 * Sets the value of the '{@link org.crmgap.model.GapModel#getCatalogue <em>Catalogue</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Catalogue</em>' containment reference.
	 * @see #getCatalogue()
	 * @generated
	 */
	void setCatalogue(Catalogue value);

	/**
	 * Returns the value of the '<em><b>Waves</b></em>' containment reference list.
	 * The list contents are of type {@link org.crmgap.model.MeasurementWave}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The measurements (survey or KPI periods) the data sources belong to; a model without waves has one unnamed wave.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Waves</em>' containment reference list.
	 * @see org.crmgap.model.CrmGapPackage#getGapModel_Waves()
	 * @model containment="true"
	 * @generated
	 */
	EList<MeasurementWave> getWaves();

	/**
	 * Returns the value of the '<em><b>Planned Actions</b></em>' containment reference list.
	 * The list contents are of type {@link org.crmgap.model.PlannedAction}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The action plan: what the organisation does about its gaps, by whom and by when.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Planned Actions</em>' containment reference list.
	 * @see org.crmgap.model.CrmGapPackage#getGapModel_PlannedActions()
	 * @model containment="true"
	 * @generated
	 */
	EList<PlannedAction> getPlannedActions();

} // GapModel
