/**
 */
package org.crmgap.model.impl;

import java.time.LocalDate;

import org.crmgap.model.ActionStatus;
import org.crmgap.model.AnswerLabel;
import org.crmgap.model.BondLevel;
import org.crmgap.model.Catalogue;
import org.crmgap.model.ColumnMapping;
import org.crmgap.model.ColumnMeaning;
import org.crmgap.model.Communication;
import org.crmgap.model.CommunicationChannel;
import org.crmgap.model.ComponentKind;
import org.crmgap.model.CrmComponent;
import org.crmgap.model.CrmGapFactory;
import org.crmgap.model.CrmGapPackage;
import org.crmgap.model.CustomerSegment;
import org.crmgap.model.DataFormat;
import org.crmgap.model.DataKeyed;
import org.crmgap.model.DataRole;
import org.crmgap.model.DataSource;
import org.crmgap.model.DieStage;
import org.crmgap.model.Direction;
import org.crmgap.model.Expectation;
import org.crmgap.model.Gap;
import org.crmgap.model.GapCause;
import org.crmgap.model.GapEndpoint;
import org.crmgap.model.GapKind;
import org.crmgap.model.GapModel;
import org.crmgap.model.IndicatorSnapshot;
import org.crmgap.model.InteractionChannel;
import org.crmgap.model.InteractionFlow;
import org.crmgap.model.ManagementPerception;
import org.crmgap.model.MeasurementWave;
import org.crmgap.model.NamedElement;
import org.crmgap.model.OrganisationUnit;
import org.crmgap.model.PlannedAction;
import org.crmgap.model.Promise;
import org.crmgap.model.RecoveryAction;
import org.crmgap.model.RelationshipStage;
import org.crmgap.model.ServiceDimension;
import org.crmgap.model.ServiceStandard;
import org.crmgap.model.Severity;
import org.crmgap.model.SeverityThreshold;
import org.crmgap.model.SurveyInstrument;
import org.crmgap.model.SurveyItem;
import org.crmgap.model.SurveyItemKind;
import org.crmgap.model.UnitKind;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EOperation;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EReference;

import org.eclipse.emf.ecore.impl.EPackageImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model <b>Package</b>.
 * <!-- end-user-doc -->
 * @generated
 */
public class CrmGapPackageImpl extends EPackageImpl implements CrmGapPackage {
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass namedElementEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass gapEndpointEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass dataKeyedEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass gapModelEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass serviceDimensionEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass customerSegmentEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass expectationEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass managementPerceptionEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass organisationUnitEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass crmComponentEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass interactionFlowEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass serviceStandardEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass communicationEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass promiseEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass surveyInstrumentEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass surveyItemEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass dataSourceEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass answerLabelEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass columnMappingEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass gapEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass severityThresholdEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass indicatorSnapshotEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass catalogueEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass gapCauseEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass recoveryActionEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass measurementWaveEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass plannedActionEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum relationshipStageEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum bondLevelEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum unitKindEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum componentKindEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum interactionChannelEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum communicationChannelEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum directionEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum dataFormatEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum dataRoleEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum columnMeaningEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum surveyItemKindEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum gapKindEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum dieStageEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum severityEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum actionStatusEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EDataType localDateEDataType = null;

	/**
	 * Creates an instance of the model <b>Package</b>, registered with
	 * {@link org.eclipse.emf.ecore.EPackage.Registry EPackage.Registry} by the package
	 * package URI value.
	 * <p>Note: the correct way to create the package is via the static
	 * factory method {@link #init init()}, which also performs
	 * initialization of the package, or returns the registered package,
	 * if one already exists.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.eclipse.emf.ecore.EPackage.Registry
	 * @see org.crmgap.model.CrmGapPackage#eNS_URI
	 * @see #init()
	 * @generated
	 */
	private CrmGapPackageImpl() {
		super(eNS_URI, CrmGapFactory.eINSTANCE);
	}
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static boolean isInited = false;

