/**
 */
package org.crmgap.model.util;

import org.crmgap.model.*;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;

import org.eclipse.emf.ecore.util.Switch;

/**
 * <!-- begin-user-doc -->
 * The <b>Switch</b> for the model's inheritance hierarchy.
 * It supports the call {@link #doSwitch(EObject) doSwitch(object)}
 * to invoke the <code>caseXXX</code> method for each class of the model,
 * starting with the actual class of the object
 * and proceeding up the inheritance hierarchy
 * until a non-null result is returned,
 * which is the result of the switch.
 * <!-- end-user-doc -->
 * @see org.crmgap.model.CrmGapPackage
 * @generated
 */
public class CrmGapSwitch<T> extends Switch<T> {
	/**
	 * The cached model package
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected static CrmGapPackage modelPackage;

	/**
	 * Creates an instance of the switch.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public CrmGapSwitch() {
		if (modelPackage == null) {
			modelPackage = CrmGapPackage.eINSTANCE;
		}
	}

	/**
	 * Checks whether this is a switch for the given package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param ePackage the package in question.
	 * @return whether this is a switch for the given package.
	 * @generated
	 */
	@Override
	protected boolean isSwitchFor(EPackage ePackage) {
		return ePackage == modelPackage;
	}

	/**
	 * Calls <code>caseXXX</code> for each class of the model until one returns a non null result; it yields that result.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the first non-null result returned by a <code>caseXXX</code> call.
	 * @generated
	 */
	@Override
	protected T doSwitch(int classifierID, EObject theEObject) {
		switch (classifierID) {
			case CrmGapPackage.NAMED_ELEMENT: {
				NamedElement namedElement = (NamedElement)theEObject;
				T result = caseNamedElement(namedElement);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case CrmGapPackage.GAP_ENDPOINT: {
				GapEndpoint gapEndpoint = (GapEndpoint)theEObject;
				T result = caseGapEndpoint(gapEndpoint);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case CrmGapPackage.DATA_KEYED: {
				DataKeyed dataKeyed = (DataKeyed)theEObject;
				T result = caseDataKeyed(dataKeyed);
				if (result == null) result = caseNamedElement(dataKeyed);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case CrmGapPackage.GAP_MODEL: {
				GapModel gapModel = (GapModel)theEObject;
				T result = caseGapModel(gapModel);
				if (result == null) result = caseNamedElement(gapModel);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case CrmGapPackage.SERVICE_DIMENSION: {
				ServiceDimension serviceDimension = (ServiceDimension)theEObject;
				T result = caseServiceDimension(serviceDimension);
				if (result == null) result = caseNamedElement(serviceDimension);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case CrmGapPackage.CUSTOMER_SEGMENT: {
				CustomerSegment customerSegment = (CustomerSegment)theEObject;
				T result = caseCustomerSegment(customerSegment);
				if (result == null) result = caseDataKeyed(customerSegment);
				if (result == null) result = caseGapEndpoint(customerSegment);
				if (result == null) result = caseNamedElement(customerSegment);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case CrmGapPackage.EXPECTATION: {
				Expectation expectation = (Expectation)theEObject;
				T result = caseExpectation(expectation);
				if (result == null) result = caseNamedElement(expectation);
				if (result == null) result = caseGapEndpoint(expectation);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case CrmGapPackage.MANAGEMENT_PERCEPTION: {
				ManagementPerception managementPerception = (ManagementPerception)theEObject;
				T result = caseManagementPerception(managementPerception);
				if (result == null) result = caseNamedElement(managementPerception);
				if (result == null) result = caseGapEndpoint(managementPerception);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case CrmGapPackage.ORGANISATION_UNIT: {
				OrganisationUnit organisationUnit = (OrganisationUnit)theEObject;
				T result = caseOrganisationUnit(organisationUnit);
				if (result == null) result = caseNamedElement(organisationUnit);
				if (result == null) result = caseGapEndpoint(organisationUnit);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case CrmGapPackage.CRM_COMPONENT: {
				CrmComponent crmComponent = (CrmComponent)theEObject;
				T result = caseCrmComponent(crmComponent);
				if (result == null) result = caseDataKeyed(crmComponent);
				if (result == null) result = caseGapEndpoint(crmComponent);
				if (result == null) result = caseNamedElement(crmComponent);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case CrmGapPackage.INTERACTION_FLOW: {
				InteractionFlow interactionFlow = (InteractionFlow)theEObject;
				T result = caseInteractionFlow(interactionFlow);
				if (result == null) result = caseNamedElement(interactionFlow);
				if (result == null) result = caseGapEndpoint(interactionFlow);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case CrmGapPackage.SERVICE_STANDARD: {
				ServiceStandard serviceStandard = (ServiceStandard)theEObject;
				T result = caseServiceStandard(serviceStandard);
				if (result == null) result = caseDataKeyed(serviceStandard);
				if (result == null) result = caseGapEndpoint(serviceStandard);
				if (result == null) result = caseNamedElement(serviceStandard);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case CrmGapPackage.COMMUNICATION: {
				Communication communication = (Communication)theEObject;
				T result = caseCommunication(communication);
				if (result == null) result = caseNamedElement(communication);
				if (result == null) result = caseGapEndpoint(communication);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case CrmGapPackage.PROMISE: {
				Promise promise = (Promise)theEObject;
				T result = casePromise(promise);
				if (result == null) result = caseNamedElement(promise);
				if (result == null) result = caseGapEndpoint(promise);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case CrmGapPackage.SURVEY_INSTRUMENT: {
				SurveyInstrument surveyInstrument = (SurveyInstrument)theEObject;
				T result = caseSurveyInstrument(surveyInstrument);
				if (result == null) result = caseNamedElement(surveyInstrument);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case CrmGapPackage.SURVEY_ITEM: {
				SurveyItem surveyItem = (SurveyItem)theEObject;
				T result = caseSurveyItem(surveyItem);
				if (result == null) result = caseNamedElement(surveyItem);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case CrmGapPackage.DATA_SOURCE: {
				DataSource dataSource = (DataSource)theEObject;
				T result = caseDataSource(dataSource);
				if (result == null) result = caseNamedElement(dataSource);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case CrmGapPackage.ANSWER_LABEL: {
				AnswerLabel answerLabel = (AnswerLabel)theEObject;
				T result = caseAnswerLabel(answerLabel);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case CrmGapPackage.COLUMN_MAPPING: {
				ColumnMapping columnMapping = (ColumnMapping)theEObject;
				T result = caseColumnMapping(columnMapping);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case CrmGapPackage.GAP: {
				Gap gap = (Gap)theEObject;
				T result = caseGap(gap);
				if (result == null) result = caseNamedElement(gap);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case CrmGapPackage.SEVERITY_THRESHOLD: {
				SeverityThreshold severityThreshold = (SeverityThreshold)theEObject;
				T result = caseSeverityThreshold(severityThreshold);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case CrmGapPackage.INDICATOR_SNAPSHOT: {
				IndicatorSnapshot indicatorSnapshot = (IndicatorSnapshot)theEObject;
				T result = caseIndicatorSnapshot(indicatorSnapshot);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case CrmGapPackage.CATALOGUE: {
				Catalogue catalogue = (Catalogue)theEObject;
				T result = caseCatalogue(catalogue);
				if (result == null) result = caseNamedElement(catalogue);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case CrmGapPackage.GAP_CAUSE: {
				GapCause gapCause = (GapCause)theEObject;
				T result = caseGapCause(gapCause);
				if (result == null) result = caseNamedElement(gapCause);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case CrmGapPackage.RECOVERY_ACTION: {
				RecoveryAction recoveryAction = (RecoveryAction)theEObject;
				T result = caseRecoveryAction(recoveryAction);
				if (result == null) result = caseNamedElement(recoveryAction);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case CrmGapPackage.MEASUREMENT_WAVE: {
				MeasurementWave measurementWave = (MeasurementWave)theEObject;
				T result = caseMeasurementWave(measurementWave);
				if (result == null) result = caseNamedElement(measurementWave);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case CrmGapPackage.PLANNED_ACTION: {
				PlannedAction plannedAction = (PlannedAction)theEObject;
				T result = casePlannedAction(plannedAction);
				if (result == null) result = caseNamedElement(plannedAction);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			default: return defaultCase(theEObject);
		}
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Named Element</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Named Element</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseNamedElement(NamedElement object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Gap Endpoint</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Gap Endpoint</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseGapEndpoint(GapEndpoint object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Data Keyed</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Data Keyed</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseDataKeyed(DataKeyed object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Gap Model</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Gap Model</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseGapModel(GapModel object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Service Dimension</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Service Dimension</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseServiceDimension(ServiceDimension object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Customer Segment</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Customer Segment</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseCustomerSegment(CustomerSegment object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Expectation</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Expectation</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseExpectation(Expectation object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Management Perception</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Management Perception</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseManagementPerception(ManagementPerception object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Organisation Unit</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Organisation Unit</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseOrganisationUnit(OrganisationUnit object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Crm Component</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Crm Component</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseCrmComponent(CrmComponent object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Interaction Flow</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Interaction Flow</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseInteractionFlow(InteractionFlow object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Service Standard</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Service Standard</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseServiceStandard(ServiceStandard object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Communication</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Communication</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseCommunication(Communication object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Promise</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Promise</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T casePromise(Promise object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Survey Instrument</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Survey Instrument</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseSurveyInstrument(SurveyInstrument object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Survey Item</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Survey Item</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseSurveyItem(SurveyItem object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Data Source</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Data Source</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseDataSource(DataSource object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Answer Label</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Answer Label</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseAnswerLabel(AnswerLabel object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Column Mapping</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Column Mapping</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseColumnMapping(ColumnMapping object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Gap</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Gap</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseGap(Gap object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Severity Threshold</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Severity Threshold</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseSeverityThreshold(SeverityThreshold object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Indicator Snapshot</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Indicator Snapshot</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseIndicatorSnapshot(IndicatorSnapshot object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Catalogue</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Catalogue</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseCatalogue(Catalogue object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Gap Cause</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Gap Cause</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseGapCause(GapCause object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Recovery Action</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Recovery Action</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseRecoveryAction(RecoveryAction object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Measurement Wave</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Measurement Wave</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseMeasurementWave(MeasurementWave object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Planned Action</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Planned Action</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T casePlannedAction(PlannedAction object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>EObject</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch, but this is the last case anyway.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>EObject</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject)
	 * @generated
	 */
	@Override
	public T defaultCase(EObject object) {
		return null;
	}

} //CrmGapSwitch
