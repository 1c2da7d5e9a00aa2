/**
 */
package org.crmgap.model.util;

import org.crmgap.model.*;

import org.eclipse.emf.common.notify.Adapter;
import org.eclipse.emf.common.notify.Notifier;

import org.eclipse.emf.common.notify.impl.AdapterFactoryImpl;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * The <b>Adapter Factory</b> for the model.
 * It provides an adapter <code>createXXX</code> method for each class of the model.
 * <!-- end-user-doc -->
 * @see org.crmgap.model.CrmGapPackage
 * @generated
 */
public class CrmGapAdapterFactory extends AdapterFactoryImpl {
	/**
	 * The cached model package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected static CrmGapPackage modelPackage;

	/**
	 * Creates an instance of the adapter factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public CrmGapAdapterFactory() {
		if (modelPackage == null) {
			modelPackage = CrmGapPackage.eINSTANCE;
		}
	}

	/**
	 * Returns whether this factory is applicable for the type of the object.
	 * <!-- begin-user-doc -->
	 * This implementation returns <code>true</code> if the object is either the model's package or is an instance object of the model.
	 * <!-- end-user-doc -->
	 * @return whether this factory is applicable for the type of the object.
	 * @generated
	 */
	@Override
	public boolean isFactoryForType(Object object) {
		if (object == modelPackage) {
			return true;
		}
		if (object instanceof EObject) {
			return ((EObject)object).eClass().getEPackage() == modelPackage;
		}
		return false;
	}

	/**
	 * The switch that delegates to the <code>createXXX</code> methods.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected CrmGapSwitch<Adapter> modelSwitch =
		new CrmGapSwitch<Adapter>() {
			@Override
			public Adapter caseNamedElement(NamedElement object) {
				return createNamedElementAdapter();
			}
			@Override
			public Adapter caseGapEndpoint(GapEndpoint object) {
				return createGapEndpointAdapter();
			}
			@Override
			public Adapter caseDataKeyed(DataKeyed object) {
				return createDataKeyedAdapter();
			}
			@Override
			public Adapter caseGapModel(GapModel object) {
				return createGapModelAdapter();
			}
			@Override
			public Adapter caseServiceDimension(ServiceDimension object) {
				return createServiceDimensionAdapter();
			}
			@Override
			public Adapter caseCustomerSegment(CustomerSegment object) {
				return createCustomerSegmentAdapter();
			}
			@Override
			public Adapter caseExpectation(Expectation object) {
				return createExpectationAdapter();
			}
			@Override
			public Adapter caseManagementPerception(ManagementPerception object) {
				return createManagementPerceptionAdapter();
			}
			@Override
			public Adapter caseOrganisationUnit(OrganisationUnit object) {
				return createOrganisationUnitAdapter();
			}
			@Override
			public Adapter caseCrmComponent(CrmComponent object) {
				return createCrmComponentAdapter();
			}
			@Override
			public Adapter caseInteractionFlow(InteractionFlow object) {
				return createInteractionFlowAdapter();
			}
			@Override
			public Adapter caseServiceStandard(ServiceStandard object) {
				return createServiceStandardAdapter();
			}
			@Override
			public Adapter caseCommunication(Communication object) {
				return createCommunicationAdapter();
			}
			@Override
			public Adapter casePromise(Promise object) {
				return createPromiseAdapter();
			}
			@Override
			public Adapter caseSurveyInstrument(SurveyInstrument object) {
				return createSurveyInstrumentAdapter();
			}
			@Override
			public Adapter caseSurveyItem(SurveyItem object) {
				return createSurveyItemAdapter();
			}
			@Override
			public Adapter caseDataSource(DataSource object) {
				return createDataSourceAdapter();
			}
			@Override
			public Adapter caseAnswerLabel(AnswerLabel object) {
				return createAnswerLabelAdapter();
			}
			@Override
			public Adapter caseColumnMapping(ColumnMapping object) {
				return createColumnMappingAdapter();
			}
			@Override
			public Adapter caseGap(Gap object) {
				return createGapAdapter();
			}
			@Override
			public Adapter caseSeverityThreshold(SeverityThreshold object) {
				return createSeverityThresholdAdapter();
			}
			@Override
			public Adapter caseIndicatorSnapshot(IndicatorSnapshot object) {
				return createIndicatorSnapshotAdapter();
			}
			@Override
			public Adapter caseCatalogue(Catalogue object) {
				return createCatalogueAdapter();
			}
			@Override
			public Adapter caseGapCause(GapCause object) {
				return createGapCauseAdapter();
			}
			@Override
			public Adapter caseRecoveryAction(RecoveryAction object) {
				return createRecoveryActionAdapter();
			}
			@Override
			public Adapter caseMeasurementWave(MeasurementWave object) {
				return createMeasurementWaveAdapter();
			}
			@Override
			public Adapter casePlannedAction(PlannedAction object) {
				return createPlannedActionAdapter();
			}
			@Override
			public Adapter defaultCase(EObject object) {
				return createEObjectAdapter();
			}
		};

	/**
	 * Creates an adapter for the <code>target</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param target the object to adapt.
	 * @return the adapter for the <code>target</code>.
	 * @generated
	 */
	@Override
	public Adapter createAdapter(Notifier target) {
		return modelSwitch.doSwitch((EObject)target);
	}