	/**
	 * Creates, registers, and initializes the <b>Package</b> for this model, and for any others upon which it depends.
	 *
	 * <p>This method is used to initialize {@link CrmGapPackage#eINSTANCE} when that field is accessed.
	 * Clients should not invoke it directly. Instead, they should simply access that field to obtain the package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #eNS_URI
	 * @see #createPackageContents()
	 * @see #initializePackageContents()
	 * @generated
	 */
	public static CrmGapPackage init() {
		if (isInited) return (CrmGapPackage)EPackage.Registry.INSTANCE.getEPackage(CrmGapPackage.eNS_URI);

		// Obtain or create and register package
		Object registeredCrmGapPackage = EPackage.Registry.INSTANCE.get(eNS_URI);
		CrmGapPackageImpl theCrmGapPackage = registeredCrmGapPackage instanceof CrmGapPackageImpl ? (CrmGapPackageImpl)registeredCrmGapPackage : new CrmGapPackageImpl();

		isInited = true;

		// Create package meta-data objects
		theCrmGapPackage.createPackageContents();

		// Initialize created meta-data
		theCrmGapPackage.initializePackageContents();

		// Mark meta-data to indicate it can't be changed
		theCrmGapPackage.freeze();

		// Update the registry and return the package
		EPackage.Registry.INSTANCE.put(CrmGapPackage.eNS_URI, theCrmGapPackage);
		return theCrmGapPackage;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getNamedElement() {
		return namedElementEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getNamedElement_Name() {
		return (EAttribute)namedElementEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getNamedElement_Description() {
		return (EAttribute)namedElementEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getGapEndpoint() {
		return gapEndpointEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getDataKeyed() {
		return dataKeyedEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDataKeyed_DataKey() {
		return (EAttribute)dataKeyedEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EOperation getDataKeyed__EffectiveDataKey() {
		return dataKeyedEClass.getEOperations().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getGapModel() {
		return gapModelEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getGapModel_Dimensions() {
		return (EReference)gapModelEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getGapModel_Segments() {
		return (EReference)gapModelEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getGapModel_ManagementPerceptions() {
		return (EReference)gapModelEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getGapModel_OrganisationUnits() {
		return (EReference)gapModelEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getGapModel_ServiceStandards() {
		return (EReference)gapModelEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getGapModel_InteractionFlows() {
		return (EReference)gapModelEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getGapModel_Communications() {
		return (EReference)gapModelEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getGapModel_SurveyInstruments() {
		return (EReference)gapModelEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getGapModel_DataSources() {
		return (EReference)gapModelEClass.getEStructuralFeatures().get(8);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getGapModel_Gaps() {
		return (EReference)gapModelEClass.getEStructuralFeatures().get(9);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getGapModel_Thresholds() {
		return (EReference)gapModelEClass.getEStructuralFeatures().get(10);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getGapModel_Catalogue() {
		return (EReference)gapModelEClass.getEStructuralFeatures().get(11);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getGapModel_Waves() {
		return (EReference)gapModelEClass.getEStructuralFeatures().get(12);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getGapModel_PlannedActions() {
		return (EReference)gapModelEClass.getEStructuralFeatures().get(13);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getServiceDimension() {
		return serviceDimensionEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getCustomerSegment() {
		return customerSegmentEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCustomerSegment_Size() {
		return (EAttribute)customerSegmentEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCustomerSegment_RelationshipStage() {
		return (EAttribute)customerSegmentEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCustomerSegment_ExpectedBond() {
		return (EAttribute)customerSegmentEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getCustomerSegment_Expectations() {
		return (EReference)customerSegmentEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getExpectation() {
		return expectationEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getExpectation_Segment() {
		return (EReference)expectationEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getExpectation_Dimension() {
		return (EReference)expectationEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getExpectation_Importance() {
		return (EAttribute)expectationEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getExpectation_DesiredLevel() {
		return (EAttribute)expectationEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getExpectation_AdequateLevel() {
		return (EAttribute)expectationEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getExpectation_ExpectedValue() {
		return (EAttribute)expectationEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getExpectation_Unit() {
		return (EAttribute)expectationEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getExpectation_SurveyItems() {
		return (EReference)expectationEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getExpectation_AddressedBy() {
		return (EReference)expectationEClass.getEStructuralFeatures().get(8);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getManagementPerception() {
		return managementPerceptionEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getManagementPerception_Expectation() {
		return (EReference)managementPerceptionEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getManagementPerception_EstimatedLevel() {
		return (EAttribute)managementPerceptionEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getManagementPerception_HeldBy() {
		return (EReference)managementPerceptionEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getManagementPerception_Source() {
		return (EReference)managementPerceptionEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getOrganisationUnit() {
		return organisationUnitEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getOrganisationUnit_Kind() {
		return (EAttribute)organisationUnitEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getOrganisationUnit_ParentUnit() {
		return (EReference)organisationUnitEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getOrganisationUnit_SubUnits() {
		return (EReference)organisationUnitEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getOrganisationUnit_Components() {
		return (EReference)organisationUnitEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getOrganisationUnit_OwnedStandards() {
		return (EReference)organisationUnitEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getOrganisationUnit_PerformedFlows() {
		return (EReference)organisationUnitEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getCrmComponent() {
		return crmComponentEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCrmComponent_Kind() {
		return (EAttribute)crmComponentEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCrmComponent_RequiredLevel() {
		return (EAttribute)crmComponentEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCrmComponent_AssessedLevel() {
		return (EAttribute)crmComponentEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getCrmComponent_OwnerUnit() {
		return (EReference)crmComponentEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EOperation getCrmComponent__Shortfall() {
		return crmComponentEClass.getEOperations().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getInteractionFlow() {
		return interactionFlowEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getInteractionFlow_Channel() {
		return (EAttribute)interactionFlowEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getInteractionFlow_Bond() {
		return (EAttribute)interactionFlowEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getInteractionFlow_Performer() {
		return (EReference)interactionFlowEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getInteractionFlow_ServedSegments() {
		return (EReference)interactionFlowEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getInteractionFlow_RealisedStandards() {
		return (EReference)interactionFlowEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getServiceStandard() {
		return serviceStandardEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getServiceStandard_Metric() {
		return (EAttribute)serviceStandardEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getServiceStandard_Target() {
		return (EAttribute)serviceStandardEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getServiceStandard_Unit() {
		return (EAttribute)serviceStandardEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getServiceStandard_Direction() {
		return (EAttribute)serviceStandardEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getServiceStandard_Tolerance() {
		return (EAttribute)serviceStandardEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getServiceStandard_Addresses() {
		return (EReference)serviceStandardEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getServiceStandard_OwnerUnit() {
		return (EReference)serviceStandardEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getServiceStandard_RealisingFlows() {
		return (EReference)serviceStandardEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getServiceStandard_Promises() {
		return (EReference)serviceStandardEClass.getEStructuralFeatures().get(8);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EOperation getServiceStandard__IsMet__double() {
		return serviceStandardEClass.getEOperations().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EOperation getServiceStandard__Shortfall__double() {
		return serviceStandardEClass.getEOperations().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getCommunication() {
		return communicationEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCommunication_Channel() {
		return (EAttribute)communicationEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getCommunication_Audience() {
		return (EReference)communicationEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getCommunication_Issuer() {
		return (EReference)communicationEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getCommunication_Promises() {
		return (EReference)communicationEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getPromise() {
		return promiseEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPromise_PromisedLevel() {
		return (EAttribute)promiseEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getPromise_Communication() {
		return (EReference)promiseEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getPromise_Standard() {
		return (EReference)promiseEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getSurveyInstrument() {
		return surveyInstrumentEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSurveyInstrument_ScaleMin() {
		return (EAttribute)surveyInstrumentEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSurveyInstrument_ScaleMax() {
		return (EAttribute)surveyInstrumentEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSurveyInstrument_ContinuousScale() {
		return (EAttribute)surveyInstrumentEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getSurveyInstrument_Items() {
		return (EReference)surveyInstrumentEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getSurveyItem() {
		return surveyItemEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSurveyItem_Number() {
		return (EAttribute)surveyItemEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSurveyItem_Text() {
		return (EAttribute)surveyItemEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSurveyItem_Kind() {
		return (EAttribute)surveyItemEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getSurveyItem_Dimension() {
		return (EReference)surveyItemEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSurveyItem_ExpectationColumn() {
		return (EAttribute)surveyItemEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSurveyItem_PerceptionColumn() {
		return (EAttribute)surveyItemEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSurveyItem_DesiredColumn() {
		return (EAttribute)surveyItemEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSurveyItem_AdequateColumn() {
		return (EAttribute)surveyItemEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSurveyItem_ManagerColumn() {
		return (EAttribute)surveyItemEClass.getEStructuralFeatures().get(8);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getSurveyItem_Instrument() {
		return (EReference)surveyItemEClass.getEStructuralFeatures().get(9);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getSurveyItem_MeasuredExpectations() {
		return (EReference)surveyItemEClass.getEStructuralFeatures().get(10);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getDataSource() {
		return dataSourceEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDataSource_Location() {
		return (EAttribute)dataSourceEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDataSource_Format() {
		return (EAttribute)dataSourceEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDataSource_Role() {
		return (EAttribute)dataSourceEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDataSource_Delimiter() {
		return (EAttribute)dataSourceEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDataSource_Encoding() {
		return (EAttribute)dataSourceEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDataSource_Sheet() {
		return (EAttribute)dataSourceEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDataSource_Query() {
		return (EAttribute)dataSourceEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getDataSource_Instrument() {
		return (EReference)dataSourceEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getDataSource_ColumnMappings() {
		return (EReference)dataSourceEClass.getEStructuralFeatures().get(8);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getDataSource_Wave() {
		return (EReference)dataSourceEClass.getEStructuralFeatures().get(9);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getDataSource_AnswerLabels() {
		return (EReference)dataSourceEClass.getEStructuralFeatures().get(10);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getAnswerLabel() {
		return answerLabelEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAnswerLabel_Text() {
		return (EAttribute)answerLabelEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAnswerLabel_Value() {
		return (EAttribute)answerLabelEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getColumnMapping() {
		return columnMappingEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getColumnMapping_Column() {
		return (EAttribute)columnMappingEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getColumnMapping_Meaning() {
		return (EAttribute)columnMappingEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getColumnMapping_Dimension() {
		return (EReference)columnMappingEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getGap() {
		return gapEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getGap_Kind() {
		return (EAttribute)gapEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getGap_Stage() {
		return (EAttribute)gapEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getGap_Reference() {
		return (EReference)gapEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getGap_Actual() {
		return (EReference)gapEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getGap_Segment() {
		return (EReference)gapEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getGap_Threshold() {
		return (EReference)gapEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getGap_Causes() {
		return (EReference)gapEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getGap_Actions() {
		return (EReference)gapEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getGap_Snapshots() {
		return (EReference)gapEClass.getEStructuralFeatures().get(8);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getSeverityThreshold() {
		return severityThresholdEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSeverityThreshold_GapKind() {
		return (EAttribute)severityThresholdEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSeverityThreshold_WarningLevel() {
		return (EAttribute)severityThresholdEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSeverityThreshold_ErrorLevel() {
		return (EAttribute)severityThresholdEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSeverityThreshold_SignificanceLevel() {
		return (EAttribute)severityThresholdEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getIndicatorSnapshot() {
		return indicatorSnapshotEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getIndicatorSnapshot_Indicator() {
		return (EAttribute)indicatorSnapshotEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getIndicatorSnapshot_Value() {
		return (EAttribute)indicatorSnapshotEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getIndicatorSnapshot_N() {
		return (EAttribute)indicatorSnapshotEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getIndicatorSnapshot_Severity() {
		return (EAttribute)indicatorSnapshotEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getIndicatorSnapshot_ComputedAt() {
		return (EAttribute)indicatorSnapshotEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getIndicatorSnapshot_DataFingerprint() {
		return (EAttribute)indicatorSnapshotEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getCatalogue() {
		return catalogueEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getCatalogue_Causes() {
		return (EReference)catalogueEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getCatalogue_Actions() {
		return (EReference)catalogueEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getGapCause() {
		return gapCauseEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getGapCause_GapKinds() {
		return (EAttribute)gapCauseEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getGapCause_RecommendedActions() {
		return (EReference)gapCauseEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getRecoveryAction() {
		return recoveryActionEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRecoveryAction_Stage() {
		return (EAttribute)recoveryActionEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getMeasurementWave() {
		return measurementWaveEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getMeasurementWave_Order() {
		return (EAttribute)measurementWaveEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getMeasurementWave_Date() {
		return (EAttribute)measurementWaveEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getMeasurementWave_Period() {
		return (EAttribute)measurementWaveEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getPlannedAction() {
		return plannedActionEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getPlannedAction_Gap() {
		return (EReference)plannedActionEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getPlannedAction_Action() {
		return (EReference)plannedActionEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getPlannedAction_Owner() {
		return (EReference)plannedActionEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPlannedAction_StartDate() {
		return (EAttribute)plannedActionEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPlannedAction_DueDate() {
		return (EAttribute)plannedActionEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPlannedAction_Status() {
		return (EAttribute)plannedActionEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPlannedAction_TargetValue() {
		return (EAttribute)plannedActionEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getPlannedAction_TargetWave() {
		return (EReference)plannedActionEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getRelationshipStage() {
		return relationshipStageEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getBondLevel() {
		return bondLevelEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getUnitKind() {
		return unitKindEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getComponentKind() {
		return componentKindEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getInteractionChannel() {
		return interactionChannelEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getCommunicationChannel() {
		return communicationChannelEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getDirection() {
		return directionEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getDataFormat() {
		return dataFormatEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getDataRole() {
		return dataRoleEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getColumnMeaning() {
		return columnMeaningEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getSurveyItemKind() {
		return surveyItemKindEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getGapKind() {
		return gapKindEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getDieStage() {
		return dieStageEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getSeverity() {
		return severityEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getActionStatus() {
		return actionStatusEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EDataType getLocalDate() {
		return localDateEDataType;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public CrmGapFactory getCrmGapFactory() {
		return (CrmGapFactory)getEFactoryInstance();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private boolean isCreated = false;

	/**
	 * Creates the meta-model objects for the package.  This method is
	 * guarded to have no affect on any invocation but its first.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public void createPackageContents() {
		if (isCreated) return;
		isCreated = true;

		// Create classes and their features
		namedElementEClass = createEClass(NAMED_ELEMENT);
		createEAttribute(namedElementEClass, NAMED_ELEMENT__NAME);
		createEAttribute(namedElementEClass, NAMED_ELEMENT__DESCRIPTION);

		gapEndpointEClass = createEClass(GAP_ENDPOINT);

		dataKeyedEClass = createEClass(DATA_KEYED);
		createEAttribute(dataKeyedEClass, DATA_KEYED__DATA_KEY);
		createEOperation(dataKeyedEClass, DATA_KEYED___EFFECTIVE_DATA_KEY);

		gapModelEClass = createEClass(GAP_MODEL);
		createEReference(gapModelEClass, GAP_MODEL__DIMENSIONS);
		createEReference(gapModelEClass, GAP_MODEL__SEGMENTS);
		createEReference(gapModelEClass, GAP_MODEL__MANAGEMENT_PERCEPTIONS);
		createEReference(gapModelEClass, GAP_MODEL__ORGANISATION_UNITS);
		createEReference(gapModelEClass, GAP_MODEL__SERVICE_STANDARDS);
		createEReference(gapModelEClass, GAP_MODEL__INTERACTION_FLOWS);
		createEReference(gapModelEClass, GAP_MODEL__COMMUNICATIONS);
		createEReference(gapModelEClass, GAP_MODEL__SURVEY_INSTRUMENTS);
		createEReference(gapModelEClass, GAP_MODEL__DATA_SOURCES);
		createEReference(gapModelEClass, GAP_MODEL__GAPS);
		createEReference(gapModelEClass, GAP_MODEL__THRESHOLDS);
		createEReference(gapModelEClass, GAP_MODEL__CATALOGUE);
		createEReference(gapModelEClass, GAP_MODEL__WAVES);
		createEReference(gapModelEClass, GAP_MODEL__PLANNED_ACTIONS);

		serviceDimensionEClass = createEClass(SERVICE_DIMENSION);

		customerSegmentEClass = createEClass(CUSTOMER_SEGMENT);
		createEAttribute(customerSegmentEClass, CUSTOMER_SEGMENT__SIZE);
		createEAttribute(customerSegmentEClass, CUSTOMER_SEGMENT__RELATIONSHIP_STAGE);
		createEAttribute(customerSegmentEClass, CUSTOMER_SEGMENT__EXPECTED_BOND);
		createEReference(customerSegmentEClass, CUSTOMER_SEGMENT__EXPECTATIONS);

		expectationEClass = createEClass(EXPECTATION);
		createEReference(expectationEClass, EXPECTATION__SEGMENT);
		createEReference(expectationEClass, EXPECTATION__DIMENSION);
		createEAttribute(expectationEClass, EXPECTATION__IMPORTANCE);
		createEAttribute(expectationEClass, EXPECTATION__DESIRED_LEVEL);
		createEAttribute(expectationEClass, EXPECTATION__ADEQUATE_LEVEL);
		createEAttribute(expectationEClass, EXPECTATION__EXPECTED_VALUE);
		createEAttribute(expectationEClass, EXPECTATION__UNIT);
		createEReference(expectationEClass, EXPECTATION__SURVEY_ITEMS);
		createEReference(expectationEClass, EXPECTATION__ADDRESSED_BY);

		managementPerceptionEClass = createEClass(MANAGEMENT_PERCEPTION);
		createEReference(managementPerceptionEClass, MANAGEMENT_PERCEPTION__EXPECTATION);
		createEAttribute(managementPerceptionEClass, MANAGEMENT_PERCEPTION__ESTIMATED_LEVEL);
		createEReference(managementPerceptionEClass, MANAGEMENT_PERCEPTION__HELD_BY);
		createEReference(managementPerceptionEClass, MANAGEMENT_PERCEPTION__SOURCE);

		organisationUnitEClass = createEClass(ORGANISATION_UNIT);
		createEAttribute(organisationUnitEClass, ORGANISATION_UNIT__KIND);
		createEReference(organisationUnitEClass, ORGANISATION_UNIT__PARENT_UNIT);
		createEReference(organisationUnitEClass, ORGANISATION_UNIT__SUB_UNITS);
		createEReference(organisationUnitEClass, ORGANISATION_UNIT__COMPONENTS);
		createEReference(organisationUnitEClass, ORGANISATION_UNIT__OWNED_STANDARDS);
		createEReference(organisationUnitEClass, ORGANISATION_UNIT__PERFORMED_FLOWS);

		crmComponentEClass = createEClass(CRM_COMPONENT);
		createEAttribute(crmComponentEClass, CRM_COMPONENT__KIND);
		createEAttribute(crmComponentEClass, CRM_COMPONENT__REQUIRED_LEVEL);
		createEAttribute(crmComponentEClass, CRM_COMPONENT__ASSESSED_LEVEL);
		createEReference(crmComponentEClass, CRM_COMPONENT__OWNER_UNIT);
		createEOperation(crmComponentEClass, CRM_COMPONENT___SHORTFALL);

		interactionFlowEClass = createEClass(INTERACTION_FLOW);
		createEAttribute(interactionFlowEClass, INTERACTION_FLOW__CHANNEL);
		createEAttribute(interactionFlowEClass, INTERACTION_FLOW__BOND);
		createEReference(interactionFlowEClass, INTERACTION_FLOW__PERFORMER);
		createEReference(interactionFlowEClass, INTERACTION_FLOW__SERVED_SEGMENTS);
		createEReference(interactionFlowEClass, INTERACTION_FLOW__REALISED_STANDARDS);

		serviceStandardEClass = createEClass(SERVICE_STANDARD);
		createEAttribute(serviceStandardEClass, SERVICE_STANDARD__METRIC);
		createEAttribute(serviceStandardEClass, SERVICE_STANDARD__TARGET);
		createEAttribute(serviceStandardEClass, SERVICE_STANDARD__UNIT);
		createEAttribute(serviceStandardEClass, SERVICE_STANDARD__DIRECTION);
		createEAttribute(serviceStandardEClass, SERVICE_STANDARD__TOLERANCE);
		createEReference(serviceStandardEClass, SERVICE_STANDARD__ADDRESSES);
		createEReference(serviceStandardEClass, SERVICE_STANDARD__OWNER_UNIT);
		createEReference(serviceStandardEClass, SERVICE_STANDARD__REALISING_FLOWS);
		createEReference(serviceStandardEClass, SERVICE_STANDARD__PROMISES);
		createEOperation(serviceStandardEClass, SERVICE_STANDARD___IS_MET__DOUBLE);
		createEOperation(serviceStandardEClass, SERVICE_STANDARD___SHORTFALL__DOUBLE);

		communicationEClass = createEClass(COMMUNICATION);
		createEAttribute(communicationEClass, COMMUNICATION__CHANNEL);
		createEReference(communicationEClass, COMMUNICATION__AUDIENCE);
		createEReference(communicationEClass, COMMUNICATION__ISSUER);
		createEReference(communicationEClass, COMMUNICATION__PROMISES);

		promiseEClass = createEClass(PROMISE);
		createEAttribute(promiseEClass, PROMISE__PROMISED_LEVEL);
		createEReference(promiseEClass, PROMISE__COMMUNICATION);
		createEReference(promiseEClass, PROMISE__STANDARD);

		surveyInstrumentEClass = createEClass(SURVEY_INSTRUMENT);
		createEAttribute(surveyInstrumentEClass, SURVEY_INSTRUMENT__SCALE_MIN);
		createEAttribute(surveyInstrumentEClass, SURVEY_INSTRUMENT__SCALE_MAX);
		createEAttribute(surveyInstrumentEClass, SURVEY_INSTRUMENT__CONTINUOUS_SCALE);
		createEReference(surveyInstrumentEClass, SURVEY_INSTRUMENT__ITEMS);

		surveyItemEClass = createEClass(SURVEY_ITEM);
		createEAttribute(surveyItemEClass, SURVEY_ITEM__NUMBER);
		createEAttribute(surveyItemEClass, SURVEY_ITEM__TEXT);
		createEAttribute(surveyItemEClass, SURVEY_ITEM__KIND);
		createEReference(surveyItemEClass, SURVEY_ITEM__DIMENSION);
		createEAttribute(surveyItemEClass, SURVEY_ITEM__EXPECTATION_COLUMN);
		createEAttribute(surveyItemEClass, SURVEY_ITEM__PERCEPTION_COLUMN);
		createEAttribute(surveyItemEClass, SURVEY_ITEM__DESIRED_COLUMN);
		createEAttribute(surveyItemEClass, SURVEY_ITEM__ADEQUATE_COLUMN);
		createEAttribute(surveyItemEClass, SURVEY_ITEM__MANAGER_COLUMN);
		createEReference(surveyItemEClass, SURVEY_ITEM__INSTRUMENT);
		createEReference(surveyItemEClass, SURVEY_ITEM__MEASURED_EXPECTATIONS);

		dataSourceEClass = createEClass(DATA_SOURCE);
		createEAttribute(dataSourceEClass, DATA_SOURCE__LOCATION);
		createEAttribute(dataSourceEClass, DATA_SOURCE__FORMAT);
		createEAttribute(dataSourceEClass, DATA_SOURCE__ROLE);
		createEAttribute(dataSourceEClass, DATA_SOURCE__DELIMITER);
		createEAttribute(dataSourceEClass, DATA_SOURCE__ENCODING);
		createEAttribute(dataSourceEClass, DATA_SOURCE__SHEET);
		createEAttribute(dataSourceEClass, DATA_SOURCE__QUERY);
		createEReference(dataSourceEClass, DATA_SOURCE__INSTRUMENT);
		createEReference(dataSourceEClass, DATA_SOURCE__COLUMN_MAPPINGS);
		createEReference(dataSourceEClass, DATA_SOURCE__WAVE);
		createEReference(dataSourceEClass, DATA_SOURCE__ANSWER_LABELS);

		answerLabelEClass = createEClass(ANSWER_LABEL);
		createEAttribute(answerLabelEClass, ANSWER_LABEL__TEXT);
		createEAttribute(answerLabelEClass, ANSWER_LABEL__VALUE);

		columnMappingEClass = createEClass(COLUMN_MAPPING);
		createEAttribute(columnMappingEClass, COLUMN_MAPPING__COLUMN);
		createEAttribute(columnMappingEClass, COLUMN_MAPPING__MEANING);
		createEReference(columnMappingEClass, COLUMN_MAPPING__DIMENSION);

		gapEClass = createEClass(GAP);
		createEAttribute(gapEClass, GAP__KIND);
		createEAttribute(gapEClass, GAP__STAGE);
		createEReference(gapEClass, GAP__REFERENCE);
		createEReference(gapEClass, GAP__ACTUAL);
		createEReference(gapEClass, GAP__SEGMENT);
		createEReference(gapEClass, GAP__THRESHOLD);
		createEReference(gapEClass, GAP__CAUSES);
		createEReference(gapEClass, GAP__ACTIONS);
		createEReference(gapEClass, GAP__SNAPSHOTS);

		severityThresholdEClass = createEClass(SEVERITY_THRESHOLD);
		createEAttribute(severityThresholdEClass, SEVERITY_THRESHOLD__GAP_KIND);
		createEAttribute(severityThresholdEClass, SEVERITY_THRESHOLD__WARNING_LEVEL);
		createEAttribute(severityThresholdEClass, SEVERITY_THRESHOLD__ERROR_LEVEL);
		createEAttribute(severityThresholdEClass, SEVERITY_THRESHOLD__SIGNIFICANCE_LEVEL);

		indicatorSnapshotEClass = createEClass(INDICATOR_SNAPSHOT);
		createEAttribute(indicatorSnapshotEClass, INDICATOR_SNAPSHOT__INDICATOR);
		createEAttribute(indicatorSnapshotEClass, INDICATOR_SNAPSHOT__VALUE);
		createEAttribute(indicatorSnapshotEClass, INDICATOR_SNAPSHOT__N);
		createEAttribute(indicatorSnapshotEClass, INDICATOR_SNAPSHOT__SEVERITY);
		createEAttribute(indicatorSnapshotEClass, INDICATOR_SNAPSHOT__COMPUTED_AT);
		createEAttribute(indicatorSnapshotEClass, INDICATOR_SNAPSHOT__DATA_FINGERPRINT);

		catalogueEClass = createEClass(CATALOGUE);
		createEReference(catalogueEClass, CATALOGUE__CAUSES);
		createEReference(catalogueEClass, CATALOGUE__ACTIONS);

		gapCauseEClass = createEClass(GAP_CAUSE);
		createEAttribute(gapCauseEClass, GAP_CAUSE__GAP_KINDS);
		createEReference(gapCauseEClass, GAP_CAUSE__RECOMMENDED_ACTIONS);

		recoveryActionEClass = createEClass(RECOVERY_ACTION);
		createEAttribute(recoveryActionEClass, RECOVERY_ACTION__STAGE);

		measurementWaveEClass = createEClass(MEASUREMENT_WAVE);
		createEAttribute(measurementWaveEClass, MEASUREMENT_WAVE__ORDER);
		createEAttribute(measurementWaveEClass, MEASUREMENT_WAVE__DATE);
		createEAttribute(measurementWaveEClass, MEASUREMENT_WAVE__PERIOD);

		plannedActionEClass = createEClass(PLANNED_ACTION);
		createEReference(plannedActionEClass, PLANNED_ACTION__GAP);
		createEReference(plannedActionEClass, PLANNED_ACTION__ACTION);
		createEReference(plannedActionEClass, PLANNED_ACTION__OWNER);
		createEAttribute(plannedActionEClass, PLANNED_ACTION__START_DATE);
		createEAttribute(plannedActionEClass, PLANNED_ACTION__DUE_DATE);
		createEAttribute(plannedActionEClass, PLANNED_ACTION__STATUS);
		createEAttribute(plannedActionEClass, PLANNED_ACTION__TARGET_VALUE);
		createEReference(plannedActionEClass, PLANNED_ACTION__TARGET_WAVE);

		// Create enums
		relationshipStageEEnum = createEEnum(RELATIONSHIP_STAGE);
		bondLevelEEnum = createEEnum(BOND_LEVEL);
		unitKindEEnum = createEEnum(UNIT_KIND);
		componentKindEEnum = createEEnum(COMPONENT_KIND);
		interactionChannelEEnum = createEEnum(INTERACTION_CHANNEL);
		communicationChannelEEnum = createEEnum(COMMUNICATION_CHANNEL);
		directionEEnum = createEEnum(DIRECTION);
		dataFormatEEnum = createEEnum(DATA_FORMAT);
		dataRoleEEnum = createEEnum(DATA_ROLE);
		columnMeaningEEnum = createEEnum(COLUMN_MEANING);
		surveyItemKindEEnum = createEEnum(SURVEY_ITEM_KIND);
		gapKindEEnum = createEEnum(GAP_KIND);
		dieStageEEnum = createEEnum(DIE_STAGE);
		severityEEnum = createEEnum(SEVERITY);
		actionStatusEEnum = createEEnum(ACTION_STATUS);

		// Create data types
		localDateEDataType = createEDataType(LOCAL_DATE);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private boolean isInitialized = false;

	/**
	 * Complete the initialization of the package and its meta-model.  This
	 * method is guarded to have no affect on any invocation but its first.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public void initializePackageContents() {
		if (isInitialized) return;
		isInitialized = true;

		// Initialize package
		setName(eNAME);
		setNsPrefix(eNS_PREFIX);
		setNsURI(eNS_URI);

		// Create type parameters

		// Set bounds for type parameters

		// Add supertypes to classes
		dataKeyedEClass.getESuperTypes().add(this.getNamedElement());
		gapModelEClass.getESuperTypes().add(this.getNamedElement());
		serviceDimensionEClass.getESuperTypes().add(this.getNamedElement());
		customerSegmentEClass.getESuperTypes().add(this.getDataKeyed());
		customerSegmentEClass.getESuperTypes().add(this.getGapEndpoint());
		expectationEClass.getESuperTypes().add(this.getNamedElement());
		expectationEClass.getESuperTypes().add(this.getGapEndpoint());
		managementPerceptionEClass.getESuperTypes().add(this.getNamedElement());
		managementPerceptionEClass.getESuperTypes().add(this.getGapEndpoint());
		organisationUnitEClass.getESuperTypes().add(this.getNamedElement());
		organisationUnitEClass.getESuperTypes().add(this.getGapEndpoint());
		crmComponentEClass.getESuperTypes().add(this.getDataKeyed());
		crmComponentEClass.getESuperTypes().add(this.getGapEndpoint());
		interactionFlowEClass.getESuperTypes().add(this.getNamedElement());
		interactionFlowEClass.getESuperTypes().add(this.getGapEndpoint());
		serviceStandardEClass.getESuperTypes().add(this.getDataKeyed());
		serviceStandardEClass.getESuperTypes().add(this.getGapEndpoint());
		communicationEClass.getESuperTypes().add(this.getNamedElement());
		communicationEClass.getESuperTypes().add(this.getGapEndpoint());
		promiseEClass.getESuperTypes().add(this.getNamedElement());
		promiseEClass.getESuperTypes().add(this.getGapEndpoint());
		surveyInstrumentEClass.getESuperTypes().add(this.getNamedElement());
		surveyItemEClass.getESuperTypes().add(this.getNamedElement());
		dataSourceEClass.getESuperTypes().add(this.getNamedElement());
		gapEClass.getESuperTypes().add(this.getNamedElement());
		catalogueEClass.getESuperTypes().add(this.getNamedElement());
		gapCauseEClass.getESuperTypes().add(this.getNamedElement());
		recoveryActionEClass.getESuperTypes().add(this.getNamedElement());
		measurementWaveEClass.getESuperTypes().add(this.getNamedElement());
		plannedActionEClass.getESuperTypes().add(this.getNamedElement());

		// Initialize classes, features, and operations; add parameters
		initEClass(namedElementEClass, NamedElement.class, "NamedElement", IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getNamedElement_Name(), ecorePackage.getEString(), "name", null, 0, 1, NamedElement.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getNamedElement_Description(), ecorePackage.getEString(), "description", null, 0, 1, NamedElement.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(gapEndpointEClass, GapEndpoint.class, "GapEndpoint", IS_ABSTRACT, IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);

		initEClass(dataKeyedEClass, DataKeyed.class, "DataKeyed", IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getDataKeyed_DataKey(), ecorePackage.getEString(), "dataKey", null, 0, 1, DataKeyed.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEOperation(getDataKeyed__EffectiveDataKey(), ecorePackage.getEString(), "effectiveDataKey", 0, 1, IS_UNIQUE, IS_ORDERED);

		initEClass(gapModelEClass, GapModel.class, "GapModel", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEReference(getGapModel_Dimensions(), this.getServiceDimension(), null, "dimensions", null, 0, -1, GapModel.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getGapModel_Segments(), this.getCustomerSegment(), null, "segments", null, 0, -1, GapModel.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getGapModel_ManagementPerceptions(), this.getManagementPerception(), null, "managementPerceptions", null, 0, -1, GapModel.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getGapModel_OrganisationUnits(), this.getOrganisationUnit(), null, "organisationUnits", null, 0, -1, GapModel.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getGapModel_ServiceStandards(), this.getServiceStandard(), null, "serviceStandards", null, 0, -1, GapModel.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getGapModel_InteractionFlows(), this.getInteractionFlow(), null, "interactionFlows", null, 0, -1, GapModel.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getGapModel_Communications(), this.getCommunication(), null, "communications", null, 0, -1, GapModel.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getGapModel_SurveyInstruments(), this.getSurveyInstrument(), null, "surveyInstruments", null, 0, -1, GapModel.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getGapModel_DataSources(), this.getDataSource(), null, "dataSources", null, 0, -1, GapModel.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getGapModel_Gaps(), this.getGap(), null, "gaps", null, 0, -1, GapModel.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getGapModel_Thresholds(), this.getSeverityThreshold(), null, "thresholds", null, 0, -1, GapModel.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getGapModel_Catalogue(), this.getCatalogue(), null, "catalogue", null, 0, 1, GapModel.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getGapModel_Waves(), this.getMeasurementWave(), null, "waves", null, 0, -1, GapModel.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getGapModel_PlannedActions(), this.getPlannedAction(), null, "plannedActions", null, 0, -1, GapModel.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(serviceDimensionEClass, ServiceDimension.class, "ServiceDimension", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);

		initEClass(customerSegmentEClass, CustomerSegment.class, "CustomerSegment", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getCustomerSegment_Size(), ecorePackage.getEInt(), "size", null, 0, 1, CustomerSegment.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCustomerSegment_RelationshipStage(), this.getRelationshipStage(), "relationshipStage", null, 0, 1, CustomerSegment.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCustomerSegment_ExpectedBond(), this.getBondLevel(), "expectedBond", null, 0, 1, CustomerSegment.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getCustomerSegment_Expectations(), this.getExpectation(), this.getExpectation_Segment(), "expectations", null, 0, -1, CustomerSegment.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(expectationEClass, Expectation.class, "Expectation", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEReference(getExpectation_Segment(), this.getCustomerSegment(), this.getCustomerSegment_Expectations(), "segment", null, 0, 1, Expectation.class, IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getExpectation_Dimension(), this.getServiceDimension(), null, "dimension", null, 0, 1, Expectation.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getExpectation_Importance(), ecorePackage.getEDouble(), "importance", "1.0", 0, 1, Expectation.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getExpectation_DesiredLevel(), ecorePackage.getEDoubleObject(), "desiredLevel", null, 0, 1, Expectation.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getExpectation_AdequateLevel(), ecorePackage.getEDoubleObject(), "adequateLevel", null, 0, 1, Expectation.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getExpectation_ExpectedValue(), ecorePackage.getEDoubleObject(), "expectedValue", null, 0, 1, Expectation.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getExpectation_Unit(), ecorePackage.getEString(), "unit", null, 0, 1, Expectation.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getExpectation_SurveyItems(), this.getSurveyItem(), this.getSurveyItem_MeasuredExpectations(), "surveyItems", null, 0, -1, Expectation.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getExpectation_AddressedBy(), this.getServiceStandard(), this.getServiceStandard_Addresses(), "addressedBy", null, 0, -1, Expectation.class, IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(managementPerceptionEClass, ManagementPerception.class, "ManagementPerception", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEReference(getManagementPerception_Expectation(), this.getExpectation(), null, "expectation", null, 1, 1, ManagementPerception.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getManagementPerception_EstimatedLevel(), ecorePackage.getEDoubleObject(), "estimatedLevel", null, 0, 1, ManagementPerception.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getManagementPerception_HeldBy(), this.getOrganisationUnit(), null, "heldBy", null, 0, 1, ManagementPerception.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getManagementPerception_Source(), this.getDataSource(), null, "source", null, 0, 1, ManagementPerception.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(organisationUnitEClass, OrganisationUnit.class, "OrganisationUnit", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getOrganisationUnit_Kind(), this.getUnitKind(), "kind", null, 0, 1, OrganisationUnit.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getOrganisationUnit_ParentUnit(), this.getOrganisationUnit(), this.getOrganisationUnit_SubUnits(), "parentUnit", null, 0, 1, OrganisationUnit.class, IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getOrganisationUnit_SubUnits(), this.getOrganisationUnit(), this.getOrganisationUnit_ParentUnit(), "subUnits", null, 0, -1, OrganisationUnit.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getOrganisationUnit_Components(), this.getCrmComponent(), this.getCrmComponent_OwnerUnit(), "components", null, 0, -1, OrganisationUnit.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getOrganisationUnit_OwnedStandards(), this.getServiceStandard(), this.getServiceStandard_OwnerUnit(), "ownedStandards", null, 0, -1, OrganisationUnit.class, IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getOrganisationUnit_PerformedFlows(), this.getInteractionFlow(), this.getInteractionFlow_Performer(), "performedFlows", null, 0, -1, OrganisationUnit.class, IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(crmComponentEClass, CrmComponent.class, "CrmComponent", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getCrmComponent_Kind(), this.getComponentKind(), "kind", null, 0, 1, CrmComponent.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCrmComponent_RequiredLevel(), ecorePackage.getEDouble(), "requiredLevel", null, 0, 1, CrmComponent.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCrmComponent_AssessedLevel(), ecorePackage.getEDoubleObject(), "assessedLevel", null, 0, 1, CrmComponent.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getCrmComponent_OwnerUnit(), this.getOrganisationUnit(), this.getOrganisationUnit_Components(), "ownerUnit", null, 0, 1, CrmComponent.class, IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEOperation(getCrmComponent__Shortfall(), ecorePackage.getEDoubleObject(), "shortfall", 0, 1, IS_UNIQUE, IS_ORDERED);

		initEClass(interactionFlowEClass, InteractionFlow.class, "InteractionFlow", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getInteractionFlow_Channel(), this.getInteractionChannel(), "channel", null, 0, 1, InteractionFlow.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getInteractionFlow_Bond(), this.getBondLevel(), "bond", null, 0, 1, InteractionFlow.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getInteractionFlow_Performer(), this.getOrganisationUnit(), this.getOrganisationUnit_PerformedFlows(), "performer", null, 0, 1, InteractionFlow.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getInteractionFlow_ServedSegments(), this.getCustomerSegment(), null, "servedSegments", null, 0, -1, InteractionFlow.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getInteractionFlow_RealisedStandards(), this.getServiceStandard(), this.getServiceStandard_RealisingFlows(), "realisedStandards", null, 0, -1, InteractionFlow.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(serviceStandardEClass, ServiceStandard.class, "ServiceStandard", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getServiceStandard_Metric(), ecorePackage.getEString(), "metric", null, 0, 1, ServiceStandard.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getServiceStandard_Target(), ecorePackage.getEDouble(), "target", null, 0, 1, ServiceStandard.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getServiceStandard_Unit(), ecorePackage.getEString(), "unit", null, 0, 1, ServiceStandard.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getServiceStandard_Direction(), this.getDirection(), "direction", null, 0, 1, ServiceStandard.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getServiceStandard_Tolerance(), ecorePackage.getEDouble(), "tolerance", null, 0, 1, ServiceStandard.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getServiceStandard_Addresses(), this.getExpectation(), this.getExpectation_AddressedBy(), "addresses", null, 0, -1, ServiceStandard.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getServiceStandard_OwnerUnit(), this.getOrganisationUnit(), this.getOrganisationUnit_OwnedStandards(), "ownerUnit", null, 0, 1, ServiceStandard.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getServiceStandard_RealisingFlows(), this.getInteractionFlow(), this.getInteractionFlow_RealisedStandards(), "realisingFlows", null, 0, -1, ServiceStandard.class, IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getServiceStandard_Promises(), this.getPromise(), this.getPromise_Standard(), "promises", null, 0, -1, ServiceStandard.class, IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		EOperation op = initEOperation(getServiceStandard__IsMet__double(), ecorePackage.getEBoolean(), "isMet", 0, 1, IS_UNIQUE, IS_ORDERED);
		addEParameter(op, ecorePackage.getEDouble(), "value", 0, 1, IS_UNIQUE, IS_ORDERED);

		op = initEOperation(getServiceStandard__Shortfall__double(), ecorePackage.getEDouble(), "shortfall", 0, 1, IS_UNIQUE, IS_ORDERED);
		addEParameter(op, ecorePackage.getEDouble(), "value", 0, 1, IS_UNIQUE, IS_ORDERED);

		initEClass(communicationEClass, Communication.class, "Communication", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getCommunication_Channel(), this.getCommunicationChannel(), "channel", null, 0, 1, Communication.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getCommunication_Audience(), this.getCustomerSegment(), null, "audience", null, 0, -1, Communication.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getCommunication_Issuer(), this.getOrganisationUnit(), null, "issuer", null, 0, 1, Communication.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getCommunication_Promises(), this.getPromise(), this.getPromise_Communication(), "promises", null, 0, -1, Communication.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(promiseEClass, Promise.class, "Promise", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getPromise_PromisedLevel(), ecorePackage.getEDouble(), "promisedLevel", null, 0, 1, Promise.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getPromise_Communication(), this.getCommunication(), this.getCommunication_Promises(), "communication", null, 0, 1, Promise.class, IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getPromise_Standard(), this.getServiceStandard(), this.getServiceStandard_Promises(), "standard", null, 0, 1, Promise.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(surveyInstrumentEClass, SurveyInstrument.class, "SurveyInstrument", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getSurveyInstrument_ScaleMin(), ecorePackage.getEInt(), "scaleMin", "1", 0, 1, SurveyInstrument.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSurveyInstrument_ScaleMax(), ecorePackage.getEInt(), "scaleMax", "7", 0, 1, SurveyInstrument.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSurveyInstrument_ContinuousScale(), ecorePackage.getEBoolean(), "continuousScale", null, 0, 1, SurveyInstrument.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getSurveyInstrument_Items(), this.getSurveyItem(), this.getSurveyItem_Instrument(), "items", null, 0, -1, SurveyInstrument.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(surveyItemEClass, SurveyItem.class, "SurveyItem", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getSurveyItem_Number(), ecorePackage.getEInt(), "number", null, 0, 1, SurveyItem.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSurveyItem_Text(), ecorePackage.getEString(), "text", null, 0, 1, SurveyItem.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSurveyItem_Kind(), this.getSurveyItemKind(), "kind", null, 0, 1, SurveyItem.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getSurveyItem_Dimension(), this.getServiceDimension(), null, "dimension", null, 0, 1, SurveyItem.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSurveyItem_ExpectationColumn(), ecorePackage.getEString(), "expectationColumn", null, 0, 1, SurveyItem.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSurveyItem_PerceptionColumn(), ecorePackage.getEString(), "perceptionColumn", null, 0, 1, SurveyItem.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSurveyItem_DesiredColumn(), ecorePackage.getEString(), "desiredColumn", null, 0, 1, SurveyItem.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSurveyItem_AdequateColumn(), ecorePackage.getEString(), "adequateColumn", null, 0, 1, SurveyItem.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSurveyItem_ManagerColumn(), ecorePackage.getEString(), "managerColumn", null, 0, 1, SurveyItem.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getSurveyItem_Instrument(), this.getSurveyInstrument(), this.getSurveyInstrument_Items(), "instrument", null, 0, 1, SurveyItem.class, IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getSurveyItem_MeasuredExpectations(), this.getExpectation(), this.getExpectation_SurveyItems(), "measuredExpectations", null, 0, -1, SurveyItem.class, IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(dataSourceEClass, DataSource.class, "DataSource", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getDataSource_Location(), ecorePackage.getEString(), "location", null, 0, 1, DataSource.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getDataSource_Format(), this.getDataFormat(), "format", null, 0, 1, DataSource.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getDataSource_Role(), this.getDataRole(), "role", null, 0, 1, DataSource.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getDataSource_Delimiter(), ecorePackage.getEString(), "delimiter", null, 0, 1, DataSource.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getDataSource_Encoding(), ecorePackage.getEString(), "encoding", "UTF-8", 0, 1, DataSource.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getDataSource_Sheet(), ecorePackage.getEString(), "sheet", null, 0, 1, DataSource.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getDataSource_Query(), ecorePackage.getEString(), "query", null, 0, 1, DataSource.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getDataSource_Instrument(), this.getSurveyInstrument(), null, "instrument", null, 0, 1, DataSource.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getDataSource_ColumnMappings(), this.getColumnMapping(), null, "columnMappings", null, 0, -1, DataSource.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getDataSource_Wave(), this.getMeasurementWave(), null, "wave", null, 0, 1, DataSource.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getDataSource_AnswerLabels(), this.getAnswerLabel(), null, "answerLabels", null, 0, -1, DataSource.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(answerLabelEClass, AnswerLabel.class, "AnswerLabel", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getAnswerLabel_Text(), ecorePackage.getEString(), "text", null, 0, 1, AnswerLabel.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getAnswerLabel_Value(), ecorePackage.getEDouble(), "value", null, 0, 1, AnswerLabel.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(columnMappingEClass, ColumnMapping.class, "ColumnMapping", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getColumnMapping_Column(), ecorePackage.getEString(), "column", null, 0, 1, ColumnMapping.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getColumnMapping_Meaning(), this.getColumnMeaning(), "meaning", null, 0, 1, ColumnMapping.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getColumnMapping_Dimension(), this.getServiceDimension(), null, "dimension", null, 0, 1, ColumnMapping.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(gapEClass, Gap.class, "Gap", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getGap_Kind(), this.getGapKind(), "kind", null, 0, 1, Gap.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getGap_Stage(), this.getDieStage(), "stage", null, 0, 1, Gap.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getGap_Reference(), this.getGapEndpoint(), null, "reference", null, 1, 1, Gap.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getGap_Actual(), this.getGapEndpoint(), null, "actual", null, 1, 1, Gap.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getGap_Segment(), this.getCustomerSegment(), null, "segment", null, 0, 1, Gap.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getGap_Threshold(), this.getSeverityThreshold(), null, "threshold", null, 0, 1, Gap.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getGap_Causes(), this.getGapCause(), null, "causes", null, 0, -1, Gap.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getGap_Actions(), this.getRecoveryAction(), null, "actions", null, 0, -1, Gap.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getGap_Snapshots(), this.getIndicatorSnapshot(), null, "snapshots", null, 0, -1, Gap.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(severityThresholdEClass, SeverityThreshold.class, "SeverityThreshold", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getSeverityThreshold_GapKind(), this.getGapKind(), "gapKind", null, 0, 1, SeverityThreshold.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSeverityThreshold_WarningLevel(), ecorePackage.getEDouble(), "warningLevel", "0.5", 0, 1, SeverityThreshold.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSeverityThreshold_ErrorLevel(), ecorePackage.getEDouble(), "errorLevel", "1.0", 0, 1, SeverityThreshold.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSeverityThreshold_SignificanceLevel(), ecorePackage.getEDouble(), "significanceLevel", "0.05", 0, 1, SeverityThreshold.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(indicatorSnapshotEClass, IndicatorSnapshot.class, "IndicatorSnapshot", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getIndicatorSnapshot_Indicator(), ecorePackage.getEString(), "indicator", null, 0, 1, IndicatorSnapshot.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getIndicatorSnapshot_Value(), ecorePackage.getEDouble(), "value", null, 0, 1, IndicatorSnapshot.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getIndicatorSnapshot_N(), ecorePackage.getEInt(), "n", null, 0, 1, IndicatorSnapshot.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getIndicatorSnapshot_Severity(), this.getSeverity(), "severity", null, 0, 1, IndicatorSnapshot.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getIndicatorSnapshot_ComputedAt(), ecorePackage.getEDate(), "computedAt", null, 0, 1, IndicatorSnapshot.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getIndicatorSnapshot_DataFingerprint(), ecorePackage.getEString(), "dataFingerprint", null, 0, 1, IndicatorSnapshot.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(catalogueEClass, Catalogue.class, "Catalogue", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEReference(getCatalogue_Causes(), this.getGapCause(), null, "causes", null, 0, -1, Catalogue.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getCatalogue_Actions(), this.getRecoveryAction(), null, "actions", null, 0, -1, Catalogue.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(gapCauseEClass, GapCause.class, "GapCause", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getGapCause_GapKinds(), this.getGapKind(), "gapKinds", null, 0, -1, GapCause.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, !IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getGapCause_RecommendedActions(), this.getRecoveryAction(), null, "recommendedActions", null, 0, -1, GapCause.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(recoveryActionEClass, RecoveryAction.class, "RecoveryAction", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getRecoveryAction_Stage(), this.getDieStage(), "stage", null, 0, 1, RecoveryAction.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(measurementWaveEClass, MeasurementWave.class, "MeasurementWave", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getMeasurementWave_Order(), ecorePackage.getEInt(), "order", null, 0, 1, MeasurementWave.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getMeasurementWave_Date(), this.getLocalDate(), "date", null, 0, 1, MeasurementWave.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getMeasurementWave_Period(), ecorePackage.getEString(), "period", null, 0, 1, MeasurementWave.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(plannedActionEClass, PlannedAction.class, "PlannedAction", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEReference(getPlannedAction_Gap(), this.getGap(), null, "gap", null, 1, 1, PlannedAction.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getPlannedAction_Action(), this.getRecoveryAction(), null, "action", null, 0, 1, PlannedAction.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getPlannedAction_Owner(), this.getOrganisationUnit(), null, "owner", null, 0, 1, PlannedAction.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPlannedAction_StartDate(), this.getLocalDate(), "startDate", null, 0, 1, PlannedAction.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPlannedAction_DueDate(), this.getLocalDate(), "dueDate", null, 0, 1, PlannedAction.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPlannedAction_Status(), this.getActionStatus(), "status", null, 0, 1, PlannedAction.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPlannedAction_TargetValue(), ecorePackage.getEDoubleObject(), "targetValue", null, 0, 1, PlannedAction.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getPlannedAction_TargetWave(), this.getMeasurementWave(), null, "targetWave", null, 0, 1, PlannedAction.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		// Initialize enums and add enum literals
		initEEnum(relationshipStageEEnum, RelationshipStage.class, "RelationshipStage");
		addEEnumLiteral(relationshipStageEEnum, RelationshipStage.STRANGER);
		addEEnumLiteral(relationshipStageEEnum, RelationshipStage.ACQUAINTANCE);
		addEEnumLiteral(relationshipStageEEnum, RelationshipStage.FRIEND);
		addEEnumLiteral(relationshipStageEEnum, RelationshipStage.PARTNER);

		initEEnum(bondLevelEEnum, BondLevel.class, "BondLevel");
		addEEnumLiteral(bondLevelEEnum, BondLevel.FINANCIAL);
		addEEnumLiteral(bondLevelEEnum, BondLevel.SOCIAL);
		addEEnumLiteral(bondLevelEEnum, BondLevel.CUSTOMISATION);
		addEEnumLiteral(bondLevelEEnum, BondLevel.STRUCTURAL);

		initEEnum(unitKindEEnum, UnitKind.class, "UnitKind");
		addEEnumLiteral(unitKindEEnum, UnitKind.MANAGEMENT);
		addEEnumLiteral(unitKindEEnum, UnitKind.FRONT_OFFICE);
		addEEnumLiteral(unitKindEEnum, UnitKind.BACK_OFFICE);
		addEEnumLiteral(unitKindEEnum, UnitKind.IT);
		addEEnumLiteral(unitKindEEnum, UnitKind.MARKETING);
		addEEnumLiteral(unitKindEEnum, UnitKind.PARTNER);

		initEEnum(componentKindEEnum, ComponentKind.class, "ComponentKind");
		addEEnumLiteral(componentKindEEnum, ComponentKind.ORGANISATIONAL);
		addEEnumLiteral(componentKindEEnum, ComponentKind.TECHNOLOGICAL);
		addEEnumLiteral(componentKindEEnum, ComponentKind.HUMAN);

		initEEnum(interactionChannelEEnum, InteractionChannel.class, "InteractionChannel");
		addEEnumLiteral(interactionChannelEEnum, InteractionChannel.BRANCH);
		addEEnumLiteral(interactionChannelEEnum, InteractionChannel.PHONE);
		addEEnumLiteral(interactionChannelEEnum, InteractionChannel.WEB);
		addEEnumLiteral(interactionChannelEEnum, InteractionChannel.MOBILE_APP);
		addEEnumLiteral(interactionChannelEEnum, InteractionChannel.EMAIL);
		addEEnumLiteral(interactionChannelEEnum, InteractionChannel.CHAT);
		addEEnumLiteral(interactionChannelEEnum, InteractionChannel.ADVISOR_VISIT);
		addEEnumLiteral(interactionChannelEEnum, InteractionChannel.SELF_SERVICE);
		addEEnumLiteral(interactionChannelEEnum, InteractionChannel.MAIL);

		initEEnum(communicationChannelEEnum, CommunicationChannel.class, "CommunicationChannel");
		addEEnumLiteral(communicationChannelEEnum, CommunicationChannel.ADVERTISING);
		addEEnumLiteral(communicationChannelEEnum, CommunicationChannel.PERSONAL_SELLING);
		addEEnumLiteral(communicationChannelEEnum, CommunicationChannel.WEB);
		addEEnumLiteral(communicationChannelEEnum, CommunicationChannel.SOCIAL);
		addEEnumLiteral(communicationChannelEEnum, CommunicationChannel.EMAIL);
		addEEnumLiteral(communicationChannelEEnum, CommunicationChannel.PHYSICAL_EVIDENCE);

		initEEnum(directionEEnum, Direction.class, "Direction");
		addEEnumLiteral(directionEEnum, Direction.HIGHER_IS_BETTER);
		addEEnumLiteral(directionEEnum, Direction.LOWER_IS_BETTER);

		initEEnum(dataFormatEEnum, DataFormat.class, "DataFormat");
		addEEnumLiteral(dataFormatEEnum, DataFormat.CSV);
		addEEnumLiteral(dataFormatEEnum, DataFormat.PARQUET);
		addEEnumLiteral(dataFormatEEnum, DataFormat.SQL);

		initEEnum(dataRoleEEnum, DataRole.class, "DataRole");
		addEEnumLiteral(dataRoleEEnum, DataRole.CUSTOMER_SURVEY);
		addEEnumLiteral(dataRoleEEnum, DataRole.MANAGEMENT_SURVEY);
		addEEnumLiteral(dataRoleEEnum, DataRole.KPI_MEASUREMENTS);
		addEEnumLiteral(dataRoleEEnum, DataRole.INTERNAL_ASSESSMENT);
		addEEnumLiteral(dataRoleEEnum, DataRole.SEGMENT_ASSIGNMENT);

		initEEnum(columnMeaningEEnum, ColumnMeaning.class, "ColumnMeaning");
		addEEnumLiteral(columnMeaningEEnum, ColumnMeaning.RESPONDENT);
		addEEnumLiteral(columnMeaningEEnum, ColumnMeaning.SEGMENT);
		addEEnumLiteral(columnMeaningEEnum, ColumnMeaning.IMPORTANCE_POINTS);
		addEEnumLiteral(columnMeaningEEnum, ColumnMeaning.KPI_STANDARD);
		addEEnumLiteral(columnMeaningEEnum, ColumnMeaning.KPI_VALUE);
		addEEnumLiteral(columnMeaningEEnum, ColumnMeaning.KPI_TIMESTAMP);
		addEEnumLiteral(columnMeaningEEnum, ColumnMeaning.COMPONENT);
		addEEnumLiteral(columnMeaningEEnum, ColumnMeaning.ASSESSED_LEVEL);
		addEEnumLiteral(columnMeaningEEnum, ColumnMeaning.ASSESSOR);

		initEEnum(surveyItemKindEEnum, SurveyItemKind.class, "SurveyItemKind");
		addEEnumLiteral(surveyItemKindEEnum, SurveyItemKind.SERVICE_QUALITY);
		addEEnumLiteral(surveyItemKindEEnum, SurveyItemKind.VALUE);

		initEEnum(gapKindEEnum, GapKind.class, "GapKind");
		addEEnumLiteral(gapKindEEnum, GapKind.KNOWLEDGE);
		addEEnumLiteral(gapKindEEnum, GapKind.POLICY);
		addEEnumLiteral(gapKindEEnum, GapKind.DELIVERY);
		addEEnumLiteral(gapKindEEnum, GapKind.COMMUNICATION);
		addEEnumLiteral(gapKindEEnum, GapKind.CUSTOMER);
		addEEnumLiteral(gapKindEEnum, GapKind.VALUE);
		addEEnumLiteral(gapKindEEnum, GapKind.COMPONENT_READINESS);
		addEEnumLiteral(gapKindEEnum, GapKind.COHERENCE);

		initEEnum(dieStageEEnum, DieStage.class, "DieStage");
		addEEnumLiteral(dieStageEEnum, DieStage.DESIGN);
		addEEnumLiteral(dieStageEEnum, DieStage.IMPLEMENTATION);
		addEEnumLiteral(dieStageEEnum, DieStage.EVALUATION);

		initEEnum(severityEEnum, Severity.class, "Severity");
		addEEnumLiteral(severityEEnum, Severity.UNKNOWN);
		addEEnumLiteral(severityEEnum, Severity.OK);
		addEEnumLiteral(severityEEnum, Severity.WARNING);
		addEEnumLiteral(severityEEnum, Severity.ERROR);
		addEEnumLiteral(severityEEnum, Severity.NOT_JUDGED);

		initEEnum(actionStatusEEnum, ActionStatus.class, "ActionStatus");
		addEEnumLiteral(actionStatusEEnum, ActionStatus.PLANNED);
		addEEnumLiteral(actionStatusEEnum, ActionStatus.IN_PROGRESS);
		addEEnumLiteral(actionStatusEEnum, ActionStatus.DONE);
		addEEnumLiteral(actionStatusEEnum, ActionStatus.DROPPED);

		// Initialize data types
		initEDataType(localDateEDataType, LocalDate.class, "LocalDate", IS_SERIALIZABLE, !IS_GENERATED_INSTANCE_CLASS);

		// Create resource
		createResource(eNS_URI);
	}

} //CrmGapPackageImpl
