/**
 */
package org.crmgap.model.impl;

import java.time.LocalDate;

import org.crmgap.model.*;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;

import org.eclipse.emf.ecore.impl.EFactoryImpl;

import org.eclipse.emf.ecore.plugin.EcorePlugin;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model <b>Factory</b>.
 * <!-- end-user-doc -->
 * @generated
 */
public class CrmGapFactoryImpl extends EFactoryImpl implements CrmGapFactory {
	/**
	 * Creates the default factory implementation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static CrmGapFactory init() {
		try {
			CrmGapFactory theCrmGapFactory = (CrmGapFactory)EPackage.Registry.INSTANCE.getEFactory(CrmGapPackage.eNS_URI);
			if (theCrmGapFactory != null) {
				return theCrmGapFactory;
			}
		}
		catch (Exception exception) {
			EcorePlugin.INSTANCE.log(exception);
		}
		return new CrmGapFactoryImpl();
	}

	/**
	 * Creates an instance of the factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public CrmGapFactoryImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EObject create(EClass eClass) {
		switch (eClass.getClassifierID()) {
			case CrmGapPackage.GAP_MODEL: return createGapModel();
			case CrmGapPackage.SERVICE_DIMENSION: return createServiceDimension();
			case CrmGapPackage.CUSTOMER_SEGMENT: return createCustomerSegment();
			case CrmGapPackage.EXPECTATION: return createExpectation();
			case CrmGapPackage.MANAGEMENT_PERCEPTION: return createManagementPerception();
			case CrmGapPackage.ORGANISATION_UNIT: return createOrganisationUnit();
			case CrmGapPackage.CRM_COMPONENT: return createCrmComponent();
			case CrmGapPackage.INTERACTION_FLOW: return createInteractionFlow();
			case CrmGapPackage.SERVICE_STANDARD: return createServiceStandard();
			case CrmGapPackage.COMMUNICATION: return createCommunication();
			case CrmGapPackage.PROMISE: return createPromise();
			case CrmGapPackage.SURVEY_INSTRUMENT: return createSurveyInstrument();
			case CrmGapPackage.SURVEY_ITEM: return createSurveyItem();
			case CrmGapPackage.DATA_SOURCE: return createDataSource();
			case CrmGapPackage.ANSWER_LABEL: return createAnswerLabel();
			case CrmGapPackage.COLUMN_MAPPING: return createColumnMapping();
			case CrmGapPackage.GAP: return createGap();
			case CrmGapPackage.SEVERITY_THRESHOLD: return createSeverityThreshold();
			case CrmGapPackage.INDICATOR_SNAPSHOT: return createIndicatorSnapshot();
			case CrmGapPackage.CATALOGUE: return createCatalogue();
			case CrmGapPackage.GAP_CAUSE: return createGapCause();
			case CrmGapPackage.RECOVERY_ACTION: return createRecoveryAction();
			case CrmGapPackage.MEASUREMENT_WAVE: return createMeasurementWave();
			case CrmGapPackage.PLANNED_ACTION: return createPlannedAction();
			default:
				throw new IllegalArgumentException("The class '" + eClass.getName() + "' is not a valid classifier");
		}
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object createFromString(EDataType eDataType, String initialValue) {
		switch (eDataType.getClassifierID()) {
			case CrmGapPackage.RELATIONSHIP_STAGE:
				return createRelationshipStageFromString(eDataType, initialValue);
			case CrmGapPackage.BOND_LEVEL:
				return createBondLevelFromString(eDataType, initialValue);
			case CrmGapPackage.UNIT_KIND:
				return createUnitKindFromString(eDataType, initialValue);
			case CrmGapPackage.COMPONENT_KIND:
				return createComponentKindFromString(eDataType, initialValue);
			case CrmGapPackage.INTERACTION_CHANNEL:
				return createInteractionChannelFromString(eDataType, initialValue);
			case CrmGapPackage.COMMUNICATION_CHANNEL:
				return createCommunicationChannelFromString(eDataType, initialValue);
			case CrmGapPackage.DIRECTION:
				return createDirectionFromString(eDataType, initialValue);
			case CrmGapPackage.DATA_FORMAT:
				return createDataFormatFromString(eDataType, initialValue);
			case CrmGapPackage.DATA_ROLE:
				return createDataRoleFromString(eDataType, initialValue);
			case CrmGapPackage.COLUMN_MEANING:
				return createColumnMeaningFromString(eDataType, initialValue);
			case CrmGapPackage.SURVEY_ITEM_KIND:
				return createSurveyItemKindFromString(eDataType, initialValue);
			case CrmGapPackage.GAP_KIND:
				return createGapKindFromString(eDataType, initialValue);
			case CrmGapPackage.DIE_STAGE:
				return createDieStageFromString(eDataType, initialValue);
			case CrmGapPackage.SEVERITY:
				return createSeverityFromString(eDataType, initialValue);
			case CrmGapPackage.ACTION_STATUS:
				return createActionStatusFromString(eDataType, initialValue);
			case CrmGapPackage.LOCAL_DATE:
				return createLocalDateFromString(eDataType, initialValue);
			default:
				throw new IllegalArgumentException("The datatype '" + eDataType.getName() + "' is not a valid classifier");
		}
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String convertToString(EDataType eDataType, Object instanceValue) {
		switch (eDataType.getClassifierID()) {
			case CrmGapPackage.RELATIONSHIP_STAGE:
				return convertRelationshipStageToString(eDataType, instanceValue);
			case CrmGapPackage.BOND_LEVEL:
				return convertBondLevelToString(eDataType, instanceValue);
			case CrmGapPackage.UNIT_KIND:
				return convertUnitKindToString(eDataType, instanceValue);
			case CrmGapPackage.COMPONENT_KIND:
				return convertComponentKindToString(eDataType, instanceValue);
			case CrmGapPackage.INTERACTION_CHANNEL:
				return convertInteractionChannelToString(eDataType, instanceValue);
			case CrmGapPackage.COMMUNICATION_CHANNEL:
				return convertCommunicationChannelToString(eDataType, instanceValue);
			case CrmGapPackage.DIRECTION:
				return convertDirectionToString(eDataType, instanceValue);
			case CrmGapPackage.DATA_FORMAT:
				return convertDataFormatToString(eDataType, instanceValue);
			case CrmGapPackage.DATA_ROLE:
				return convertDataRoleToString(eDataType, instanceValue);
			case CrmGapPackage.COLUMN_MEANING:
				return convertColumnMeaningToString(eDataType, instanceValue);
			case CrmGapPackage.SURVEY_ITEM_KIND:
				return convertSurveyItemKindToString(eDataType, instanceValue);
			case CrmGapPackage.GAP_KIND:
				return convertGapKindToString(eDataType, instanceValue);
			case CrmGapPackage.DIE_STAGE:
				return convertDieStageToString(eDataType, instanceValue);
			case CrmGapPackage.SEVERITY:
				return convertSeverityToString(eDataType, instanceValue);
			case CrmGapPackage.ACTION_STATUS:
				return convertActionStatusToString(eDataType, instanceValue);
			case CrmGapPackage.LOCAL_DATE:
				return convertLocalDateToString(eDataType, instanceValue);
			default:
				throw new IllegalArgumentException("The datatype '" + eDataType.getName() + "' is not a valid classifier");
		}
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public GapModel createGapModel() {
		GapModelImpl gapModel = new GapModelImpl();
		return gapModel;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ServiceDimension createServiceDimension() {
		ServiceDimensionImpl serviceDimension = new ServiceDimensionImpl();
		return serviceDimension;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public CustomerSegment createCustomerSegment() {
		CustomerSegmentImpl customerSegment = new CustomerSegmentImpl();
		return customerSegment;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Expectation createExpectation() {
		ExpectationImpl expectation = new ExpectationImpl();
		return expectation;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ManagementPerception createManagementPerception() {
		ManagementPerceptionImpl managementPerception = new ManagementPerceptionImpl();
		return managementPerception;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public OrganisationUnit createOrganisationUnit() {
		OrganisationUnitImpl organisationUnit = new OrganisationUnitImpl();
		return organisationUnit;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public CrmComponent createCrmComponent() {
		CrmComponentImpl crmComponent = new CrmComponentImpl();
		return crmComponent;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public InteractionFlow createInteractionFlow() {
		InteractionFlowImpl interactionFlow = new InteractionFlowImpl();
		return interactionFlow;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ServiceStandard createServiceStandard() {
		ServiceStandardImpl serviceStandard = new ServiceStandardImpl();
		return serviceStandard;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Communication createCommunication() {
		CommunicationImpl communication = new CommunicationImpl();
		return communication;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Promise createPromise() {
		PromiseImpl promise = new PromiseImpl();
		return promise;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public SurveyInstrument createSurveyInstrument() {
		SurveyInstrumentImpl surveyInstrument = new SurveyInstrumentImpl();
		return surveyInstrument;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public SurveyItem createSurveyItem() {
		SurveyItemImpl surveyItem = new SurveyItemImpl();
		return surveyItem;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public DataSource createDataSource() {
		DataSourceImpl dataSource = new DataSourceImpl();
		return dataSource;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public AnswerLabel createAnswerLabel() {
		AnswerLabelImpl answerLabel = new AnswerLabelImpl();
		return answerLabel;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ColumnMapping createColumnMapping() {
		ColumnMappingImpl columnMapping = new ColumnMappingImpl();
		return columnMapping;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Gap createGap() {
		GapImpl gap = new GapImpl();
		return gap;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public SeverityThreshold createSeverityThreshold() {
		SeverityThresholdImpl severityThreshold = new SeverityThresholdImpl();
		return severityThreshold;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public IndicatorSnapshot createIndicatorSnapshot() {
		IndicatorSnapshotImpl indicatorSnapshot = new IndicatorSnapshotImpl();
		return indicatorSnapshot;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Catalogue createCatalogue() {
		CatalogueImpl catalogue = new CatalogueImpl();
		return catalogue;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public GapCause createGapCause() {
		GapCauseImpl gapCause = new GapCauseImpl();
		return gapCause;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public RecoveryAction createRecoveryAction() {
		RecoveryActionImpl recoveryAction = new RecoveryActionImpl();
		return recoveryAction;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public MeasurementWave createMeasurementWave() {
		MeasurementWaveImpl measurementWave = new MeasurementWaveImpl();
		return measurementWave;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public PlannedAction createPlannedAction() {
		PlannedActionImpl plannedAction = new PlannedActionImpl();
		return plannedAction;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public RelationshipStage createRelationshipStageFromString(EDataType eDataType, String initialValue) {
		RelationshipStage result = RelationshipStage.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertRelationshipStageToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public BondLevel createBondLevelFromString(EDataType eDataType, String initialValue) {
		BondLevel result = BondLevel.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertBondLevelToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public UnitKind createUnitKindFromString(EDataType eDataType, String initialValue) {
		UnitKind result = UnitKind.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertUnitKindToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public ComponentKind createComponentKindFromString(EDataType eDataType, String initialValue) {
		ComponentKind result = ComponentKind.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertComponentKindToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public InteractionChannel createInteractionChannelFromString(EDataType eDataType, String initialValue) {
		InteractionChannel result = InteractionChannel.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertInteractionChannelToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public CommunicationChannel createCommunicationChannelFromString(EDataType eDataType, String initialValue) {
		CommunicationChannel result = CommunicationChannel.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertCommunicationChannelToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Direction createDirectionFromString(EDataType eDataType, String initialValue) {
		Direction result = Direction.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertDirectionToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public DataFormat createDataFormatFromString(EDataType eDataType, String initialValue) {
		DataFormat result = DataFormat.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertDataFormatToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public DataRole createDataRoleFromString(EDataType eDataType, String initialValue) {
		DataRole result = DataRole.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertDataRoleToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public ColumnMeaning createColumnMeaningFromString(EDataType eDataType, String initialValue) {
		ColumnMeaning result = ColumnMeaning.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertColumnMeaningToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public SurveyItemKind createSurveyItemKindFromString(EDataType eDataType, String initialValue) {
		SurveyItemKind result = SurveyItemKind.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertSurveyItemKindToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public GapKind createGapKindFromString(EDataType eDataType, String initialValue) {
		GapKind result = GapKind.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertGapKindToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public DieStage createDieStageFromString(EDataType eDataType, String initialValue) {
		DieStage result = DieStage.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertDieStageToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Severity createSeverityFromString(EDataType eDataType, String initialValue) {
		Severity result = Severity.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertSeverityToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public ActionStatus createActionStatusFromString(EDataType eDataType, String initialValue) {
		ActionStatus result = ActionStatus.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertActionStatusToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public LocalDate createLocalDate(final String it) {
		return it == null || it.isBlank() ? null : java.time.LocalDate.parse(it.strip());
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public LocalDate createLocalDateFromString(EDataType eDataType, String initialValue) {
		return createLocalDate(initialValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertLocalDate(final LocalDate it) {
		return it == null ? null : it.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertLocalDateToString(EDataType eDataType, Object instanceValue) {
		return convertLocalDate((LocalDate)instanceValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public CrmGapPackage getCrmGapPackage() {
		return (CrmGapPackage)getEPackage();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @deprecated
	 * @generated
	 */
	@Deprecated
	public static CrmGapPackage getPackage() {
		return CrmGapPackage.eINSTANCE;
	}

} //CrmGapFactoryImpl