	/**
	 * Creates a new adapter for an object of class '{@link org.crmgap.model.NamedElement <em>Named Element</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.crmgap.model.NamedElement
	 * @generated
	 */
	public Adapter createNamedElementAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.crmgap.model.GapEndpoint <em>Gap Endpoint</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.crmgap.model.GapEndpoint
	 * @generated
	 */
	public Adapter createGapEndpointAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.crmgap.model.DataKeyed <em>Data Keyed</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.crmgap.model.DataKeyed
	 * @generated
	 */
	public Adapter createDataKeyedAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.crmgap.model.GapModel <em>Gap Model</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.crmgap.model.GapModel
	 * @generated
	 */
	public Adapter createGapModelAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.crmgap.model.ServiceDimension <em>Service Dimension</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.crmgap.model.ServiceDimension
	 * @generated
	 */
	public Adapter createServiceDimensionAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.crmgap.model.CustomerSegment <em>Customer Segment</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.crmgap.model.CustomerSegment
	 * @generated
	 */
	public Adapter createCustomerSegmentAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.crmgap.model.Expectation <em>Expectation</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.crmgap.model.Expectation
	 * @generated
	 */
	public Adapter createExpectationAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.crmgap.model.ManagementPerception <em>Management Perception</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.crmgap.model.ManagementPerception
	 * @generated
	 */
	public Adapter createManagementPerceptionAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.crmgap.model.OrganisationUnit <em>Organisation Unit</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.crmgap.model.OrganisationUnit
	 * @generated
	 */
	public Adapter createOrganisationUnitAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.crmgap.model.CrmComponent <em>Crm Component</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.crmgap.model.CrmComponent
	 * @generated
	 */
	public Adapter createCrmComponentAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.crmgap.model.InteractionFlow <em>Interaction Flow</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.crmgap.model.InteractionFlow
	 * @generated
	 */
	public Adapter createInteractionFlowAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.crmgap.model.ServiceStandard <em>Service Standard</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.crmgap.model.ServiceStandard
	 * @generated
	 */
	public Adapter createServiceStandardAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.crmgap.model.Communication <em>Communication</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.crmgap.model.Communication
	 * @generated
	 */
	public Adapter createCommunicationAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.crmgap.model.Promise <em>Promise</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.crmgap.model.Promise
	 * @generated
	 */
	public Adapter createPromiseAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.crmgap.model.SurveyInstrument <em>Survey Instrument</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.crmgap.model.SurveyInstrument
	 * @generated
	 */
	public Adapter createSurveyInstrumentAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.crmgap.model.SurveyItem <em>Survey Item</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.crmgap.model.SurveyItem
	 * @generated
	 */
	public Adapter createSurveyItemAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.crmgap.model.DataSource <em>Data Source</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.crmgap.model.DataSource
	 * @generated
	 */
	public Adapter createDataSourceAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.crmgap.model.AnswerLabel <em>Answer Label</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.crmgap.model.AnswerLabel
	 * @generated
	 */
	public Adapter createAnswerLabelAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.crmgap.model.ColumnMapping <em>Column Mapping</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.crmgap.model.ColumnMapping
	 * @generated
	 */
	public Adapter createColumnMappingAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.crmgap.model.Gap <em>Gap</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.crmgap.model.Gap
	 * @generated
	 */
	public Adapter createGapAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.crmgap.model.SeverityThreshold <em>Severity Threshold</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.crmgap.model.SeverityThreshold
	 * @generated
	 */
	public Adapter createSeverityThresholdAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.crmgap.model.IndicatorSnapshot <em>Indicator Snapshot</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.crmgap.model.IndicatorSnapshot
	 * @generated
	 */
	public Adapter createIndicatorSnapshotAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.crmgap.model.Catalogue <em>Catalogue</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.crmgap.model.Catalogue
	 * @generated
	 */
	public Adapter createCatalogueAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.crmgap.model.GapCause <em>Gap Cause</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.crmgap.model.GapCause
	 * @generated
	 */
	public Adapter createGapCauseAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.crmgap.model.RecoveryAction <em>Recovery Action</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.crmgap.model.RecoveryAction
	 * @generated
	 */
	public Adapter createRecoveryActionAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.crmgap.model.MeasurementWave <em>Measurement Wave</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.crmgap.model.MeasurementWave
	 * @generated
	 */
	public Adapter createMeasurementWaveAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.crmgap.model.PlannedAction <em>Planned Action</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.crmgap.model.PlannedAction
	 * @generated
	 */
	public Adapter createPlannedActionAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for the default case.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @generated
	 */
	public Adapter createEObjectAdapter() {
		return null;
	}

} //CrmGapAdapterFactory
