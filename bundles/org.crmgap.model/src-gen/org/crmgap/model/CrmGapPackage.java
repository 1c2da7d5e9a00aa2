/**
 */
package org.crmgap.model;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EOperation;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EReference;

/**
 * <!-- begin-user-doc -->
 * The <b>Package</b> for the model.
 * It contains accessors for the meta objects to represent
 * <ul>
 *   <li>each class,</li>
 *   <li>each feature of each class,</li>
 *   <li>each operation of each class,</li>
 *   <li>each enum,</li>
 *   <li>and each data type</li>
 * </ul>
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * The DIE CRM gap model (Dimitriadis & Stevens 2008) on top of the SERVQUAL five-gap model and the value gap.
 * <!-- end-model-doc -->
 * @see org.crmgap.model.CrmGapFactory
 * @model kind="package"
 * @generated
 */
public interface CrmGapPackage extends EPackage {
	/**
	 * The package name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNAME = "model";

	/**
	 * The package namespace URI.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_URI = "http://www.crmgap.org/crmgap/1.0";

	/**
	 * The package namespace name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_PREFIX = "crmgap";

	/**
	 * The singleton instance of the package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	CrmGapPackage eINSTANCE = org.crmgap.model.impl.CrmGapPackageImpl.init();

	/**
	 * The meta object id for the '{@link org.crmgap.model.impl.NamedElementImpl <em>Named Element</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.crmgap.model.impl.NamedElementImpl
	 * @see org.crmgap.model.impl.CrmGapPackageImpl#getNamedElement()
	 * @generated
	 */
	int NAMED_ELEMENT = 0;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NAMED_ELEMENT__NAME = 0;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NAMED_ELEMENT__DESCRIPTION = 1;

	/**
	 * The number of structural features of the '<em>Named Element</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NAMED_ELEMENT_FEATURE_COUNT = 2;

	/**
	 * The number of operations of the '<em>Named Element</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NAMED_ELEMENT_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.crmgap.model.GapEndpoint <em>Gap Endpoint</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.crmgap.model.GapEndpoint
	 * @see org.crmgap.model.impl.CrmGapPackageImpl#getGapEndpoint()
	 * @generated
	 */
	int GAP_ENDPOINT = 1;

	/**
	 * The number of structural features of the '<em>Gap Endpoint</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GAP_ENDPOINT_FEATURE_COUNT = 0;

	/**
	 * The number of operations of the '<em>Gap Endpoint</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GAP_ENDPOINT_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.crmgap.model.impl.DataKeyedImpl <em>Data Keyed</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.crmgap.model.impl.DataKeyedImpl
	 * @see org.crmgap.model.impl.CrmGapPackageImpl#getDataKeyed()
	 * @generated
	 */
	int DATA_KEYED = 2;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DATA_KEYED__NAME = NAMED_ELEMENT__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DATA_KEYED__DESCRIPTION = NAMED_ELEMENT__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Data Key</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DATA_KEYED__DATA_KEY = NAMED_ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The number of structural features of the '<em>Data Keyed</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DATA_KEYED_FEATURE_COUNT = NAMED_ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The operation id for the '<em>Effective Data Key</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DATA_KEYED___EFFECTIVE_DATA_KEY = NAMED_ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The number of operations of the '<em>Data Keyed</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DATA_KEYED_OPERATION_COUNT = NAMED_ELEMENT_OPERATION_COUNT + 1;

	/**
	 * The meta object id for the '{@link org.crmgap.model.impl.GapModelImpl <em>Gap Model</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.crmgap.model.impl.GapModelImpl
	 * @see org.crmgap.model.impl.CrmGapPackageImpl#getGapModel()
	 * @generated
	 */
	int GAP_MODEL = 3;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GAP_MODEL__NAME = NAMED_ELEMENT__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GAP_MODEL__DESCRIPTION = NAMED_ELEMENT__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Dimensions</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GAP_MODEL__DIMENSIONS = NAMED_ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Segments</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GAP_MODEL__SEGMENTS = NAMED_ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Management Perceptions</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GAP_MODEL__MANAGEMENT_PERCEPTIONS = NAMED_ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Organisation Units</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GAP_MODEL__ORGANISATION_UNITS = NAMED_ELEMENT_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Service Standards</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GAP_MODEL__SERVICE_STANDARDS = NAMED_ELEMENT_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Interaction Flows</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GAP_MODEL__INTERACTION_FLOWS = NAMED_ELEMENT_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Communications</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GAP_MODEL__COMMUNICATIONS = NAMED_ELEMENT_FEATURE_COUNT + 6;

	/**
	 * The feature id for the '<em><b>Survey Instruments</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GAP_MODEL__SURVEY_INSTRUMENTS = NAMED_ELEMENT_FEATURE_COUNT + 7;

	/**
	 * The feature id for the '<em><b>Data Sources</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GAP_MODEL__DATA_SOURCES = NAMED_ELEMENT_FEATURE_COUNT + 8;

	/**
	 * The feature id for the '<em><b>Gaps</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GAP_MODEL__GAPS = NAMED_ELEMENT_FEATURE_COUNT + 9;

	/**
	 * The feature id for the '<em><b>Thresholds</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GAP_MODEL__THRESHOLDS = NAMED_ELEMENT_FEATURE_COUNT + 10;

	/**
	 * The feature id for the '<em><b>Catalogue</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GAP_MODEL__CATALOGUE = NAMED_ELEMENT_FEATURE_COUNT + 11;

	/**
	 * The feature id for the '<em><b>Waves</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GAP_MODEL__WAVES = NAMED_ELEMENT_FEATURE_COUNT + 12;

	/**
	 * The feature id for the '<em><b>Planned Actions</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GAP_MODEL__PLANNED_ACTIONS = NAMED_ELEMENT_FEATURE_COUNT + 13;

	/**
	 * The number of structural features of the '<em>Gap Model</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GAP_MODEL_FEATURE_COUNT = NAMED_ELEMENT_FEATURE_COUNT + 14;

	/**
	 * The number of operations of the '<em>Gap Model</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GAP_MODEL_OPERATION_COUNT = NAMED_ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.crmgap.model.impl.ServiceDimensionImpl <em>Service Dimension</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.crmgap.model.impl.ServiceDimensionImpl
	 * @see org.crmgap.model.impl.CrmGapPackageImpl#getServiceDimension()
	 * @generated
	 */
	int SERVICE_DIMENSION = 4;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SERVICE_DIMENSION__NAME = NAMED_ELEMENT__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SERVICE_DIMENSION__DESCRIPTION = NAMED_ELEMENT__DESCRIPTION;

	/**
	 * The number of structural features of the '<em>Service Dimension</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SERVICE_DIMENSION_FEATURE_COUNT = NAMED_ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The number of operations of the '<em>Service Dimension</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SERVICE_DIMENSION_OPERATION_COUNT = NAMED_ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.crmgap.model.impl.CustomerSegmentImpl <em>Customer Segment</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.crmgap.model.impl.CustomerSegmentImpl
	 * @see org.crmgap.model.impl.CrmGapPackageImpl#getCustomerSegment()
	 * @generated
	 */
	int CUSTOMER_SEGMENT = 5;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CUSTOMER_SEGMENT__NAME = DATA_KEYED__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CUSTOMER_SEGMENT__DESCRIPTION = DATA_KEYED__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Data Key</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CUSTOMER_SEGMENT__DATA_KEY = DATA_KEYED__DATA_KEY;

	/**
	 * The feature id for the '<em><b>Size</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CUSTOMER_SEGMENT__SIZE = DATA_KEYED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Relationship Stage</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CUSTOMER_SEGMENT__RELATIONSHIP_STAGE = DATA_KEYED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Expected Bond</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CUSTOMER_SEGMENT__EXPECTED_BOND = DATA_KEYED_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Expectations</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CUSTOMER_SEGMENT__EXPECTATIONS = DATA_KEYED_FEATURE_COUNT + 3;

	/**
	 * The number of structural features of the '<em>Customer Segment</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CUSTOMER_SEGMENT_FEATURE_COUNT = DATA_KEYED_FEATURE_COUNT + 4;

	/**
	 * The operation id for the '<em>Effective Data Key</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CUSTOMER_SEGMENT___EFFECTIVE_DATA_KEY = DATA_KEYED___EFFECTIVE_DATA_KEY;

	/**
	 * The number of operations of the '<em>Customer Segment</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CUSTOMER_SEGMENT_OPERATION_COUNT = DATA_KEYED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.crmgap.model.impl.ExpectationImpl <em>Expectation</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.crmgap.model.impl.ExpectationImpl
	 * @see org.crmgap.model.impl.CrmGapPackageImpl#getExpectation()
	 * @generated
	 */
	int EXPECTATION = 6;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EXPECTATION__NAME = NAMED_ELEMENT__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EXPECTATION__DESCRIPTION = NAMED_ELEMENT__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Segment</b></em>' container reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EXPECTATION__SEGMENT = NAMED_ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Dimension</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EXPECTATION__DIMENSION = NAMED_ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Importance</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EXPECTATION__IMPORTANCE = NAMED_ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Desired Level</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EXPECTATION__DESIRED_LEVEL = NAMED_ELEMENT_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Adequate Level</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EXPECTATION__ADEQUATE_LEVEL = NAMED_ELEMENT_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Expected Value</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EXPECTATION__EXPECTED_VALUE = NAMED_ELEMENT_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Unit</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EXPECTATION__UNIT = NAMED_ELEMENT_FEATURE_COUNT + 6;

	/**
	 * The feature id for the '<em><b>Survey Items</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EXPECTATION__SURVEY_ITEMS = NAMED_ELEMENT_FEATURE_COUNT + 7;

	/**
	 * The feature id for the '<em><b>Addressed By</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EXPECTATION__ADDRESSED_BY = NAMED_ELEMENT_FEATURE_COUNT + 8;

	/**
	 * The number of structural features of the '<em>Expectation</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EXPECTATION_FEATURE_COUNT = NAMED_ELEMENT_FEATURE_COUNT + 9;

	/**
	 * The number of operations of the '<em>Expectation</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EXPECTATION_OPERATION_COUNT = NAMED_ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.crmgap.model.impl.ManagementPerceptionImpl <em>Management Perception</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.crmgap.model.impl.ManagementPerceptionImpl
	 * @see org.crmgap.model.impl.CrmGapPackageImpl#getManagementPerception()
	 * @generated
	 */
	int MANAGEMENT_PERCEPTION = 7;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MANAGEMENT_PERCEPTION__NAME = NAMED_ELEMENT__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MANAGEMENT_PERCEPTION__DESCRIPTION = NAMED_ELEMENT__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Expectation</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MANAGEMENT_PERCEPTION__EXPECTATION = NAMED_ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Estimated Level</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MANAGEMENT_PERCEPTION__ESTIMATED_LEVEL = NAMED_ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Held By</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MANAGEMENT_PERCEPTION__HELD_BY = NAMED_ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Source</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MANAGEMENT_PERCEPTION__SOURCE = NAMED_ELEMENT_FEATURE_COUNT + 3;

	/**
	 * The number of structural features of the '<em>Management Perception</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MANAGEMENT_PERCEPTION_FEATURE_COUNT = NAMED_ELEMENT_FEATURE_COUNT + 4;

	/**
	 * The number of operations of the '<em>Management Perception</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MANAGEMENT_PERCEPTION_OPERATION_COUNT = NAMED_ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.crmgap.model.impl.OrganisationUnitImpl <em>Organisation Unit</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.crmgap.model.impl.OrganisationUnitImpl
	 * @see org.crmgap.model.impl.CrmGapPackageImpl#getOrganisationUnit()
	 * @generated
	 */
	int ORGANISATION_UNIT = 8;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ORGANISATION_UNIT__NAME = NAMED_ELEMENT__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ORGANISATION_UNIT__DESCRIPTION = NAMED_ELEMENT__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ORGANISATION_UNIT__KIND = NAMED_ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Parent Unit</b></em>' container reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ORGANISATION_UNIT__PARENT_UNIT = NAMED_ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Sub Units</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ORGANISATION_UNIT__SUB_UNITS = NAMED_ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Components</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ORGANISATION_UNIT__COMPONENTS = NAMED_ELEMENT_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Owned Standards</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ORGANISATION_UNIT__OWNED_STANDARDS = NAMED_ELEMENT_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Performed Flows</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ORGANISATION_UNIT__PERFORMED_FLOWS = NAMED_ELEMENT_FEATURE_COUNT + 5;

	/**
	 * The number of structural features of the '<em>Organisation Unit</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ORGANISATION_UNIT_FEATURE_COUNT = NAMED_ELEMENT_FEATURE_COUNT + 6;

	/**
	 * The number of operations of the '<em>Organisation Unit</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ORGANISATION_UNIT_OPERATION_COUNT = NAMED_ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.crmgap.model.impl.CrmComponentImpl <em>Crm Component</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.crmgap.model.impl.CrmComponentImpl
	 * @see org.crmgap.model.impl.CrmGapPackageImpl#getCrmComponent()
	 * @generated
	 */
	int CRM_COMPONENT = 9;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CRM_COMPONENT__NAME = DATA_KEYED__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CRM_COMPONENT__DESCRIPTION = DATA_KEYED__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Data Key</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CRM_COMPONENT__DATA_KEY = DATA_KEYED__DATA_KEY;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CRM_COMPONENT__KIND = DATA_KEYED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Required Level</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CRM_COMPONENT__REQUIRED_LEVEL = DATA_KEYED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Assessed Level</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CRM_COMPONENT__ASSESSED_LEVEL = DATA_KEYED_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Owner Unit</b></em>' container reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CRM_COMPONENT__OWNER_UNIT = DATA_KEYED_FEATURE_COUNT + 3;

	/**
	 * The number of structural features of the '<em>Crm Component</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CRM_COMPONENT_FEATURE_COUNT = DATA_KEYED_FEATURE_COUNT + 4;

	/**
	 * The operation id for the '<em>Effective Data Key</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CRM_COMPONENT___EFFECTIVE_DATA_KEY = DATA_KEYED___EFFECTIVE_DATA_KEY;

	/**
	 * The operation id for the '<em>Shortfall</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CRM_COMPONENT___SHORTFALL = DATA_KEYED_OPERATION_COUNT + 0;

	/**
	 * The number of operations of the '<em>Crm Component</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CRM_COMPONENT_OPERATION_COUNT = DATA_KEYED_OPERATION_COUNT + 1;

	/**
	 * The meta object id for the '{@link org.crmgap.model.impl.InteractionFlowImpl <em>Interaction Flow</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.crmgap.model.impl.InteractionFlowImpl
	 * @see org.crmgap.model.impl.CrmGapPackageImpl#getInteractionFlow()
	 * @generated
	 */
	int INTERACTION_FLOW = 10;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INTERACTION_FLOW__NAME = NAMED_ELEMENT__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INTERACTION_FLOW__DESCRIPTION = NAMED_ELEMENT__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Channel</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INTERACTION_FLOW__CHANNEL = NAMED_ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Bond</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INTERACTION_FLOW__BOND = NAMED_ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Performer</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INTERACTION_FLOW__PERFORMER = NAMED_ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Served Segments</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INTERACTION_FLOW__SERVED_SEGMENTS = NAMED_ELEMENT_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Realised Standards</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INTERACTION_FLOW__REALISED_STANDARDS = NAMED_ELEMENT_FEATURE_COUNT + 4;

	/**
	 * The number of structural features of the '<em>Interaction Flow</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INTERACTION_FLOW_FEATURE_COUNT = NAMED_ELEMENT_FEATURE_COUNT + 5;

	/**
	 * The number of operations of the '<em>Interaction Flow</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INTERACTION_FLOW_OPERATION_COUNT = NAMED_ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.crmgap.model.impl.ServiceStandardImpl <em>Service Standard</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.crmgap.model.impl.ServiceStandardImpl
	 * @see org.crmgap.model.impl.CrmGapPackageImpl#getServiceStandard()
	 * @generated
	 */
	int SERVICE_STANDARD = 11;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SERVICE_STANDARD__NAME = DATA_KEYED__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SERVICE_STANDARD__DESCRIPTION = DATA_KEYED__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Data Key</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SERVICE_STANDARD__DATA_KEY = DATA_KEYED__DATA_KEY;

	/**
	 * The feature id for the '<em><b>Metric</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SERVICE_STANDARD__METRIC = DATA_KEYED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Target</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SERVICE_STANDARD__TARGET = DATA_KEYED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Unit</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SERVICE_STANDARD__UNIT = DATA_KEYED_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Direction</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SERVICE_STANDARD__DIRECTION = DATA_KEYED_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Tolerance</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SERVICE_STANDARD__TOLERANCE = DATA_KEYED_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Addresses</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SERVICE_STANDARD__ADDRESSES = DATA_KEYED_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Owner Unit</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SERVICE_STANDARD__OWNER_UNIT = DATA_KEYED_FEATURE_COUNT + 6;

	/**
	 * The feature id for the '<em><b>Realising Flows</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SERVICE_STANDARD__REALISING_FLOWS = DATA_KEYED_FEATURE_COUNT + 7;

	/**
	 * The feature id for the '<em><b>Promises</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SERVICE_STANDARD__PROMISES = DATA_KEYED_FEATURE_COUNT + 8;

	/**
	 * The number of structural features of the '<em>Service Standard</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SERVICE_STANDARD_FEATURE_COUNT = DATA_KEYED_FEATURE_COUNT + 9;

	/**
	 * The operation id for the '<em>Effective Data Key</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SERVICE_STANDARD___EFFECTIVE_DATA_KEY = DATA_KEYED___EFFECTIVE_DATA_KEY;

	/**
	 * The operation id for the '<em>Is Met</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SERVICE_STANDARD___IS_MET__DOUBLE = DATA_KEYED_OPERATION_COUNT + 0;

	/**
	 * The operation id for the '<em>Shortfall</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SERVICE_STANDARD___SHORTFALL__DOUBLE = DATA_KEYED_OPERATION_COUNT + 1;

	/**
	 * The number of operations of the '<em>Service Standard</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SERVICE_STANDARD_OPERATION_COUNT = DATA_KEYED_OPERATION_COUNT + 2;

	/**
	 * The meta object id for the '{@link org.crmgap.model.impl.CommunicationImpl <em>Communication</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.crmgap.model.impl.CommunicationImpl
	 * @see org.crmgap.model.impl.CrmGapPackageImpl#getCommunication()
	 * @generated
	 */
	int COMMUNICATION = 12;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COMMUNICATION__NAME = NAMED_ELEMENT__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COMMUNICATION__DESCRIPTION = NAMED_ELEMENT__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Channel</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COMMUNICATION__CHANNEL = NAMED_ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Audience</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COMMUNICATION__AUDIENCE = NAMED_ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Issuer</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COMMUNICATION__ISSUER = NAMED_ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Promises</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COMMUNICATION__PROMISES = NAMED_ELEMENT_FEATURE_COUNT + 3;

	/**
	 * The number of structural features of the '<em>Communication</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COMMUNICATION_FEATURE_COUNT = NAMED_ELEMENT_FEATURE_COUNT + 4;

	/**
	 * The number of operations of the '<em>Communication</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COMMUNICATION_OPERATION_COUNT = NAMED_ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.crmgap.model.impl.PromiseImpl <em>Promise</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.crmgap.model.impl.PromiseImpl
	 * @see org.crmgap.model.impl.CrmGapPackageImpl#getPromise()
	 * @generated
	 */
	int PROMISE = 13;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROMISE__NAME = NAMED_ELEMENT__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROMISE__DESCRIPTION = NAMED_ELEMENT__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Promised Level</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROMISE__PROMISED_LEVEL = NAMED_ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Communication</b></em>' container reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROMISE__COMMUNICATION = NAMED_ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Standard</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROMISE__STANDARD = NAMED_ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The number of structural features of the '<em>Promise</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROMISE_FEATURE_COUNT = NAMED_ELEMENT_FEATURE_COUNT + 3;

	/**
	 * The number of operations of the '<em>Promise</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROMISE_OPERATION_COUNT = NAMED_ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.crmgap.model.impl.SurveyInstrumentImpl <em>Survey Instrument</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.crmgap.model.impl.SurveyInstrumentImpl
	 * @see org.crmgap.model.impl.CrmGapPackageImpl#getSurveyInstrument()
	 * @generated
	 */
	int SURVEY_INSTRUMENT = 14;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SURVEY_INSTRUMENT__NAME = NAMED_ELEMENT__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SURVEY_INSTRUMENT__DESCRIPTION = NAMED_ELEMENT__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Scale Min</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SURVEY_INSTRUMENT__SCALE_MIN = NAMED_ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Scale Max</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SURVEY_INSTRUMENT__SCALE_MAX = NAMED_ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Continuous Scale</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SURVEY_INSTRUMENT__CONTINUOUS_SCALE = NAMED_ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Items</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SURVEY_INSTRUMENT__ITEMS = NAMED_ELEMENT_FEATURE_COUNT + 3;

	/**
	 * The number of structural features of the '<em>Survey Instrument</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SURVEY_INSTRUMENT_FEATURE_COUNT = NAMED_ELEMENT_FEATURE_COUNT + 4;

	/**
	 * The number of operations of the '<em>Survey Instrument</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SURVEY_INSTRUMENT_OPERATION_COUNT = NAMED_ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.crmgap.model.impl.SurveyItemImpl <em>Survey Item</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.crmgap.model.impl.SurveyItemImpl
	 * @see org.crmgap.model.impl.CrmGapPackageImpl#getSurveyItem()
	 * @generated
	 */
	int SURVEY_ITEM = 15;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SURVEY_ITEM__NAME = NAMED_ELEMENT__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SURVEY_ITEM__DESCRIPTION = NAMED_ELEMENT__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Number</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SURVEY_ITEM__NUMBER = NAMED_ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Text</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SURVEY_ITEM__TEXT = NAMED_ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SURVEY_ITEM__KIND = NAMED_ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Dimension</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SURVEY_ITEM__DIMENSION = NAMED_ELEMENT_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Expectation Column</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SURVEY_ITEM__EXPECTATION_COLUMN = NAMED_ELEMENT_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Perception Column</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SURVEY_ITEM__PERCEPTION_COLUMN = NAMED_ELEMENT_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Desired Column</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SURVEY_ITEM__DESIRED_COLUMN = NAMED_ELEMENT_FEATURE_COUNT + 6;

	/**
	 * The feature id for the '<em><b>Adequate Column</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SURVEY_ITEM__ADEQUATE_COLUMN = NAMED_ELEMENT_FEATURE_COUNT + 7;

	/**
	 * The feature id for the '<em><b>Manager Column</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SURVEY_ITEM__MANAGER_COLUMN = NAMED_ELEMENT_FEATURE_COUNT + 8;

	/**
	 * The feature id for the '<em><b>Instrument</b></em>' container reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SURVEY_ITEM__INSTRUMENT = NAMED_ELEMENT_FEATURE_COUNT + 9;

	/**
	 * The feature id for the '<em><b>Measured Expectations</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SURVEY_ITEM__MEASURED_EXPECTATIONS = NAMED_ELEMENT_FEATURE_COUNT + 10;

	/**
	 * The number of structural features of the '<em>Survey Item</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SURVEY_ITEM_FEATURE_COUNT = NAMED_ELEMENT_FEATURE_COUNT + 11;

	/**
	 * The number of operations of the '<em>Survey Item</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SURVEY_ITEM_OPERATION_COUNT = NAMED_ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.crmgap.model.impl.DataSourceImpl <em>Data Source</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.crmgap.model.impl.DataSourceImpl
	 * @see org.crmgap.model.impl.CrmGapPackageImpl#getDataSource()
	 * @generated
	 */
	int DATA_SOURCE = 16;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DATA_SOURCE__NAME = NAMED_ELEMENT__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DATA_SOURCE__DESCRIPTION = NAMED_ELEMENT__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Location</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DATA_SOURCE__LOCATION = NAMED_ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Format</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DATA_SOURCE__FORMAT = NAMED_ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Role</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DATA_SOURCE__ROLE = NAMED_ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Delimiter</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DATA_SOURCE__DELIMITER = NAMED_ELEMENT_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Encoding</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DATA_SOURCE__ENCODING = NAMED_ELEMENT_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Sheet</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DATA_SOURCE__SHEET = NAMED_ELEMENT_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Query</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DATA_SOURCE__QUERY = NAMED_ELEMENT_FEATURE_COUNT + 6;

	/**
	 * The feature id for the '<em><b>Instrument</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DATA_SOURCE__INSTRUMENT = NAMED_ELEMENT_FEATURE_COUNT + 7;

	/**
	 * The feature id for the '<em><b>Column Mappings</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DATA_SOURCE__COLUMN_MAPPINGS = NAMED_ELEMENT_FEATURE_COUNT + 8;

	/**
	 * The feature id for the '<em><b>Wave</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DATA_SOURCE__WAVE = NAMED_ELEMENT_FEATURE_COUNT + 9;

	/**
	 * The feature id for the '<em><b>Answer Labels</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DATA_SOURCE__ANSWER_LABELS = NAMED_ELEMENT_FEATURE_COUNT + 10;

	/**
	 * The number of structural features of the '<em>Data Source</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DATA_SOURCE_FEATURE_COUNT = NAMED_ELEMENT_FEATURE_COUNT + 11;

	/**
	 * The number of operations of the '<em>Data Source</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DATA_SOURCE_OPERATION_COUNT = NAMED_ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.crmgap.model.impl.AnswerLabelImpl <em>Answer Label</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.crmgap.model.impl.AnswerLabelImpl
	 * @see org.crmgap.model.impl.CrmGapPackageImpl#getAnswerLabel()
	 * @generated
	 */
	int ANSWER_LABEL = 17;

	/**
	 * The feature id for the '<em><b>Text</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ANSWER_LABEL__TEXT = 0;

	/**
	 * The feature id for the '<em><b>Value</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ANSWER_LABEL__VALUE = 1;

	/**
	 * The number of structural features of the '<em>Answer Label</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ANSWER_LABEL_FEATURE_COUNT = 2;

	/**
	 * The number of operations of the '<em>Answer Label</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ANSWER_LABEL_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.crmgap.model.impl.ColumnMappingImpl <em>Column Mapping</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.crmgap.model.impl.ColumnMappingImpl
	 * @see org.crmgap.model.impl.CrmGapPackageImpl#getColumnMapping()
	 * @generated
	 */
	int COLUMN_MAPPING = 18;

	/**
	 * The feature id for the '<em><b>Column</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COLUMN_MAPPING__COLUMN = 0;

	/**
	 * The feature id for the '<em><b>Meaning</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COLUMN_MAPPING__MEANING = 1;

	/**
	 * The feature id for the '<em><b>Dimension</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COLUMN_MAPPING__DIMENSION = 2;

	/**
	 * The number of structural features of the '<em>Column Mapping</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COLUMN_MAPPING_FEATURE_COUNT = 3;

	/**
	 * The number of operations of the '<em>Column Mapping</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COLUMN_MAPPING_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.crmgap.model.impl.GapImpl <em>Gap</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.crmgap.model.impl.GapImpl
	 * @see org.crmgap.model.impl.CrmGapPackageImpl#getGap()
	 * @generated
	 */
	int GAP = 19;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GAP__NAME = NAMED_ELEMENT__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GAP__DESCRIPTION = NAMED_ELEMENT__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GAP__KIND = NAMED_ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Stage</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GAP__STAGE = NAMED_ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Reference</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GAP__REFERENCE = NAMED_ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Actual</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GAP__ACTUAL = NAMED_ELEMENT_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Segment</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GAP__SEGMENT = NAMED_ELEMENT_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Threshold</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GAP__THRESHOLD = NAMED_ELEMENT_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Causes</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GAP__CAUSES = NAMED_ELEMENT_FEATURE_COUNT + 6;

	/**
	 * The feature id for the '<em><b>Actions</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GAP__ACTIONS = NAMED_ELEMENT_FEATURE_COUNT + 7;

	/**
	 * The feature id for the '<em><b>Snapshots</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GAP__SNAPSHOTS = NAMED_ELEMENT_FEATURE_COUNT + 8;

	/**
	 * The number of structural features of the '<em>Gap</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GAP_FEATURE_COUNT = NAMED_ELEMENT_FEATURE_COUNT + 9;

	/**
	 * The number of operations of the '<em>Gap</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GAP_OPERATION_COUNT = NAMED_ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.crmgap.model.impl.SeverityThresholdImpl <em>Severity Threshold</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.crmgap.model.impl.SeverityThresholdImpl
	 * @see org.crmgap.model.impl.CrmGapPackageImpl#getSeverityThreshold()
	 * @generated
	 */
	int SEVERITY_THRESHOLD = 20;

	/**
	 * The feature id for the '<em><b>Gap Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SEVERITY_THRESHOLD__GAP_KIND = 0;

	/**
	 * The feature id for the '<em><b>Warning Level</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SEVERITY_THRESHOLD__WARNING_LEVEL = 1;

	/**
	 * The feature id for the '<em><b>Error Level</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SEVERITY_THRESHOLD__ERROR_LEVEL = 2;

	/**
	 * The feature id for the '<em><b>Significance Level</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SEVERITY_THRESHOLD__SIGNIFICANCE_LEVEL = 3;

	/**
	 * The number of structural features of the '<em>Severity Threshold</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SEVERITY_THRESHOLD_FEATURE_COUNT = 4;

	/**
	 * The number of operations of the '<em>Severity Threshold</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SEVERITY_THRESHOLD_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.crmgap.model.impl.IndicatorSnapshotImpl <em>Indicator Snapshot</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.crmgap.model.impl.IndicatorSnapshotImpl
	 * @see org.crmgap.model.impl.CrmGapPackageImpl#getIndicatorSnapshot()
	 * @generated
	 */
	int INDICATOR_SNAPSHOT = 21;

	/**
	 * The feature id for the '<em><b>Indicator</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INDICATOR_SNAPSHOT__INDICATOR = 0;

	/**
	 * The feature id for the '<em><b>Value</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INDICATOR_SNAPSHOT__VALUE = 1;

	/**
	 * The feature id for the '<em><b>N</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INDICATOR_SNAPSHOT__N = 2;

	/**
	 * The feature id for the '<em><b>Severity</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INDICATOR_SNAPSHOT__SEVERITY = 3;

	/**
	 * The feature id for the '<em><b>Computed At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INDICATOR_SNAPSHOT__COMPUTED_AT = 4;

	/**
	 * The feature id for the '<em><b>Data Fingerprint</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INDICATOR_SNAPSHOT__DATA_FINGERPRINT = 5;

	/**
	 * The number of structural features of the '<em>Indicator Snapshot</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INDICATOR_SNAPSHOT_FEATURE_COUNT = 6;

	/**
	 * The number of operations of the '<em>Indicator Snapshot</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INDICATOR_SNAPSHOT_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.crmgap.model.impl.CatalogueImpl <em>Catalogue</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.crmgap.model.impl.CatalogueImpl
	 * @see org.crmgap.model.impl.CrmGapPackageImpl#getCatalogue()
	 * @generated
	 */
	int CATALOGUE = 22;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CATALOGUE__NAME = NAMED_ELEMENT__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CATALOGUE__DESCRIPTION = NAMED_ELEMENT__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Causes</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CATALOGUE__CAUSES = NAMED_ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Actions</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CATALOGUE__ACTIONS = NAMED_ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The number of structural features of the '<em>Catalogue</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CATALOGUE_FEATURE_COUNT = NAMED_ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The number of operations of the '<em>Catalogue</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CATALOGUE_OPERATION_COUNT = NAMED_ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.crmgap.model.impl.GapCauseImpl <em>Gap Cause</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.crmgap.model.impl.GapCauseImpl
	 * @see org.crmgap.model.impl.CrmGapPackageImpl#getGapCause()
	 * @generated
	 */
	int GAP_CAUSE = 23;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GAP_CAUSE__NAME = NAMED_ELEMENT__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GAP_CAUSE__DESCRIPTION = NAMED_ELEMENT__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Gap Kinds</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GAP_CAUSE__GAP_KINDS = NAMED_ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Recommended Actions</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GAP_CAUSE__RECOMMENDED_ACTIONS = NAMED_ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The number of structural features of the '<em>Gap Cause</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GAP_CAUSE_FEATURE_COUNT = NAMED_ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The number of operations of the '<em>Gap Cause</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GAP_CAUSE_OPERATION_COUNT = NAMED_ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.crmgap.model.impl.RecoveryActionImpl <em>Recovery Action</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.crmgap.model.impl.RecoveryActionImpl
	 * @see org.crmgap.model.impl.CrmGapPackageImpl#getRecoveryAction()
	 * @generated
	 */
	int RECOVERY_ACTION = 24;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RECOVERY_ACTION__NAME = NAMED_ELEMENT__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RECOVERY_ACTION__DESCRIPTION = NAMED_ELEMENT__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Stage</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RECOVERY_ACTION__STAGE = NAMED_ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The number of structural features of the '<em>Recovery Action</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RECOVERY_ACTION_FEATURE_COUNT = NAMED_ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The number of operations of the '<em>Recovery Action</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RECOVERY_ACTION_OPERATION_COUNT = NAMED_ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.crmgap.model.impl.MeasurementWaveImpl <em>Measurement Wave</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.crmgap.model.impl.MeasurementWaveImpl
	 * @see org.crmgap.model.impl.CrmGapPackageImpl#getMeasurementWave()
	 * @generated
	 */
	int MEASUREMENT_WAVE = 25;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEASUREMENT_WAVE__NAME = NAMED_ELEMENT__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEASUREMENT_WAVE__DESCRIPTION = NAMED_ELEMENT__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Order</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEASUREMENT_WAVE__ORDER = NAMED_ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEASUREMENT_WAVE__DATE = NAMED_ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Period</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEASUREMENT_WAVE__PERIOD = NAMED_ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The number of structural features of the '<em>Measurement Wave</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEASUREMENT_WAVE_FEATURE_COUNT = NAMED_ELEMENT_FEATURE_COUNT + 3;

	/**
	 * The number of operations of the '<em>Measurement Wave</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEASUREMENT_WAVE_OPERATION_COUNT = NAMED_ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.crmgap.model.impl.PlannedActionImpl <em>Planned Action</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.crmgap.model.impl.PlannedActionImpl
	 * @see org.crmgap.model.impl.CrmGapPackageImpl#getPlannedAction()
	 * @generated
	 */
	int PLANNED_ACTION = 26;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PLANNED_ACTION__NAME = NAMED_ELEMENT__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PLANNED_ACTION__DESCRIPTION = NAMED_ELEMENT__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Gap</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PLANNED_ACTION__GAP = NAMED_ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Action</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PLANNED_ACTION__ACTION = NAMED_ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Owner</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PLANNED_ACTION__OWNER = NAMED_ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Start Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PLANNED_ACTION__START_DATE = NAMED_ELEMENT_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Due Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PLANNED_ACTION__DUE_DATE = NAMED_ELEMENT_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Status</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PLANNED_ACTION__STATUS = NAMED_ELEMENT_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Target Value</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PLANNED_ACTION__TARGET_VALUE = NAMED_ELEMENT_FEATURE_COUNT + 6;

	/**
	 * The feature id for the '<em><b>Target Wave</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PLANNED_ACTION__TARGET_WAVE = NAMED_ELEMENT_FEATURE_COUNT + 7;

	/**
	 * The number of structural features of the '<em>Planned Action</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PLANNED_ACTION_FEATURE_COUNT = NAMED_ELEMENT_FEATURE_COUNT + 8;

	/**
	 * The number of operations of the '<em>Planned Action</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PLANNED_ACTION_OPERATION_COUNT = NAMED_ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.crmgap.model.RelationshipStage <em>Relationship Stage</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.crmgap.model.RelationshipStage
	 * @see org.crmgap.model.impl.CrmGapPackageImpl#getRelationshipStage()
	 * @generated
	 */
	int RELATIONSHIP_STAGE = 27;

	/**
	 * The meta object id for the '{@link org.crmgap.model.BondLevel <em>Bond Level</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.crmgap.model.BondLevel
	 * @see org.crmgap.model.impl.CrmGapPackageImpl#getBondLevel()
	 * @generated
	 */
	int BOND_LEVEL = 28;

	/**
	 * The meta object id for the '{@link org.crmgap.model.UnitKind <em>Unit Kind</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.crmgap.model.UnitKind
	 * @see org.crmgap.model.impl.CrmGapPackageImpl#getUnitKind()
	 * @generated
	 */
	int UNIT_KIND = 29;

	/**
	 * The meta object id for the '{@link org.crmgap.model.ComponentKind <em>Component Kind</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.crmgap.model.ComponentKind
	 * @see org.crmgap.model.impl.CrmGapPackageImpl#getComponentKind()
	 * @generated
	 */
	int COMPONENT_KIND = 30;

	/**
	 * The meta object id for the '{@link org.crmgap.model.InteractionChannel <em>Interaction Channel</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.crmgap.model.InteractionChannel
	 * @see org.crmgap.model.impl.CrmGapPackageImpl#getInteractionChannel()
	 * @generated
	 */
	int INTERACTION_CHANNEL = 31;

	/**
	 * The meta object id for the '{@link org.crmgap.model.CommunicationChannel <em>Communication Channel</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.crmgap.model.CommunicationChannel
	 * @see org.crmgap.model.impl.CrmGapPackageImpl#getCommunicationChannel()
	 * @generated
	 */
	int COMMUNICATION_CHANNEL = 32;

	/**
	 * The meta object id for the '{@link org.crmgap.model.Direction <em>Direction</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.crmgap.model.Direction
	 * @see org.crmgap.model.impl.CrmGapPackageImpl#getDirection()
	 * @generated
	 */
	int DIRECTION = 33;

	/**
	 * The meta object id for the '{@link org.crmgap.model.DataFormat <em>Data Format</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.crmgap.model.DataFormat
	 * @see org.crmgap.model.impl.CrmGapPackageImpl#getDataFormat()
	 * @generated
	 */
	int DATA_FORMAT = 34;

	/**
	 * The meta object id for the '{@link org.crmgap.model.DataRole <em>Data Role</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.crmgap.model.DataRole
	 * @see org.crmgap.model.impl.CrmGapPackageImpl#getDataRole()
	 * @generated
	 */
	int DATA_ROLE = 35;

	/**
	 * The meta object id for the '{@link org.crmgap.model.ColumnMeaning <em>Column Meaning</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.crmgap.model.ColumnMeaning
	 * @see org.crmgap.model.impl.CrmGapPackageImpl#getColumnMeaning()
	 * @generated
	 */
	int COLUMN_MEANING = 36;

	/**
	 * The meta object id for the '{@link org.crmgap.model.SurveyItemKind <em>Survey Item Kind</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.crmgap.model.SurveyItemKind
	 * @see org.crmgap.model.impl.CrmGapPackageImpl#getSurveyItemKind()
	 * @generated
	 */
	int SURVEY_ITEM_KIND = 37;

	/**
	 * The meta object id for the '{@link org.crmgap.model.GapKind <em>Gap Kind</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.crmgap.model.GapKind
	 * @see org.crmgap.model.impl.CrmGapPackageImpl#getGapKind()
	 * @generated
	 */
	int GAP_KIND = 38;

	/**
	 * The meta object id for the '{@link org.crmgap.model.DieStage <em>Die Stage</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.crmgap.model.DieStage
	 * @see org.crmgap.model.impl.CrmGapPackageImpl#getDieStage()
	 * @generated
	 */
	int DIE_STAGE = 39;

	/**
	 * The meta object id for the '{@link org.crmgap.model.Severity <em>Severity</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.crmgap.model.Severity
	 * @see org.crmgap.model.impl.CrmGapPackageImpl#getSeverity()
	 * @generated
	 */
	int SEVERITY = 40;

	/**
	 * The meta object id for the '{@link org.crmgap.model.ActionStatus <em>Action Status</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.crmgap.model.ActionStatus
	 * @see org.crmgap.model.impl.CrmGapPackageImpl#getActionStatus()
	 * @generated
	 */
	int ACTION_STATUS = 41;

	/**
	 * The meta object id for the '<em>Local Date</em>' data type.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see java.time.LocalDate
	 * @see org.crmgap.model.impl.CrmGapPackageImpl#getLocalDate()
	 * @generated
	 */
	int LOCAL_DATE = 42;


	/**
	 * Returns the meta object for class '{@link org.crmgap.model.NamedElement <em>Named Element</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Named Element</em>'.
	 * @see org.crmgap.model.NamedElement
	 * @generated
	 */
	EClass getNamedElement();

	/**
	 * Returns the meta object for the attribute '{@link org.crmgap.model.NamedElement#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.crmgap.model.NamedElement#getName()
	 * @see #getNamedElement()
	 * @generated
	 */
	EAttribute getNamedElement_Name();

	/**
	 * Returns the meta object for the attribute '{@link org.crmgap.model.NamedElement#getDescription <em>Description</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Description</em>'.
	 * @see org.crmgap.model.NamedElement#getDescription()
	 * @see #getNamedElement()
	 * @generated
	 */
	EAttribute getNamedElement_Description();

	/**
	 * Returns the meta object for class '{@link org.crmgap.model.GapEndpoint <em>Gap Endpoint</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Gap Endpoint</em>'.
	 * @see org.crmgap.model.GapEndpoint
	 * @generated
	 */
	EClass getGapEndpoint();

	/**
	 * Returns the meta object for class '{@link org.crmgap.model.DataKeyed <em>Data Keyed</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Data Keyed</em>'.
	 * @see org.crmgap.model.DataKeyed
	 * @generated
	 */
	EClass getDataKeyed();

	/**
	 * Returns the meta object for the attribute '{@link org.crmgap.model.DataKeyed#getDataKey <em>Data Key</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Data Key</em>'.
	 * @see org.crmgap.model.DataKeyed#getDataKey()
	 * @see #getDataKeyed()
	 * @generated
	 */
	EAttribute getDataKeyed_DataKey();

	/**
	 * Returns the meta object for the '{@link org.crmgap.model.DataKeyed#effectiveDataKey() <em>Effective Data Key</em>}' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the '<em>Effective Data Key</em>' operation.
	 * @see org.crmgap.model.DataKeyed#effectiveDataKey()
	 * @generated
	 */
	EOperation getDataKeyed__EffectiveDataKey();

	/**
	 * Returns the meta object for class '{@link org.crmgap.model.GapModel <em>Gap Model</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Gap Model</em>'.
	 * @see org.crmgap.model.GapModel
	 * @generated
	 */
	EClass getGapModel();

	/**
	 * Returns the meta object for the containment reference list '{@link org.crmgap.model.GapModel#getDimensions <em>Dimensions</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Dimensions</em>'.
	 * @see org.crmgap.model.GapModel#getDimensions()
	 * @see #getGapModel()
	 * @generated
	 */
	EReference getGapModel_Dimensions();

	/**
	 * Returns the meta object for the containment reference list '{@link org.crmgap.model.GapModel#getSegments <em>Segments</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Segments</em>'.
	 * @see org.crmgap.model.GapModel#getSegments()
	 * @see #getGapModel()
	 * @generated
	 */
	EReference getGapModel_Segments();

	/**
	 * Returns the meta object for the containment reference list '{@link org.crmgap.model.GapModel#getManagementPerceptions <em>Management Perceptions</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Management Perceptions</em>'.
	 * @see org.crmgap.model.GapModel#getManagementPerceptions()
	 * @see #getGapModel()
	 * @generated
	 */
	EReference getGapModel_ManagementPerceptions();

	/**
	 * Returns the meta object for the containment reference list '{@link org.crmgap.model.GapModel#getOrganisationUnits <em>Organisation Units</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Organisation Units</em>'.
	 * @see org.crmgap.model.GapModel#getOrganisationUnits()
	 * @see #getGapModel()
	 * @generated
	 */
	EReference getGapModel_OrganisationUnits();

	/**
	 * Returns the meta object for the containment reference list '{@link org.crmgap.model.GapModel#getServiceStandards <em>Service Standards</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Service Standards</em>'.
	 * @see org.crmgap.model.GapModel#getServiceStandards()
	 * @see #getGapModel()
	 * @generated
	 */
	EReference getGapModel_ServiceStandards();

	/**
	 * Returns the meta object for the containment reference list '{@link org.crmgap.model.GapModel#getInteractionFlows <em>Interaction Flows</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Interaction Flows</em>'.
	 * @see org.crmgap.model.GapModel#getInteractionFlows()
	 * @see #getGapModel()
	 * @generated
	 */
	EReference getGapModel_InteractionFlows();

	/**
	 * Returns the meta object for the containment reference list '{@link org.crmgap.model.GapModel#getCommunications <em>Communications</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Communications</em>'.
	 * @see org.crmgap.model.GapModel#getCommunications()
	 * @see #getGapModel()
	 * @generated
	 */
	EReference getGapModel_Communications();

	/**
	 * Returns the meta object for the containment reference list '{@link org.crmgap.model.GapModel#getSurveyInstruments <em>Survey Instruments</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Survey Instruments</em>'.
	 * @see org.crmgap.model.GapModel#getSurveyInstruments()
	 * @see #getGapModel()
	 * @generated
	 */
	EReference getGapModel_SurveyInstruments();

	/**
	 * Returns the meta object for the containment reference list '{@link org.crmgap.model.GapModel#getDataSources <em>Data Sources</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Data Sources</em>'.
	 * @see org.crmgap.model.GapModel#getDataSources()
	 * @see #getGapModel()
	 * @generated
	 */
	EReference getGapModel_DataSources();

	/**
	 * Returns the meta object for the containment reference list '{@link org.crmgap.model.GapModel#getGaps <em>Gaps</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Gaps</em>'.
	 * @see org.crmgap.model.GapModel#getGaps()
	 * @see #getGapModel()
	 * @generated
	 */
	EReference getGapModel_Gaps();

	/**
	 * Returns the meta object for the containment reference list '{@link org.crmgap.model.GapModel#getThresholds <em>Thresholds</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Thresholds</em>'.
	 * @see org.crmgap.model.GapModel#getThresholds()
	 * @see #getGapModel()
	 * @generated
	 */
	EReference getGapModel_Thresholds();

	/**
	 * Returns the meta object for the containment reference '{@link org.crmgap.model.GapModel#getCatalogue <em>Catalogue</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Catalogue</em>'.
	 * @see org.crmgap.model.GapModel#getCatalogue()
	 * @see #getGapModel()
	 * @generated
	 */
	EReference getGapModel_Catalogue();

	/**
	 * Returns the meta object for the containment reference list '{@link org.crmgap.model.GapModel#getWaves <em>Waves</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Waves</em>'.
	 * @see org.crmgap.model.GapModel#getWaves()
	 * @see #getGapModel()
	 * @generated
	 */
	EReference getGapModel_Waves();

	/**
	 * Returns the meta object for the containment reference list '{@link org.crmgap.model.GapModel#getPlannedActions <em>Planned Actions</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Planned Actions</em>'.
	 * @see org.crmgap.model.GapModel#getPlannedActions()
	 * @see #getGapModel()
	 * @generated
	 */
	EReference getGapModel_PlannedActions();

	/**
	 * Returns the meta object for class '{@link org.crmgap.model.ServiceDimension <em>Service Dimension</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Service Dimension</em>'.
	 * @see org.crmgap.model.ServiceDimension
	 * @generated
	 */
	EClass getServiceDimension();

	/**
	 * Returns the meta object for class '{@link org.crmgap.model.CustomerSegment <em>Customer Segment</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Customer Segment</em>'.
	 * @see org.crmgap.model.CustomerSegment
	 * @generated
	 */
	EClass getCustomerSegment();

	/**
	 * Returns the meta object for the attribute '{@link org.crmgap.model.CustomerSegment#getSize <em>Size</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Size</em>'.
	 * @see org.crmgap.model.CustomerSegment#getSize()
	 * @see #getCustomerSegment()
	 * @generated
	 */
	EAttribute getCustomerSegment_Size();

	/**
	 * Returns the meta object for the attribute '{@link org.crmgap.model.CustomerSegment#getRelationshipStage <em>Relationship Stage</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Relationship Stage</em>'.
	 * @see org.crmgap.model.CustomerSegment#getRelationshipStage()
	 * @see #getCustomerSegment()
	 * @generated
	 */
	EAttribute getCustomerSegment_RelationshipStage();

	/**
	 * Returns the meta object for the attribute '{@link org.crmgap.model.CustomerSegment#getExpectedBond <em>Expected Bond</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Expected Bond</em>'.
	 * @see org.crmgap.model.CustomerSegment#getExpectedBond()
	 * @see #getCustomerSegment()
	 * @generated
	 */
	EAttribute getCustomerSegment_ExpectedBond();

	/**
	 * Returns the meta object for the containment reference list '{@link org.crmgap.model.CustomerSegment#getExpectations <em>Expectations</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Expectations</em>'.
	 * @see org.crmgap.model.CustomerSegment#getExpectations()
	 * @see #getCustomerSegment()
	 * @generated
	 */
	EReference getCustomerSegment_Expectations();

	/**
	 * Returns the meta object for class '{@link org.crmgap.model.Expectation <em>Expectation</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Expectation</em>'.
	 * @see org.crmgap.model.Expectation
	 * @generated
	 */
	EClass getExpectation();

	/**
	 * Returns the meta object for the container reference '{@link org.crmgap.model.Expectation#getSegment <em>Segment</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the container reference '<em>Segment</em>'.
	 * @see org.crmgap.model.Expectation#getSegment()
	 * @see #getExpectation()
	 * @generated
	 */
	EReference getExpectation_Segment();

	/**
	 * Returns the meta object for the reference '{@link org.crmgap.model.Expectation#getDimension <em>Dimension</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Dimension</em>'.
	 * @see org.crmgap.model.Expectation#getDimension()
	 * @see #getExpectation()
	 * @generated
	 */
	EReference getExpectation_Dimension();

	/**
	 * Returns the meta object for the attribute '{@link org.crmgap.model.Expectation#getImportance <em>Importance</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Importance</em>'.
	 * @see org.crmgap.model.Expectation#getImportance()
	 * @see #getExpectation()
	 * @generated
	 */
	EAttribute getExpectation_Importance();

	/**
	 * Returns the meta object for the attribute '{@link org.crmgap.model.Expectation#getDesiredLevel <em>Desired Level</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Desired Level</em>'.
	 * @see org.crmgap.model.Expectation#getDesiredLevel()
	 * @see #getExpectation()
	 * @generated
	 */
	EAttribute getExpectation_DesiredLevel();

	/**
	 * Returns the meta object for the attribute '{@link org.crmgap.model.Expectation#getAdequateLevel <em>Adequate Level</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Adequate Level</em>'.
	 * @see org.crmgap.model.Expectation#getAdequateLevel()
	 * @see #getExpectation()
	 * @generated
	 */
	EAttribute getExpectation_AdequateLevel();

	/**
	 * Returns the meta object for the attribute '{@link org.crmgap.model.Expectation#getExpectedValue <em>Expected Value</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Expected Value</em>'.
	 * @see org.crmgap.model.Expectation#getExpectedValue()
	 * @see #getExpectation()
	 * @generated
	 */
	EAttribute getExpectation_ExpectedValue();

	/**
	 * Returns the meta object for the attribute '{@link org.crmgap.model.Expectation#getUnit <em>Unit</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Unit</em>'.
	 * @see org.crmgap.model.Expectation#getUnit()
	 * @see #getExpectation()
	 * @generated
	 */
	EAttribute getExpectation_Unit();

	/**
	 * Returns the meta object for the reference list '{@link org.crmgap.model.Expectation#getSurveyItems <em>Survey Items</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Survey Items</em>'.
	 * @see org.crmgap.model.Expectation#getSurveyItems()
	 * @see #getExpectation()
	 * @generated
	 */
	EReference getExpectation_SurveyItems();

	/**
	 * Returns the meta object for the reference list '{@link org.crmgap.model.Expectation#getAddressedBy <em>Addressed By</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Addressed By</em>'.
	 * @see org.crmgap.model.Expectation#getAddressedBy()
	 * @see #getExpectation()
	 * @generated
	 */
	EReference getExpectation_AddressedBy();

	/**
	 * Returns the meta object for class '{@link org.crmgap.model.ManagementPerception <em>Management Perception</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Management Perception</em>'.
	 * @see org.crmgap.model.ManagementPerception
	 * @generated
	 */
	EClass getManagementPerception();

	/**
	 * Returns the meta object for the reference '{@link org.crmgap.model.ManagementPerception#getExpectation <em>Expectation</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Expectation</em>'.
	 * @see org.crmgap.model.ManagementPerception#getExpectation()
	 * @see #getManagementPerception()
	 * @generated
	 */
	EReference getManagementPerception_Expectation();

	/**
	 * Returns the meta object for the attribute '{@link org.crmgap.model.ManagementPerception#getEstimatedLevel <em>Estimated Level</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Estimated Level</em>'.
	 * @see org.crmgap.model.ManagementPerception#getEstimatedLevel()
	 * @see #getManagementPerception()
	 * @generated
	 */
	EAttribute getManagementPerception_EstimatedLevel();

	/**
	 * Returns the meta object for the reference '{@link org.crmgap.model.ManagementPerception#getHeldBy <em>Held By</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Held By</em>'.
	 * @see org.crmgap.model.ManagementPerception#getHeldBy()
	 * @see #getManagementPerception()
	 * @generated
	 */
	EReference getManagementPerception_HeldBy();

	/**
	 * Returns the meta object for the reference '{@link org.crmgap.model.ManagementPerception#getSource <em>Source</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Source</em>'.
	 * @see org.crmgap.model.ManagementPerception#getSource()
	 * @see #getManagementPerception()
	 * @generated
	 */
	EReference getManagementPerception_Source();

	/**
	 * Returns the meta object for class '{@link org.crmgap.model.OrganisationUnit <em>Organisation Unit</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Organisation Unit</em>'.
	 * @see org.crmgap.model.OrganisationUnit
	 * @generated
	 */
	EClass getOrganisationUnit();

	/**
	 * Returns the meta object for the attribute '{@link org.crmgap.model.OrganisationUnit#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see org.crmgap.model.OrganisationUnit#getKind()
	 * @see #getOrganisationUnit()
	 * @generated
	 */
	EAttribute getOrganisationUnit_Kind();

	/**
	 * Returns the meta object for the container reference '{@link org.crmgap.model.OrganisationUnit#getParentUnit <em>Parent Unit</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the container reference '<em>Parent Unit</em>'.
	 * @see org.crmgap.model.OrganisationUnit#getParentUnit()
	 * @see #getOrganisationUnit()
	 * @generated
	 */
	EReference getOrganisationUnit_ParentUnit();

	/**
	 * Returns the meta object for the containment reference list '{@link org.crmgap.model.OrganisationUnit#getSubUnits <em>Sub Units</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Sub Units</em>'.
	 * @see org.crmgap.model.OrganisationUnit#getSubUnits()
	 * @see #getOrganisationUnit()
	 * @generated
	 */
	EReference getOrganisationUnit_SubUnits();

	/**
	 * Returns the meta object for the containment reference list '{@link org.crmgap.model.OrganisationUnit#getComponents <em>Components</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Components</em>'.
	 * @see org.crmgap.model.OrganisationUnit#getComponents()
	 * @see #getOrganisationUnit()
	 * @generated
	 */
	EReference getOrganisationUnit_Components();

	/**
	 * Returns the meta object for the reference list '{@link org.crmgap.model.OrganisationUnit#getOwnedStandards <em>Owned Standards</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Owned Standards</em>'.
	 * @see org.crmgap.model.OrganisationUnit#getOwnedStandards()
	 * @see #getOrganisationUnit()
	 * @generated
	 */
	EReference getOrganisationUnit_OwnedStandards();

	/**
	 * Returns the meta object for the reference list '{@link org.crmgap.model.OrganisationUnit#getPerformedFlows <em>Performed Flows</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Performed Flows</em>'.
	 * @see org.crmgap.model.OrganisationUnit#getPerformedFlows()
	 * @see #getOrganisationUnit()
	 * @generated
	 */
	EReference getOrganisationUnit_PerformedFlows();

	/**
	 * Returns the meta object for class '{@link org.crmgap.model.CrmComponent <em>Crm Component</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Crm Component</em>'.
	 * @see org.crmgap.model.CrmComponent
	 * @generated
	 */
	EClass getCrmComponent();

	/**
	 * Returns the meta object for the attribute '{@link org.crmgap.model.CrmComponent#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see org.crmgap.model.CrmComponent#getKind()
	 * @see #getCrmComponent()
	 * @generated
	 */
	EAttribute getCrmComponent_Kind();

	/**
	 * Returns the meta object for the attribute '{@link org.crmgap.model.CrmComponent#getRequiredLevel <em>Required Level</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Required Level</em>'.
	 * @see org.crmgap.model.CrmComponent#getRequiredLevel()
	 * @see #getCrmComponent()
	 * @generated
	 */
	EAttribute getCrmComponent_RequiredLevel();

	/**
	 * Returns the meta object for the attribute '{@link org.crmgap.model.CrmComponent#getAssessedLevel <em>Assessed Level</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Assessed Level</em>'.
	 * @see org.crmgap.model.CrmComponent#getAssessedLevel()
	 * @see #getCrmComponent()
	 * @generated
	 */
	EAttribute getCrmComponent_AssessedLevel();

	/**
	 * Returns the meta object for the container reference '{@link org.crmgap.model.CrmComponent#getOwnerUnit <em>Owner Unit</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the container reference '<em>Owner Unit</em>'.
	 * @see org.crmgap.model.CrmComponent#getOwnerUnit()
	 * @see #getCrmComponent()
	 * @generated
	 */
	EReference getCrmComponent_OwnerUnit();

	/**
	 * Returns the meta object for the '{@link org.crmgap.model.CrmComponent#shortfall() <em>Shortfall</em>}' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the '<em>Shortfall</em>' operation.
	 * @see org.crmgap.model.CrmComponent#shortfall()
	 * @generated
	 */
	EOperation getCrmComponent__Shortfall();

	/**
	 * Returns the meta object for class '{@link org.crmgap.model.InteractionFlow <em>Interaction Flow</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Interaction Flow</em>'.
	 * @see org.crmgap.model.InteractionFlow
	 * @generated
	 */
	EClass getInteractionFlow();

	/**
	 * Returns the meta object for the attribute '{@link org.crmgap.model.InteractionFlow#getChannel <em>Channel</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Channel</em>'.
	 * @see org.crmgap.model.InteractionFlow#getChannel()
	 * @see #getInteractionFlow()
	 * @generated
	 */
	EAttribute getInteractionFlow_Channel();

	/**
	 * Returns the meta object for the attribute '{@link org.crmgap.model.InteractionFlow#getBond <em>Bond</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Bond</em>'.
	 * @see org.crmgap.model.InteractionFlow#getBond()
	 * @see #getInteractionFlow()
	 * @generated
	 */
	EAttribute getInteractionFlow_Bond();

	/**
	 * Returns the meta object for the reference '{@link org.crmgap.model.InteractionFlow#getPerformer <em>Performer</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Performer</em>'.
	 * @see org.crmgap.model.InteractionFlow#getPerformer()
	 * @see #getInteractionFlow()
	 * @generated
	 */
	EReference getInteractionFlow_Performer();

	/**
	 * Returns the meta object for the reference list '{@link org.crmgap.model.InteractionFlow#getServedSegments <em>Served Segments</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Served Segments</em>'.
	 * @see org.crmgap.model.InteractionFlow#getServedSegments()
	 * @see #getInteractionFlow()
	 * @generated
	 */
	EReference getInteractionFlow_ServedSegments();

	/**
	 * Returns the meta object for the reference list '{@link org.crmgap.model.InteractionFlow#getRealisedStandards <em>Realised Standards</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Realised Standards</em>'.
	 * @see org.crmgap.model.InteractionFlow#getRealisedStandards()
	 * @see #getInteractionFlow()
	 * @generated
	 */
	EReference getInteractionFlow_RealisedStandards();

	/**
	 * Returns the meta object for class '{@link org.crmgap.model.ServiceStandard <em>Service Standard</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Service Standard</em>'.
	 * @see org.crmgap.model.ServiceStandard
	 * @generated
	 */
	EClass getServiceStandard();

	/**
	 * Returns the meta object for the attribute '{@link org.crmgap.model.ServiceStandard#getMetric <em>Metric</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Metric</em>'.
	 * @see org.crmgap.model.ServiceStandard#getMetric()
	 * @see #getServiceStandard()
	 * @generated
	 */
	EAttribute getServiceStandard_Metric();

	/**
	 * Returns the meta object for the attribute '{@link org.crmgap.model.ServiceStandard#getTarget <em>Target</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Target</em>'.
	 * @see org.crmgap.model.ServiceStandard#getTarget()
	 * @see #getServiceStandard()
	 * @generated
	 */
	EAttribute getServiceStandard_Target();

	/**
	 * Returns the meta object for the attribute '{@link org.crmgap.model.ServiceStandard#getUnit <em>Unit</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Unit</em>'.
	 * @see org.crmgap.model.ServiceStandard#getUnit()
	 * @see #getServiceStandard()
	 * @generated
	 */
	EAttribute getServiceStandard_Unit();

	/**
	 * Returns the meta object for the attribute '{@link org.crmgap.model.ServiceStandard#getDirection <em>Direction</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Direction</em>'.
	 * @see org.crmgap.model.ServiceStandard#getDirection()
	 * @see #getServiceStandard()
	 * @generated
	 */
	EAttribute getServiceStandard_Direction();

	/**
	 * Returns the meta object for the attribute '{@link org.crmgap.model.ServiceStandard#getTolerance <em>Tolerance</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Tolerance</em>'.
	 * @see org.crmgap.model.ServiceStandard#getTolerance()
	 * @see #getServiceStandard()
	 * @generated
	 */
	EAttribute getServiceStandard_Tolerance();

	/**
	 * Returns the meta object for the reference list '{@link org.crmgap.model.ServiceStandard#getAddresses <em>Addresses</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Addresses</em>'.
	 * @see org.crmgap.model.ServiceStandard#getAddresses()
	 * @see #getServiceStandard()
	 * @generated
	 */
	EReference getServiceStandard_Addresses();

	/**
	 * Returns the meta object for the reference '{@link org.crmgap.model.ServiceStandard#getOwnerUnit <em>Owner Unit</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Owner Unit</em>'.
	 * @see org.crmgap.model.ServiceStandard#getOwnerUnit()
	 * @see #getServiceStandard()
	 * @generated
	 */
	EReference getServiceStandard_OwnerUnit();

	/**
	 * Returns the meta object for the reference list '{@link org.crmgap.model.ServiceStandard#getRealisingFlows <em>Realising Flows</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Realising Flows</em>'.
	 * @see org.crmgap.model.ServiceStandard#getRealisingFlows()
	 * @see #getServiceStandard()
	 * @generated
	 */
	EReference getServiceStandard_RealisingFlows();

	/**
	 * Returns the meta object for the reference list '{@link org.crmgap.model.ServiceStandard#getPromises <em>Promises</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Promises</em>'.
	 * @see org.crmgap.model.ServiceStandard#getPromises()
	 * @see #getServiceStandard()
	 * @generated
	 */
	EReference getServiceStandard_Promises();

	/**
	 * Returns the meta object for the '{@link org.crmgap.model.ServiceStandard#isMet(double) <em>Is Met</em>}' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the '<em>Is Met</em>' operation.
	 * @see org.crmgap.model.ServiceStandard#isMet(double)
	 * @generated
	 */
	EOperation getServiceStandard__IsMet__double();

	/**
	 * Returns the meta object for the '{@link org.crmgap.model.ServiceStandard#shortfall(double) <em>Shortfall</em>}' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the '<em>Shortfall</em>' operation.
	 * @see org.crmgap.model.ServiceStandard#shortfall(double)
	 * @generated
	 */
	EOperation getServiceStandard__Shortfall__double();

	/**
	 * Returns the meta object for class '{@link org.crmgap.model.Communication <em>Communication</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Communication</em>'.
	 * @see org.crmgap.model.Communication
	 * @generated
	 */
	EClass getCommunication();

	/**
	 * Returns the meta object for the attribute '{@link org.crmgap.model.Communication#getChannel <em>Channel</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Channel</em>'.
	 * @see org.crmgap.model.Communication#getChannel()
	 * @see #getCommunication()
	 * @generated
	 */
	EAttribute getCommunication_Channel();

	/**
	 * Returns the meta object for the reference list '{@link org.crmgap.model.Communication#getAudience <em>Audience</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Audience</em>'.
	 * @see org.crmgap.model.Communication#getAudience()
	 * @see #getCommunication()
	 * @generated
	 */
	EReference getCommunication_Audience();

	/**
	 * Returns the meta object for the reference '{@link org.crmgap.model.Communication#getIssuer <em>Issuer</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Issuer</em>'.
	 * @see org.crmgap.model.Communication#getIssuer()
	 * @see #getCommunication()
	 * @generated
	 */
	EReference getCommunication_Issuer();

	/**
	 * Returns the meta object for the containment reference list '{@link org.crmgap.model.Communication#getPromises <em>Promises</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Promises</em>'.
	 * @see org.crmgap.model.Communication#getPromises()
	 * @see #getCommunication()
	 * @generated
	 */
	EReference getCommunication_Promises();

	/**
	 * Returns the meta object for class '{@link org.crmgap.model.Promise <em>Promise</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Promise</em>'.
	 * @see org.crmgap.model.Promise
	 * @generated
	 */
	EClass getPromise();

	/**
	 * Returns the meta object for the attribute '{@link org.crmgap.model.Promise#getPromisedLevel <em>Promised Level</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Promised Level</em>'.
	 * @see org.crmgap.model.Promise#getPromisedLevel()
	 * @see #getPromise()
	 * @generated
	 */
	EAttribute getPromise_PromisedLevel();

	/**
	 * Returns the meta object for the container reference '{@link org.crmgap.model.Promise#getCommunication <em>Communication</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the container reference '<em>Communication</em>'.
	 * @see org.crmgap.model.Promise#getCommunication()
	 * @see #getPromise()
	 * @generated
	 */
	EReference getPromise_Communication();

	/**
	 * Returns the meta object for the reference '{@link org.crmgap.model.Promise#getStandard <em>Standard</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Standard</em>'.
	 * @see org.crmgap.model.Promise#getStandard()
	 * @see #getPromise()
	 * @generated
	 */
	EReference getPromise_Standard();

	/**
	 * Returns the meta object for class '{@link org.crmgap.model.SurveyInstrument <em>Survey Instrument</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Survey Instrument</em>'.
	 * @see org.crmgap.model.SurveyInstrument
	 * @generated
	 */
	EClass getSurveyInstrument();

	/**
	 * Returns the meta object for the attribute '{@link org.crmgap.model.SurveyInstrument#getScaleMin <em>Scale Min</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Scale Min</em>'.
	 * @see org.crmgap.model.SurveyInstrument#getScaleMin()
	 * @see #getSurveyInstrument()
	 * @generated
	 */
	EAttribute getSurveyInstrument_ScaleMin();

	/**
	 * Returns the meta object for the attribute '{@link org.crmgap.model.SurveyInstrument#getScaleMax <em>Scale Max</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Scale Max</em>'.
	 * @see org.crmgap.model.SurveyInstrument#getScaleMax()
	 * @see #getSurveyInstrument()
	 * @generated
	 */
	EAttribute getSurveyInstrument_ScaleMax();

	/**
	 * Returns the meta object for the attribute '{@link org.crmgap.model.SurveyInstrument#isContinuousScale <em>Continuous Scale</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Continuous Scale</em>'.
	 * @see org.crmgap.model.SurveyInstrument#isContinuousScale()
	 * @see #getSurveyInstrument()
	 * @generated
	 */
	EAttribute getSurveyInstrument_ContinuousScale();

	/**
	 * Returns the meta object for the containment reference list '{@link org.crmgap.model.SurveyInstrument#getItems <em>Items</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Items</em>'.
	 * @see org.crmgap.model.SurveyInstrument#getItems()
	 * @see #getSurveyInstrument()
	 * @generated
	 */
	EReference getSurveyInstrument_Items();

	/**
	 * Returns the meta object for class '{@link org.crmgap.model.SurveyItem <em>Survey Item</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Survey Item</em>'.
	 * @see org.crmgap.model.SurveyItem
	 * @generated
	 */
	EClass getSurveyItem();

	/**
	 * Returns the meta object for the attribute '{@link org.crmgap.model.SurveyItem#getNumber <em>Number</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Number</em>'.
	 * @see org.crmgap.model.SurveyItem#getNumber()
	 * @see #getSurveyItem()
	 * @generated
	 */
	EAttribute getSurveyItem_Number();

	/**
	 * Returns the meta object for the attribute '{@link org.crmgap.model.SurveyItem#getText <em>Text</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Text</em>'.
	 * @see org.crmgap.model.SurveyItem#getText()
	 * @see #getSurveyItem()
	 * @generated
	 */
	EAttribute getSurveyItem_Text();

	/**
	 * Returns the meta object for the attribute '{@link org.crmgap.model.SurveyItem#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see org.crmgap.model.SurveyItem#getKind()
	 * @see #getSurveyItem()
	 * @generated
	 */
	EAttribute getSurveyItem_Kind();

	/**
	 * Returns the meta object for the reference '{@link org.crmgap.model.SurveyItem#getDimension <em>Dimension</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Dimension</em>'.
	 * @see org.crmgap.model.SurveyItem#getDimension()
	 * @see #getSurveyItem()
	 * @generated
	 */
	EReference getSurveyItem_Dimension();

	/**
	 * Returns the meta object for the attribute '{@link org.crmgap.model.SurveyItem#getExpectationColumn <em>Expectation Column</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Expectation Column</em>'.
	 * @see org.crmgap.model.SurveyItem#getExpectationColumn()
	 * @see #getSurveyItem()
	 * @generated
	 */
	EAttribute getSurveyItem_ExpectationColumn();

	/**
	 * Returns the meta object for the attribute '{@link org.crmgap.model.SurveyItem#getPerceptionColumn <em>Perception Column</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Perception Column</em>'.
	 * @see org.crmgap.model.SurveyItem#getPerceptionColumn()
	 * @see #getSurveyItem()
	 * @generated
	 */
	EAttribute getSurveyItem_PerceptionColumn();

	/**
	 * Returns the meta object for the attribute '{@link org.crmgap.model.SurveyItem#getDesiredColumn <em>Desired Column</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Desired Column</em>'.
	 * @see org.crmgap.model.SurveyItem#getDesiredColumn()
	 * @see #getSurveyItem()
	 * @generated
	 */
	EAttribute getSurveyItem_DesiredColumn();

	/**
	 * Returns the meta object for the attribute '{@link org.crmgap.model.SurveyItem#getAdequateColumn <em>Adequate Column</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Adequate Column</em>'.
	 * @see org.crmgap.model.SurveyItem#getAdequateColumn()
	 * @see #getSurveyItem()
	 * @generated
	 */
	EAttribute getSurveyItem_AdequateColumn();

	/**
	 * Returns the meta object for the attribute '{@link org.crmgap.model.SurveyItem#getManagerColumn <em>Manager Column</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Manager Column</em>'.
	 * @see org.crmgap.model.SurveyItem#getManagerColumn()
	 * @see #getSurveyItem()
	 * @generated
	 */
	EAttribute getSurveyItem_ManagerColumn();

	/**
	 * Returns the meta object for the container reference '{@link org.crmgap.model.SurveyItem#getInstrument <em>Instrument</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the container reference '<em>Instrument</em>'.
	 * @see org.crmgap.model.SurveyItem#getInstrument()
	 * @see #getSurveyItem()
	 * @generated
	 */
	EReference getSurveyItem_Instrument();

	/**
	 * Returns the meta object for the reference list '{@link org.crmgap.model.SurveyItem#getMeasuredExpectations <em>Measured Expectations</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Measured Expectations</em>'.
	 * @see org.crmgap.model.SurveyItem#getMeasuredExpectations()
	 * @see #getSurveyItem()
	 * @generated
	 */
	EReference getSurveyItem_MeasuredExpectations();

	/**
	 * Returns the meta object for class '{@link org.crmgap.model.DataSource <em>Data Source</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Data Source</em>'.
	 * @see org.crmgap.model.DataSource
	 * @generated
	 */
	EClass getDataSource();

	/**
	 * Returns the meta object for the attribute '{@link org.crmgap.model.DataSource#getLocation <em>Location</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Location</em>'.
	 * @see org.crmgap.model.DataSource#getLocation()
	 * @see #getDataSource()
	 * @generated
	 */
	EAttribute getDataSource_Location();

	/**
	 * Returns the meta object for the attribute '{@link org.crmgap.model.DataSource#getFormat <em>Format</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Format</em>'.
	 * @see org.crmgap.model.DataSource#getFormat()
	 * @see #getDataSource()
	 * @generated
	 */
	EAttribute getDataSource_Format();

	/**
	 * Returns the meta object for the attribute '{@link org.crmgap.model.DataSource#getRole <em>Role</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Role</em>'.
	 * @see org.crmgap.model.DataSource#getRole()
	 * @see #getDataSource()
	 * @generated
	 */
	EAttribute getDataSource_Role();

	/**
	 * Returns the meta object for the attribute '{@link org.crmgap.model.DataSource#getDelimiter <em>Delimiter</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Delimiter</em>'.
	 * @see org.crmgap.model.DataSource#getDelimiter()
	 * @see #getDataSource()
	 * @generated
	 */
	EAttribute getDataSource_Delimiter();

	/**
	 * Returns the meta object for the attribute '{@link org.crmgap.model.DataSource#getEncoding <em>Encoding</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Encoding</em>'.
	 * @see org.crmgap.model.DataSource#getEncoding()
	 * @see #getDataSource()
	 * @generated
	 */
	EAttribute getDataSource_Encoding();

	/**
	 * Returns the meta object for the attribute '{@link org.crmgap.model.DataSource#getSheet <em>Sheet</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Sheet</em>'.
	 * @see org.crmgap.model.DataSource#getSheet()
	 * @see #getDataSource()
	 * @generated
	 */
	EAttribute getDataSource_Sheet();

	/**
	 * Returns the meta object for the attribute '{@link org.crmgap.model.DataSource#getQuery <em>Query</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Query</em>'.
	 * @see org.crmgap.model.DataSource#getQuery()
	 * @see #getDataSource()
	 * @generated
	 */
	EAttribute getDataSource_Query();

	/**
	 * Returns the meta object for the reference '{@link org.crmgap.model.DataSource#getInstrument <em>Instrument</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Instrument</em>'.
	 * @see org.crmgap.model.DataSource#getInstrument()
	 * @see #getDataSource()
	 * @generated
	 */
	EReference getDataSource_Instrument();

	/**
	 * Returns the meta object for the containment reference list '{@link org.crmgap.model.DataSource#getColumnMappings <em>Column Mappings</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Column Mappings</em>'.
	 * @see org.crmgap.model.DataSource#getColumnMappings()
	 * @see #getDataSource()
	 * @generated
	 */
	EReference getDataSource_ColumnMappings();

	/**
	 * Returns the meta object for the reference '{@link org.crmgap.model.DataSource#getWave <em>Wave</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Wave</em>'.
	 * @see org.crmgap.model.DataSource#getWave()
	 * @see #getDataSource()
	 * @generated
	 */
	EReference getDataSource_Wave();

	/**
	 * Returns the meta object for the containment reference list '{@link org.crmgap.model.DataSource#getAnswerLabels <em>Answer Labels</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Answer Labels</em>'.
	 * @see org.crmgap.model.DataSource#getAnswerLabels()
	 * @see #getDataSource()
	 * @generated
	 */
	EReference getDataSource_AnswerLabels();

	/**
	 * Returns the meta object for class '{@link org.crmgap.model.AnswerLabel <em>Answer Label</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Answer Label</em>'.
	 * @see org.crmgap.model.AnswerLabel
	 * @generated
	 */
	EClass getAnswerLabel();

	/**
	 * Returns the meta object for the attribute '{@link org.crmgap.model.AnswerLabel#getText <em>Text</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Text</em>'.
	 * @see org.crmgap.model.AnswerLabel#getText()
	 * @see #getAnswerLabel()
	 * @generated
	 */
	EAttribute getAnswerLabel_Text();

	/**
	 * Returns the meta object for the attribute '{@link org.crmgap.model.AnswerLabel#getValue <em>Value</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Value</em>'.
	 * @see org.crmgap.model.AnswerLabel#getValue()
	 * @see #getAnswerLabel()
	 * @generated
	 */
	EAttribute getAnswerLabel_Value();

	/**
	 * Returns the meta object for class '{@link org.crmgap.model.ColumnMapping <em>Column Mapping</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Column Mapping</em>'.
	 * @see org.crmgap.model.ColumnMapping
	 * @generated
	 */
	EClass getColumnMapping();

	/**
	 * Returns the meta object for the attribute '{@link org.crmgap.model.ColumnMapping#getColumn <em>Column</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Column</em>'.
	 * @see org.crmgap.model.ColumnMapping#getColumn()
	 * @see #getColumnMapping()
	 * @generated
	 */
	EAttribute getColumnMapping_Column();

	/**
	 * Returns the meta object for the attribute '{@link org.crmgap.model.ColumnMapping#getMeaning <em>Meaning</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Meaning</em>'.
	 * @see org.crmgap.model.ColumnMapping#getMeaning()
	 * @see #getColumnMapping()
	 * @generated
	 */
	EAttribute getColumnMapping_Meaning();

	/**
	 * Returns the meta object for the reference '{@link org.crmgap.model.ColumnMapping#getDimension <em>Dimension</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Dimension</em>'.
	 * @see org.crmgap.model.ColumnMapping#getDimension()
	 * @see #getColumnMapping()
	 * @generated
	 */
	EReference getColumnMapping_Dimension();

	/**
	 * Returns the meta object for class '{@link org.crmgap.model.Gap <em>Gap</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Gap</em>'.
	 * @see org.crmgap.model.Gap
	 * @generated
	 */
	EClass getGap();

	/**
	 * Returns the meta object for the attribute '{@link org.crmgap.model.Gap#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see org.crmgap.model.Gap#getKind()
	 * @see #getGap()
	 * @generated
	 */
	EAttribute getGap_Kind();

	/**
	 * Returns the meta object for the attribute '{@link org.crmgap.model.Gap#getStage <em>Stage</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Stage</em>'.
	 * @see org.crmgap.model.Gap#getStage()
	 * @see #getGap()
	 * @generated
	 */
	EAttribute getGap_Stage();

	/**
	 * Returns the meta object for the reference '{@link org.crmgap.model.Gap#getReference <em>Reference</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Reference</em>'.
	 * @see org.crmgap.model.Gap#getReference()
	 * @see #getGap()
	 * @generated
	 */
	EReference getGap_Reference();

	/**
	 * Returns the meta object for the reference '{@link org.crmgap.model.Gap#getActual <em>Actual</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Actual</em>'.
	 * @see org.crmgap.model.Gap#getActual()
	 * @see #getGap()
	 * @generated
	 */
	EReference getGap_Actual();

	/**
	 * Returns the meta object for the reference '{@link org.crmgap.model.Gap#getSegment <em>Segment</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Segment</em>'.
	 * @see org.crmgap.model.Gap#getSegment()
	 * @see #getGap()
	 * @generated
	 */
	EReference getGap_Segment();

	/**
	 * Returns the meta object for the containment reference '{@link org.crmgap.model.Gap#getThreshold <em>Threshold</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Threshold</em>'.
	 * @see org.crmgap.model.Gap#getThreshold()
	 * @see #getGap()
	 * @generated
	 */
	EReference getGap_Threshold();

	/**
	 * Returns the meta object for the reference list '{@link org.crmgap.model.Gap#getCauses <em>Causes</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Causes</em>'.
	 * @see org.crmgap.model.Gap#getCauses()
	 * @see #getGap()
	 * @generated
	 */
	EReference getGap_Causes();

	/**
	 * Returns the meta object for the reference list '{@link org.crmgap.model.Gap#getActions <em>Actions</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Actions</em>'.
	 * @see org.crmgap.model.Gap#getActions()
	 * @see #getGap()
	 * @generated
	 */
	EReference getGap_Actions();

	/**
	 * Returns the meta object for the containment reference list '{@link org.crmgap.model.Gap#getSnapshots <em>Snapshots</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Snapshots</em>'.
	 * @see org.crmgap.model.Gap#getSnapshots()
	 * @see #getGap()
	 * @generated
	 */
	EReference getGap_Snapshots();

	/**
	 * Returns the meta object for class '{@link org.crmgap.model.SeverityThreshold <em>Severity Threshold</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Severity Threshold</em>'.
	 * @see org.crmgap.model.SeverityThreshold
	 * @generated
	 */
	EClass getSeverityThreshold();

	/**
	 * Returns the meta object for the attribute '{@link org.crmgap.model.SeverityThreshold#getGapKind <em>Gap Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Gap Kind</em>'.
	 * @see org.crmgap.model.SeverityThreshold#getGapKind()
	 * @see #getSeverityThreshold()
	 * @generated
	 */
	EAttribute getSeverityThreshold_GapKind();

	/**
	 * Returns the meta object for the attribute '{@link org.crmgap.model.SeverityThreshold#getWarningLevel <em>Warning Level</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Warning Level</em>'.
	 * @see org.crmgap.model.SeverityThreshold#getWarningLevel()
	 * @see #getSeverityThreshold()
	 * @generated
	 */
	EAttribute getSeverityThreshold_WarningLevel();

	/**
	 * Returns the meta object for the attribute '{@link org.crmgap.model.SeverityThreshold#getErrorLevel <em>Error Level</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Error Level</em>'.
	 * @see org.crmgap.model.SeverityThreshold#getErrorLevel()
	 * @see #getSeverityThreshold()
	 * @generated
	 */
	EAttribute getSeverityThreshold_ErrorLevel();

	/**
	 * Returns the meta object for the attribute '{@link org.crmgap.model.SeverityThreshold#getSignificanceLevel <em>Significance Level</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Significance Level</em>'.
	 * @see org.crmgap.model.SeverityThreshold#getSignificanceLevel()
	 * @see #getSeverityThreshold()
	 * @generated
	 */
	EAttribute getSeverityThreshold_SignificanceLevel();

	/**
	 * Returns the meta object for class '{@link org.crmgap.model.IndicatorSnapshot <em>Indicator Snapshot</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Indicator Snapshot</em>'.
	 * @see org.crmgap.model.IndicatorSnapshot
	 * @generated
	 */
	EClass getIndicatorSnapshot();

	/**
	 * Returns the meta object for the attribute '{@link org.crmgap.model.IndicatorSnapshot#getIndicator <em>Indicator</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Indicator</em>'.
	 * @see org.crmgap.model.IndicatorSnapshot#getIndicator()
	 * @see #getIndicatorSnapshot()
	 * @generated
	 */
	EAttribute getIndicatorSnapshot_Indicator();

	/**
	 * Returns the meta object for the attribute '{@link org.crmgap.model.IndicatorSnapshot#getValue <em>Value</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Value</em>'.
	 * @see org.crmgap.model.IndicatorSnapshot#getValue()
	 * @see #getIndicatorSnapshot()
	 * @generated
	 */
	EAttribute getIndicatorSnapshot_Value();

	/**
	 * Returns the meta object for the attribute '{@link org.crmgap.model.IndicatorSnapshot#getN <em>N</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>N</em>'.
	 * @see org.crmgap.model.IndicatorSnapshot#getN()
	 * @see #getIndicatorSnapshot()
	 * @generated
	 */
	EAttribute getIndicatorSnapshot_N();

	/**
	 * Returns the meta object for the attribute '{@link org.crmgap.model.IndicatorSnapshot#getSeverity <em>Severity</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Severity</em>'.
	 * @see org.crmgap.model.IndicatorSnapshot#getSeverity()
	 * @see #getIndicatorSnapshot()
	 * @generated
	 */
	EAttribute getIndicatorSnapshot_Severity();

	/**
	 * Returns the meta object for the attribute '{@link org.crmgap.model.IndicatorSnapshot#getComputedAt <em>Computed At</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Computed At</em>'.
	 * @see org.crmgap.model.IndicatorSnapshot#getComputedAt()
	 * @see #getIndicatorSnapshot()
	 * @generated
	 */
	EAttribute getIndicatorSnapshot_ComputedAt();

	/**
	 * Returns the meta object for the attribute '{@link org.crmgap.model.IndicatorSnapshot#getDataFingerprint <em>Data Fingerprint</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Data Fingerprint</em>'.
	 * @see org.crmgap.model.IndicatorSnapshot#getDataFingerprint()
	 * @see #getIndicatorSnapshot()
	 * @generated
	 */
	EAttribute getIndicatorSnapshot_DataFingerprint();

	/**
	 * Returns the meta object for class '{@link org.crmgap.model.Catalogue <em>Catalogue</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Catalogue</em>'.
	 * @see org.crmgap.model.Catalogue
	 * @generated
	 */
	EClass getCatalogue();

	/**
	 * Returns the meta object for the containment reference list '{@link org.crmgap.model.Catalogue#getCauses <em>Causes</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Causes</em>'.
	 * @see org.crmgap.model.Catalogue#getCauses()
	 * @see #getCatalogue()
	 * @generated
	 */
	EReference getCatalogue_Causes();

	/**
	 * Returns the meta object for the containment reference list '{@link org.crmgap.model.Catalogue#getActions <em>Actions</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Actions</em>'.
	 * @see org.crmgap.model.Catalogue#getActions()
	 * @see #getCatalogue()
	 * @generated
	 */
	EReference getCatalogue_Actions();

	/**
	 * Returns the meta object for class '{@link org.crmgap.model.GapCause <em>Gap Cause</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Gap Cause</em>'.
	 * @see org.crmgap.model.GapCause
	 * @generated
	 */
	EClass getGapCause();

	/**
	 * Returns the meta object for the attribute list '{@link org.crmgap.model.GapCause#getGapKinds <em>Gap Kinds</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Gap Kinds</em>'.
	 * @see org.crmgap.model.GapCause#getGapKinds()
	 * @see #getGapCause()
	 * @generated
	 */
	EAttribute getGapCause_GapKinds();

	/**
	 * Returns the meta object for the reference list '{@link org.crmgap.model.GapCause#getRecommendedActions <em>Recommended Actions</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Recommended Actions</em>'.
	 * @see org.crmgap.model.GapCause#getRecommendedActions()
	 * @see #getGapCause()
	 * @generated
	 */
	EReference getGapCause_RecommendedActions();

	/**
	 * Returns the meta object for class '{@link org.crmgap.model.RecoveryAction <em>Recovery Action</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Recovery Action</em>'.
	 * @see org.crmgap.model.RecoveryAction
	 * @generated
	 */
	EClass getRecoveryAction();

	/**
	 * Returns the meta object for the attribute '{@link org.crmgap.model.RecoveryAction#getStage <em>Stage</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Stage</em>'.
	 * @see org.crmgap.model.RecoveryAction#getStage()
	 * @see #getRecoveryAction()
	 * @generated
	 */
	EAttribute getRecoveryAction_Stage();

	/**
	 * Returns the meta object for class '{@link org.crmgap.model.MeasurementWave <em>Measurement Wave</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Measurement Wave</em>'.
	 * @see org.crmgap.model.MeasurementWave
	 * @generated
	 */
	EClass getMeasurementWave();

	/**
	 * Returns the meta object for the attribute '{@link org.crmgap.model.MeasurementWave#getOrder <em>Order</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Order</em>'.
	 * @see org.crmgap.model.MeasurementWave#getOrder()
	 * @see #getMeasurementWave()
	 * @generated
	 */
	EAttribute getMeasurementWave_Order();

	/**
	 * Returns the meta object for the attribute '{@link org.crmgap.model.MeasurementWave#getDate <em>Date</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Date</em>'.
	 * @see org.crmgap.model.MeasurementWave#getDate()
	 * @see #getMeasurementWave()
	 * @generated
	 */
	EAttribute getMeasurementWave_Date();

	/**
	 * Returns the meta object for the attribute '{@link org.crmgap.model.MeasurementWave#getPeriod <em>Period</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Period</em>'.
	 * @see org.crmgap.model.MeasurementWave#getPeriod()
	 * @see #getMeasurementWave()
	 * @generated
	 */
	EAttribute getMeasurementWave_Period();

	/**
	 * Returns the meta object for class '{@link org.crmgap.model.PlannedAction <em>Planned Action</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Planned Action</em>'.
	 * @see org.crmgap.model.PlannedAction
	 * @generated
	 */
	EClass getPlannedAction();

	/**
	 * Returns the meta object for the reference '{@link org.crmgap.model.PlannedAction#getGap <em>Gap</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Gap</em>'.
	 * @see org.crmgap.model.PlannedAction#getGap()
	 * @see #getPlannedAction()
	 * @generated
	 */
	EReference getPlannedAction_Gap();

	/**
	 * Returns the meta object for the reference '{@link org.crmgap.model.PlannedAction#getAction <em>Action</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Action</em>'.
	 * @see org.crmgap.model.PlannedAction#getAction()
	 * @see #getPlannedAction()
	 * @generated
	 */
	EReference getPlannedAction_Action();

	/**
	 * Returns the meta object for the reference '{@link org.crmgap.model.PlannedAction#getOwner <em>Owner</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Owner</em>'.
	 * @see org.crmgap.model.PlannedAction#getOwner()
	 * @see #getPlannedAction()
	 * @generated
	 */
	EReference getPlannedAction_Owner();

	/**
	 * Returns the meta object for the attribute '{@link org.crmgap.model.PlannedAction#getStartDate <em>Start Date</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Start Date</em>'.
	 * @see org.crmgap.model.PlannedAction#getStartDate()
	 * @see #getPlannedAction()
	 * @generated
	 */
	EAttribute getPlannedAction_StartDate();

	/**
	 * Returns the meta object for the attribute '{@link org.crmgap.model.PlannedAction#getDueDate <em>Due Date</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Due Date</em>'.
	 * @see org.crmgap.model.PlannedAction#getDueDate()
	 * @see #getPlannedAction()
	 * @generated
	 */
	EAttribute getPlannedAction_DueDate();

	/**
	 * Returns the meta object for the attribute '{@link org.crmgap.model.PlannedAction#getStatus <em>Status</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Status</em>'.
	 * @see org.crmgap.model.PlannedAction#getStatus()
	 * @see #getPlannedAction()
	 * @generated
	 */
	EAttribute getPlannedAction_Status();

	/**
	 * Returns the meta object for the attribute '{@link org.crmgap.model.PlannedAction#getTargetValue <em>Target Value</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Target Value</em>'.
	 * @see org.crmgap.model.PlannedAction#getTargetValue()
	 * @see #getPlannedAction()
	 * @generated
	 */
	EAttribute getPlannedAction_TargetValue();

	/**
	 * Returns the meta object for the reference '{@link org.crmgap.model.PlannedAction#getTargetWave <em>Target Wave</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Target Wave</em>'.
	 * @see org.crmgap.model.PlannedAction#getTargetWave()
	 * @see #getPlannedAction()
	 * @generated
	 */
	EReference getPlannedAction_TargetWave();

	/**
	 * Returns the meta object for enum '{@link org.crmgap.model.RelationshipStage <em>Relationship Stage</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Relationship Stage</em>'.
	 * @see org.crmgap.model.RelationshipStage
	 * @generated
	 */
	EEnum getRelationshipStage();

	/**
	 * Returns the meta object for enum '{@link org.crmgap.model.BondLevel <em>Bond Level</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Bond Level</em>'.
	 * @see org.crmgap.model.BondLevel
	 * @generated
	 */
	EEnum getBondLevel();

	/**
	 * Returns the meta object for enum '{@link org.crmgap.model.UnitKind <em>Unit Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Unit Kind</em>'.
	 * @see org.crmgap.model.UnitKind
	 * @generated
	 */
	EEnum getUnitKind();

	/**
	 * Returns the meta object for enum '{@link org.crmgap.model.ComponentKind <em>Component Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Component Kind</em>'.
	 * @see org.crmgap.model.ComponentKind
	 * @generated
	 */
	EEnum getComponentKind();

	/**
	 * Returns the meta object for enum '{@link org.crmgap.model.InteractionChannel <em>Interaction Channel</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Interaction Channel</em>'.
	 * @see org.crmgap.model.InteractionChannel
	 * @generated
	 */
	EEnum getInteractionChannel();

	/**
	 * Returns the meta object for enum '{@link org.crmgap.model.CommunicationChannel <em>Communication Channel</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Communication Channel</em>'.
	 * @see org.crmgap.model.CommunicationChannel
	 * @generated
	 */
	EEnum getCommunicationChannel();

	/**
	 * Returns the meta object for enum '{@link org.crmgap.model.Direction <em>Direction</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Direction</em>'.
	 * @see org.crmgap.model.Direction
	 * @generated
	 */
	EEnum getDirection();

	/**
	 * Returns the meta object for enum '{@link org.crmgap.model.DataFormat <em>Data Format</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Data Format</em>'.
	 * @see org.crmgap.model.DataFormat
	 * @generated
	 */
	EEnum getDataFormat();

	/**
	 * Returns the meta object for enum '{@link org.crmgap.model.DataRole <em>Data Role</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Data Role</em>'.
	 * @see org.crmgap.model.DataRole
	 * @generated
	 */
	EEnum getDataRole();

	/**
	 * Returns the meta object for enum '{@link org.crmgap.model.ColumnMeaning <em>Column Meaning</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Column Meaning</em>'.
	 * @see org.crmgap.model.ColumnMeaning
	 * @generated
	 */
	EEnum getColumnMeaning();

	/**
	 * Returns the meta object for enum '{@link org.crmgap.model.SurveyItemKind <em>Survey Item Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Survey Item Kind</em>'.
	 * @see org.crmgap.model.SurveyItemKind
	 * @generated
	 */
	EEnum getSurveyItemKind();

	/**
	 * Returns the meta object for enum '{@link org.crmgap.model.GapKind <em>Gap Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Gap Kind</em>'.
	 * @see org.crmgap.model.GapKind
	 * @generated
	 */
	EEnum getGapKind();

	/**
	 * Returns the meta object for enum '{@link org.crmgap.model.DieStage <em>Die Stage</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Die Stage</em>'.
	 * @see org.crmgap.model.DieStage
	 * @generated
	 */
	EEnum getDieStage();

	/**
	 * Returns the meta object for enum '{@link org.crmgap.model.Severity <em>Severity</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Severity</em>'.
	 * @see org.crmgap.model.Severity
	 * @generated
	 */
	EEnum getSeverity();

	/**
	 * Returns the meta object for enum '{@link org.crmgap.model.ActionStatus <em>Action Status</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Action Status</em>'.
	 * @see org.crmgap.model.ActionStatus
	 * @generated
	 */
	EEnum getActionStatus();

	/**
	 * Returns the meta object for data type '{@link java.time.LocalDate <em>Local Date</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
     * <!-- begin-model-doc -->
     * A calendar day, written as ISO 8601 (2026-03-31): no time and no time zone, so files read the same everywhere.
     * <!-- end-model-doc -->
	 * @return the meta object for data type '<em>Local Date</em>'.
	 * @see java.time.LocalDate
	 * @model instanceClass="java.time.LocalDate"
	 * @generated
	 */
	EDataType getLocalDate();

	/**
	 * Returns the factory that creates the instances of the model.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the factory that creates the instances of the model.
	 * @generated
	 */
	CrmGapFactory getCrmGapFactory();

	/**
	 * <!-- begin-user-doc -->
	 * Defines literals for the meta objects that represent
	 * <ul>
	 *   <li>each class,</li>
	 *   <li>each feature of each class,</li>
	 *   <li>each operation of each class,</li>
	 *   <li>each enum,</li>
	 *   <li>and each data type</li>
	 * </ul>
	 * <!-- end-user-doc -->
	 * @generated
	 */
	interface Literals {
		/**
		 * The meta object literal for the '{@link org.crmgap.model.impl.NamedElementImpl <em>Named Element</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.crmgap.model.impl.NamedElementImpl
		 * @see org.crmgap.model.impl.CrmGapPackageImpl#getNamedElement()
		 * @generated
		 */
		EClass NAMED_ELEMENT = eINSTANCE.getNamedElement();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute NAMED_ELEMENT__NAME = eINSTANCE.getNamedElement_Name();

		/**
		 * The meta object literal for the '<em><b>Description</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute NAMED_ELEMENT__DESCRIPTION = eINSTANCE.getNamedElement_Description();

		/**
		 * The meta object literal for the '{@link org.crmgap.model.GapEndpoint <em>Gap Endpoint</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.crmgap.model.GapEndpoint
		 * @see org.crmgap.model.impl.CrmGapPackageImpl#getGapEndpoint()
		 * @generated
		 */
		EClass GAP_ENDPOINT = eINSTANCE.getGapEndpoint();

		/**
		 * The meta object literal for the '{@link org.crmgap.model.impl.DataKeyedImpl <em>Data Keyed</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.crmgap.model.impl.DataKeyedImpl
		 * @see org.crmgap.model.impl.CrmGapPackageImpl#getDataKeyed()
		 * @generated
		 */
		EClass DATA_KEYED = eINSTANCE.getDataKeyed();

		/**
		 * The meta object literal for the '<em><b>Data Key</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DATA_KEYED__DATA_KEY = eINSTANCE.getDataKeyed_DataKey();

		/**
		 * The meta object literal for the '<em><b>Effective Data Key</b></em>' operation.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EOperation DATA_KEYED___EFFECTIVE_DATA_KEY = eINSTANCE.getDataKeyed__EffectiveDataKey();

		/**
		 * The meta object literal for the '{@link org.crmgap.model.impl.GapModelImpl <em>Gap Model</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.crmgap.model.impl.GapModelImpl
		 * @see org.crmgap.model.impl.CrmGapPackageImpl#getGapModel()
		 * @generated
		 */
		EClass GAP_MODEL = eINSTANCE.getGapModel();

		/**
		 * The meta object literal for the '<em><b>Dimensions</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference GAP_MODEL__DIMENSIONS = eINSTANCE.getGapModel_Dimensions();

		/**
		 * The meta object literal for the '<em><b>Segments</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference GAP_MODEL__SEGMENTS = eINSTANCE.getGapModel_Segments();

		/**
		 * The meta object literal for the '<em><b>Management Perceptions</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference GAP_MODEL__MANAGEMENT_PERCEPTIONS = eINSTANCE.getGapModel_ManagementPerceptions();

		/**
		 * The meta object literal for the '<em><b>Organisation Units</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference GAP_MODEL__ORGANISATION_UNITS = eINSTANCE.getGapModel_OrganisationUnits();

		/**
		 * The meta object literal for the '<em><b>Service Standards</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference GAP_MODEL__SERVICE_STANDARDS = eINSTANCE.getGapModel_ServiceStandards();

		/**
		 * The meta object literal for the '<em><b>Interaction Flows</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference GAP_MODEL__INTERACTION_FLOWS = eINSTANCE.getGapModel_InteractionFlows();

		/**
		 * The meta object literal for the '<em><b>Communications</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference GAP_MODEL__COMMUNICATIONS = eINSTANCE.getGapModel_Communications();

		/**
		 * The meta object literal for the '<em><b>Survey Instruments</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference GAP_MODEL__SURVEY_INSTRUMENTS = eINSTANCE.getGapModel_SurveyInstruments();

		/**
		 * The meta object literal for the '<em><b>Data Sources</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference GAP_MODEL__DATA_SOURCES = eINSTANCE.getGapModel_DataSources();

		/**
		 * The meta object literal for the '<em><b>Gaps</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference GAP_MODEL__GAPS = eINSTANCE.getGapModel_Gaps();

		/**
		 * The meta object literal for the '<em><b>Thresholds</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference GAP_MODEL__THRESHOLDS = eINSTANCE.getGapModel_Thresholds();

		/**
		 * The meta object literal for the '<em><b>Catalogue</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference GAP_MODEL__CATALOGUE = eINSTANCE.getGapModel_Catalogue();

		/**
		 * The meta object literal for the '<em><b>Waves</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference GAP_MODEL__WAVES = eINSTANCE.getGapModel_Waves();

		/**
		 * The meta object literal for the '<em><b>Planned Actions</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference GAP_MODEL__PLANNED_ACTIONS = eINSTANCE.getGapModel_PlannedActions();

		/**
		 * The meta object literal for the '{@link org.crmgap.model.impl.ServiceDimensionImpl <em>Service Dimension</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.crmgap.model.impl.ServiceDimensionImpl
		 * @see org.crmgap.model.impl.CrmGapPackageImpl#getServiceDimension()
		 * @generated
		 */
		EClass SERVICE_DIMENSION = eINSTANCE.getServiceDimension();

		/**
		 * The meta object literal for the '{@link org.crmgap.model.impl.CustomerSegmentImpl <em>Customer Segment</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.crmgap.model.impl.CustomerSegmentImpl
		 * @see org.crmgap.model.impl.CrmGapPackageImpl#getCustomerSegment()
		 * @generated
		 */
		EClass CUSTOMER_SEGMENT = eINSTANCE.getCustomerSegment();

		/**
		 * The meta object literal for the '<em><b>Size</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CUSTOMER_SEGMENT__SIZE = eINSTANCE.getCustomerSegment_Size();

		/**
		 * The meta object literal for the '<em><b>Relationship Stage</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CUSTOMER_SEGMENT__RELATIONSHIP_STAGE = eINSTANCE.getCustomerSegment_RelationshipStage();

		/**
		 * The meta object literal for the '<em><b>Expected Bond</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CUSTOMER_SEGMENT__EXPECTED_BOND = eINSTANCE.getCustomerSegment_ExpectedBond();

		/**
		 * The meta object literal for the '<em><b>Expectations</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CUSTOMER_SEGMENT__EXPECTATIONS = eINSTANCE.getCustomerSegment_Expectations();

		/**
		 * The meta object literal for the '{@link org.crmgap.model.impl.ExpectationImpl <em>Expectation</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.crmgap.model.impl.ExpectationImpl
		 * @see org.crmgap.model.impl.CrmGapPackageImpl#getExpectation()
		 * @generated
		 */
		EClass EXPECTATION = eINSTANCE.getExpectation();

		/**
		 * The meta object literal for the '<em><b>Segment</b></em>' container reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference EXPECTATION__SEGMENT = eINSTANCE.getExpectation_Segment();

		/**
		 * The meta object literal for the '<em><b>Dimension</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference EXPECTATION__DIMENSION = eINSTANCE.getExpectation_Dimension();

		/**
		 * The meta object literal for the '<em><b>Importance</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute EXPECTATION__IMPORTANCE = eINSTANCE.getExpectation_Importance();

		/**
		 * The meta object literal for the '<em><b>Desired Level</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute EXPECTATION__DESIRED_LEVEL = eINSTANCE.getExpectation_DesiredLevel();

		/**
		 * The meta object literal for the '<em><b>Adequate Level</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute EXPECTATION__ADEQUATE_LEVEL = eINSTANCE.getExpectation_AdequateLevel();

		/**
		 * The meta object literal for the '<em><b>Expected Value</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute EXPECTATION__EXPECTED_VALUE = eINSTANCE.getExpectation_ExpectedValue();

		/**
		 * The meta object literal for the '<em><b>Unit</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute EXPECTATION__UNIT = eINSTANCE.getExpectation_Unit();

		/**
		 * The meta object literal for the '<em><b>Survey Items</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference EXPECTATION__SURVEY_ITEMS = eINSTANCE.getExpectation_SurveyItems();

		/**
		 * The meta object literal for the '<em><b>Addressed By</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference EXPECTATION__ADDRESSED_BY = eINSTANCE.getExpectation_AddressedBy();

		/**
		 * The meta object literal for the '{@link org.crmgap.model.impl.ManagementPerceptionImpl <em>Management Perception</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.crmgap.model.impl.ManagementPerceptionImpl
		 * @see org.crmgap.model.impl.CrmGapPackageImpl#getManagementPerception()
		 * @generated
		 */
		EClass MANAGEMENT_PERCEPTION = eINSTANCE.getManagementPerception();

		/**
		 * The meta object literal for the '<em><b>Expectation</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference MANAGEMENT_PERCEPTION__EXPECTATION = eINSTANCE.getManagementPerception_Expectation();

		/**
		 * The meta object literal for the '<em><b>Estimated Level</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MANAGEMENT_PERCEPTION__ESTIMATED_LEVEL = eINSTANCE.getManagementPerception_EstimatedLevel();

		/**
		 * The meta object literal for the '<em><b>Held By</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference MANAGEMENT_PERCEPTION__HELD_BY = eINSTANCE.getManagementPerception_HeldBy();

		/**
		 * The meta object literal for the '<em><b>Source</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference MANAGEMENT_PERCEPTION__SOURCE = eINSTANCE.getManagementPerception_Source();

		/**
		 * The meta object literal for the '{@link org.crmgap.model.impl.OrganisationUnitImpl <em>Organisation Unit</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.crmgap.model.impl.OrganisationUnitImpl
		 * @see org.crmgap.model.impl.CrmGapPackageImpl#getOrganisationUnit()
		 * @generated
		 */
		EClass ORGANISATION_UNIT = eINSTANCE.getOrganisationUnit();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ORGANISATION_UNIT__KIND = eINSTANCE.getOrganisationUnit_Kind();

		/**
		 * The meta object literal for the '<em><b>Parent Unit</b></em>' container reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ORGANISATION_UNIT__PARENT_UNIT = eINSTANCE.getOrganisationUnit_ParentUnit();

		/**
		 * The meta object literal for the '<em><b>Sub Units</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ORGANISATION_UNIT__SUB_UNITS = eINSTANCE.getOrganisationUnit_SubUnits();

		/**
		 * The meta object literal for the '<em><b>Components</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ORGANISATION_UNIT__COMPONENTS = eINSTANCE.getOrganisationUnit_Components();

		/**
		 * The meta object literal for the '<em><b>Owned Standards</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ORGANISATION_UNIT__OWNED_STANDARDS = eINSTANCE.getOrganisationUnit_OwnedStandards();

		/**
		 * The meta object literal for the '<em><b>Performed Flows</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ORGANISATION_UNIT__PERFORMED_FLOWS = eINSTANCE.getOrganisationUnit_PerformedFlows();

		/**
		 * The meta object literal for the '{@link org.crmgap.model.impl.CrmComponentImpl <em>Crm Component</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.crmgap.model.impl.CrmComponentImpl
		 * @see org.crmgap.model.impl.CrmGapPackageImpl#getCrmComponent()
		 * @generated
		 */
		EClass CRM_COMPONENT = eINSTANCE.getCrmComponent();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CRM_COMPONENT__KIND = eINSTANCE.getCrmComponent_Kind();

		/**
		 * The meta object literal for the '<em><b>Required Level</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CRM_COMPONENT__REQUIRED_LEVEL = eINSTANCE.getCrmComponent_RequiredLevel();

		/**
		 * The meta object literal for the '<em><b>Assessed Level</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CRM_COMPONENT__ASSESSED_LEVEL = eINSTANCE.getCrmComponent_AssessedLevel();

		/**
		 * The meta object literal for the '<em><b>Owner Unit</b></em>' container reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CRM_COMPONENT__OWNER_UNIT = eINSTANCE.getCrmComponent_OwnerUnit();

		/**
		 * The meta object literal for the '<em><b>Shortfall</b></em>' operation.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EOperation CRM_COMPONENT___SHORTFALL = eINSTANCE.getCrmComponent__Shortfall();

		/**
		 * The meta object literal for the '{@link org.crmgap.model.impl.InteractionFlowImpl <em>Interaction Flow</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.crmgap.model.impl.InteractionFlowImpl
		 * @see org.crmgap.model.impl.CrmGapPackageImpl#getInteractionFlow()
		 * @generated
		 */
		EClass INTERACTION_FLOW = eINSTANCE.getInteractionFlow();

		/**
		 * The meta object literal for the '<em><b>Channel</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INTERACTION_FLOW__CHANNEL = eINSTANCE.getInteractionFlow_Channel();

		/**
		 * The meta object literal for the '<em><b>Bond</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INTERACTION_FLOW__BOND = eINSTANCE.getInteractionFlow_Bond();

		/**
		 * The meta object literal for the '<em><b>Performer</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference INTERACTION_FLOW__PERFORMER = eINSTANCE.getInteractionFlow_Performer();

		/**
		 * The meta object literal for the '<em><b>Served Segments</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference INTERACTION_FLOW__SERVED_SEGMENTS = eINSTANCE.getInteractionFlow_ServedSegments();

		/**
		 * The meta object literal for the '<em><b>Realised Standards</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference INTERACTION_FLOW__REALISED_STANDARDS = eINSTANCE.getInteractionFlow_RealisedStandards();

		/**
		 * The meta object literal for the '{@link org.crmgap.model.impl.ServiceStandardImpl <em>Service Standard</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.crmgap.model.impl.ServiceStandardImpl
		 * @see org.crmgap.model.impl.CrmGapPackageImpl#getServiceStandard()
		 * @generated
		 */
		EClass SERVICE_STANDARD = eINSTANCE.getServiceStandard();

		/**
		 * The meta object literal for the '<em><b>Metric</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SERVICE_STANDARD__METRIC = eINSTANCE.getServiceStandard_Metric();

		/**
		 * The meta object literal for the '<em><b>Target</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SERVICE_STANDARD__TARGET = eINSTANCE.getServiceStandard_Target();

		/**
		 * The meta object literal for the '<em><b>Unit</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SERVICE_STANDARD__UNIT = eINSTANCE.getServiceStandard_Unit();

		/**
		 * The meta object literal for the '<em><b>Direction</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SERVICE_STANDARD__DIRECTION = eINSTANCE.getServiceStandard_Direction();

		/**
		 * The meta object literal for the '<em><b>Tolerance</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SERVICE_STANDARD__TOLERANCE = eINSTANCE.getServiceStandard_Tolerance();

		/**
		 * The meta object literal for the '<em><b>Addresses</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SERVICE_STANDARD__ADDRESSES = eINSTANCE.getServiceStandard_Addresses();

		/**
		 * The meta object literal for the '<em><b>Owner Unit</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SERVICE_STANDARD__OWNER_UNIT = eINSTANCE.getServiceStandard_OwnerUnit();

		/**
		 * The meta object literal for the '<em><b>Realising Flows</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SERVICE_STANDARD__REALISING_FLOWS = eINSTANCE.getServiceStandard_RealisingFlows();

		/**
		 * The meta object literal for the '<em><b>Promises</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SERVICE_STANDARD__PROMISES = eINSTANCE.getServiceStandard_Promises();

		/**
		 * The meta object literal for the '<em><b>Is Met</b></em>' operation.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EOperation SERVICE_STANDARD___IS_MET__DOUBLE = eINSTANCE.getServiceStandard__IsMet__double();

		/**
		 * The meta object literal for the '<em><b>Shortfall</b></em>' operation.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EOperation SERVICE_STANDARD___SHORTFALL__DOUBLE = eINSTANCE.getServiceStandard__Shortfall__double();

		/**
		 * The meta object literal for the '{@link org.crmgap.model.impl.CommunicationImpl <em>Communication</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.crmgap.model.impl.CommunicationImpl
		 * @see org.crmgap.model.impl.CrmGapPackageImpl#getCommunication()
		 * @generated
		 */
		EClass COMMUNICATION = eINSTANCE.getCommunication();

		/**
		 * The meta object literal for the '<em><b>Channel</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute COMMUNICATION__CHANNEL = eINSTANCE.getCommunication_Channel();

		/**
		 * The meta object literal for the '<em><b>Audience</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference COMMUNICATION__AUDIENCE = eINSTANCE.getCommunication_Audience();

		/**
		 * The meta object literal for the '<em><b>Issuer</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference COMMUNICATION__ISSUER = eINSTANCE.getCommunication_Issuer();

		/**
		 * The meta object literal for the '<em><b>Promises</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference COMMUNICATION__PROMISES = eINSTANCE.getCommunication_Promises();

		/**
		 * The meta object literal for the '{@link org.crmgap.model.impl.PromiseImpl <em>Promise</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.crmgap.model.impl.PromiseImpl
		 * @see org.crmgap.model.impl.CrmGapPackageImpl#getPromise()
		 * @generated
		 */
		EClass PROMISE = eINSTANCE.getPromise();

		/**
		 * The meta object literal for the '<em><b>Promised Level</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PROMISE__PROMISED_LEVEL = eINSTANCE.getPromise_PromisedLevel();

		/**
		 * The meta object literal for the '<em><b>Communication</b></em>' container reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PROMISE__COMMUNICATION = eINSTANCE.getPromise_Communication();

		/**
		 * The meta object literal for the '<em><b>Standard</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PROMISE__STANDARD = eINSTANCE.getPromise_Standard();

		/**
		 * The meta object literal for the '{@link org.crmgap.model.impl.SurveyInstrumentImpl <em>Survey Instrument</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.crmgap.model.impl.SurveyInstrumentImpl
		 * @see org.crmgap.model.impl.CrmGapPackageImpl#getSurveyInstrument()
		 * @generated
		 */
		EClass SURVEY_INSTRUMENT = eINSTANCE.getSurveyInstrument();

		/**
		 * The meta object literal for the '<em><b>Scale Min</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SURVEY_INSTRUMENT__SCALE_MIN = eINSTANCE.getSurveyInstrument_ScaleMin();

		/**
		 * The meta object literal for the '<em><b>Scale Max</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SURVEY_INSTRUMENT__SCALE_MAX = eINSTANCE.getSurveyInstrument_ScaleMax();

		/**
		 * The meta object literal for the '<em><b>Continuous Scale</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SURVEY_INSTRUMENT__CONTINUOUS_SCALE = eINSTANCE.getSurveyInstrument_ContinuousScale();

		/**
		 * The meta object literal for the '<em><b>Items</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SURVEY_INSTRUMENT__ITEMS = eINSTANCE.getSurveyInstrument_Items();

		/**
		 * The meta object literal for the '{@link org.crmgap.model.impl.SurveyItemImpl <em>Survey Item</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.crmgap.model.impl.SurveyItemImpl
		 * @see org.crmgap.model.impl.CrmGapPackageImpl#getSurveyItem()
		 * @generated
		 */
		EClass SURVEY_ITEM = eINSTANCE.getSurveyItem();

		/**
		 * The meta object literal for the '<em><b>Number</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SURVEY_ITEM__NUMBER = eINSTANCE.getSurveyItem_Number();

		/**
		 * The meta object literal for the '<em><b>Text</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SURVEY_ITEM__TEXT = eINSTANCE.getSurveyItem_Text();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SURVEY_ITEM__KIND = eINSTANCE.getSurveyItem_Kind();

		/**
		 * The meta object literal for the '<em><b>Dimension</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SURVEY_ITEM__DIMENSION = eINSTANCE.getSurveyItem_Dimension();

		/**
		 * The meta object literal for the '<em><b>Expectation Column</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SURVEY_ITEM__EXPECTATION_COLUMN = eINSTANCE.getSurveyItem_ExpectationColumn();

		/**
		 * The meta object literal for the '<em><b>Perception Column</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SURVEY_ITEM__PERCEPTION_COLUMN = eINSTANCE.getSurveyItem_PerceptionColumn();

		/**
		 * The meta object literal for the '<em><b>Desired Column</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SURVEY_ITEM__DESIRED_COLUMN = eINSTANCE.getSurveyItem_DesiredColumn();

		/**
		 * The meta object literal for the '<em><b>Adequate Column</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SURVEY_ITEM__ADEQUATE_COLUMN = eINSTANCE.getSurveyItem_AdequateColumn();

		/**
		 * The meta object literal for the '<em><b>Manager Column</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SURVEY_ITEM__MANAGER_COLUMN = eINSTANCE.getSurveyItem_ManagerColumn();

		/**
		 * The meta object literal for the '<em><b>Instrument</b></em>' container reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SURVEY_ITEM__INSTRUMENT = eINSTANCE.getSurveyItem_Instrument();

		/**
		 * The meta object literal for the '<em><b>Measured Expectations</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SURVEY_ITEM__MEASURED_EXPECTATIONS = eINSTANCE.getSurveyItem_MeasuredExpectations();

		/**
		 * The meta object literal for the '{@link org.crmgap.model.impl.DataSourceImpl <em>Data Source</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.crmgap.model.impl.DataSourceImpl
		 * @see org.crmgap.model.impl.CrmGapPackageImpl#getDataSource()
		 * @generated
		 */
		EClass DATA_SOURCE = eINSTANCE.getDataSource();

		/**
		 * The meta object literal for the '<em><b>Location</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DATA_SOURCE__LOCATION = eINSTANCE.getDataSource_Location();

		/**
		 * The meta object literal for the '<em><b>Format</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DATA_SOURCE__FORMAT = eINSTANCE.getDataSource_Format();

		/**
		 * The meta object literal for the '<em><b>Role</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DATA_SOURCE__ROLE = eINSTANCE.getDataSource_Role();

		/**
		 * The meta object literal for the '<em><b>Delimiter</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DATA_SOURCE__DELIMITER = eINSTANCE.getDataSource_Delimiter();

		/**
		 * The meta object literal for the '<em><b>Encoding</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DATA_SOURCE__ENCODING = eINSTANCE.getDataSource_Encoding();

		/**
		 * The meta object literal for the '<em><b>Sheet</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DATA_SOURCE__SHEET = eINSTANCE.getDataSource_Sheet();

		/**
		 * The meta object literal for the '<em><b>Query</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DATA_SOURCE__QUERY = eINSTANCE.getDataSource_Query();

		/**
		 * The meta object literal for the '<em><b>Instrument</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference DATA_SOURCE__INSTRUMENT = eINSTANCE.getDataSource_Instrument();

		/**
		 * The meta object literal for the '<em><b>Column Mappings</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference DATA_SOURCE__COLUMN_MAPPINGS = eINSTANCE.getDataSource_ColumnMappings();

		/**
		 * The meta object literal for the '<em><b>Wave</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference DATA_SOURCE__WAVE = eINSTANCE.getDataSource_Wave();

		/**
		 * The meta object literal for the '<em><b>Answer Labels</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference DATA_SOURCE__ANSWER_LABELS = eINSTANCE.getDataSource_AnswerLabels();

		/**
		 * The meta object literal for the '{@link org.crmgap.model.impl.AnswerLabelImpl <em>Answer Label</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.crmgap.model.impl.AnswerLabelImpl
		 * @see org.crmgap.model.impl.CrmGapPackageImpl#getAnswerLabel()
		 * @generated
		 */
		EClass ANSWER_LABEL = eINSTANCE.getAnswerLabel();

		/**
		 * The meta object literal for the '<em><b>Text</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ANSWER_LABEL__TEXT = eINSTANCE.getAnswerLabel_Text();

		/**
		 * The meta object literal for the '<em><b>Value</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ANSWER_LABEL__VALUE = eINSTANCE.getAnswerLabel_Value();

		/**
		 * The meta object literal for the '{@link org.crmgap.model.impl.ColumnMappingImpl <em>Column Mapping</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.crmgap.model.impl.ColumnMappingImpl
		 * @see org.crmgap.model.impl.CrmGapPackageImpl#getColumnMapping()
		 * @generated
		 */
		EClass COLUMN_MAPPING = eINSTANCE.getColumnMapping();

		/**
		 * The meta object literal for the '<em><b>Column</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute COLUMN_MAPPING__COLUMN = eINSTANCE.getColumnMapping_Column();

		/**
		 * The meta object literal for the '<em><b>Meaning</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute COLUMN_MAPPING__MEANING = eINSTANCE.getColumnMapping_Meaning();

		/**
		 * The meta object literal for the '<em><b>Dimension</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference COLUMN_MAPPING__DIMENSION = eINSTANCE.getColumnMapping_Dimension();

		/**
		 * The meta object literal for the '{@link org.crmgap.model.impl.GapImpl <em>Gap</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.crmgap.model.impl.GapImpl
		 * @see org.crmgap.model.impl.CrmGapPackageImpl#getGap()
		 * @generated
		 */
		EClass GAP = eINSTANCE.getGap();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute GAP__KIND = eINSTANCE.getGap_Kind();

		/**
		 * The meta object literal for the '<em><b>Stage</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute GAP__STAGE = eINSTANCE.getGap_Stage();

		/**
		 * The meta object literal for the '<em><b>Reference</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference GAP__REFERENCE = eINSTANCE.getGap_Reference();

		/**
		 * The meta object literal for the '<em><b>Actual</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference GAP__ACTUAL = eINSTANCE.getGap_Actual();

		/**
		 * The meta object literal for the '<em><b>Segment</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference GAP__SEGMENT = eINSTANCE.getGap_Segment();

		/**
		 * The meta object literal for the '<em><b>Threshold</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference GAP__THRESHOLD = eINSTANCE.getGap_Threshold();

		/**
		 * The meta object literal for the '<em><b>Causes</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference GAP__CAUSES = eINSTANCE.getGap_Causes();

		/**
		 * The meta object literal for the '<em><b>Actions</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference GAP__ACTIONS = eINSTANCE.getGap_Actions();

		/**
		 * The meta object literal for the '<em><b>Snapshots</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference GAP__SNAPSHOTS = eINSTANCE.getGap_Snapshots();

		/**
		 * The meta object literal for the '{@link org.crmgap.model.impl.SeverityThresholdImpl <em>Severity Threshold</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.crmgap.model.impl.SeverityThresholdImpl
		 * @see org.crmgap.model.impl.CrmGapPackageImpl#getSeverityThreshold()
		 * @generated
		 */
		EClass SEVERITY_THRESHOLD = eINSTANCE.getSeverityThreshold();

		/**
		 * The meta object literal for the '<em><b>Gap Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SEVERITY_THRESHOLD__GAP_KIND = eINSTANCE.getSeverityThreshold_GapKind();

		/**
		 * The meta object literal for the '<em><b>Warning Level</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SEVERITY_THRESHOLD__WARNING_LEVEL = eINSTANCE.getSeverityThreshold_WarningLevel();

		/**
		 * The meta object literal for the '<em><b>Error Level</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SEVERITY_THRESHOLD__ERROR_LEVEL = eINSTANCE.getSeverityThreshold_ErrorLevel();

		/**
		 * The meta object literal for the '<em><b>Significance Level</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SEVERITY_THRESHOLD__SIGNIFICANCE_LEVEL = eINSTANCE.getSeverityThreshold_SignificanceLevel();

		/**
		 * The meta object literal for the '{@link org.crmgap.model.impl.IndicatorSnapshotImpl <em>Indicator Snapshot</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.crmgap.model.impl.IndicatorSnapshotImpl
		 * @see org.crmgap.model.impl.CrmGapPackageImpl#getIndicatorSnapshot()
		 * @generated
		 */
		EClass INDICATOR_SNAPSHOT = eINSTANCE.getIndicatorSnapshot();

		/**
		 * The meta object literal for the '<em><b>Indicator</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INDICATOR_SNAPSHOT__INDICATOR = eINSTANCE.getIndicatorSnapshot_Indicator();

		/**
		 * The meta object literal for the '<em><b>Value</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INDICATOR_SNAPSHOT__VALUE = eINSTANCE.getIndicatorSnapshot_Value();

		/**
		 * The meta object literal for the '<em><b>N</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INDICATOR_SNAPSHOT__N = eINSTANCE.getIndicatorSnapshot_N();

		/**
		 * The meta object literal for the '<em><b>Severity</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INDICATOR_SNAPSHOT__SEVERITY = eINSTANCE.getIndicatorSnapshot_Severity();

		/**
		 * The meta object literal for the '<em><b>Computed At</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INDICATOR_SNAPSHOT__COMPUTED_AT = eINSTANCE.getIndicatorSnapshot_ComputedAt();

		/**
		 * The meta object literal for the '<em><b>Data Fingerprint</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INDICATOR_SNAPSHOT__DATA_FINGERPRINT = eINSTANCE.getIndicatorSnapshot_DataFingerprint();

		/**
		 * The meta object literal for the '{@link org.crmgap.model.impl.CatalogueImpl <em>Catalogue</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.crmgap.model.impl.CatalogueImpl
		 * @see org.crmgap.model.impl.CrmGapPackageImpl#getCatalogue()
		 * @generated
		 */
		EClass CATALOGUE = eINSTANCE.getCatalogue();

		/**
		 * The meta object literal for the '<em><b>Causes</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CATALOGUE__CAUSES = eINSTANCE.getCatalogue_Causes();

		/**
		 * The meta object literal for the '<em><b>Actions</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CATALOGUE__ACTIONS = eINSTANCE.getCatalogue_Actions();

		/**
		 * The meta object literal for the '{@link org.crmgap.model.impl.GapCauseImpl <em>Gap Cause</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.crmgap.model.impl.GapCauseImpl
		 * @see org.crmgap.model.impl.CrmGapPackageImpl#getGapCause()
		 * @generated
		 */
		EClass GAP_CAUSE = eINSTANCE.getGapCause();

		/**
		 * The meta object literal for the '<em><b>Gap Kinds</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute GAP_CAUSE__GAP_KINDS = eINSTANCE.getGapCause_GapKinds();

		/**
		 * The meta object literal for the '<em><b>Recommended Actions</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference GAP_CAUSE__RECOMMENDED_ACTIONS = eINSTANCE.getGapCause_RecommendedActions();

		/**
		 * The meta object literal for the '{@link org.crmgap.model.impl.RecoveryActionImpl <em>Recovery Action</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.crmgap.model.impl.RecoveryActionImpl
		 * @see org.crmgap.model.impl.CrmGapPackageImpl#getRecoveryAction()
		 * @generated
		 */
		EClass RECOVERY_ACTION = eINSTANCE.getRecoveryAction();

		/**
		 * The meta object literal for the '<em><b>Stage</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RECOVERY_ACTION__STAGE = eINSTANCE.getRecoveryAction_Stage();

		/**
		 * The meta object literal for the '{@link org.crmgap.model.impl.MeasurementWaveImpl <em>Measurement Wave</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.crmgap.model.impl.MeasurementWaveImpl
		 * @see org.crmgap.model.impl.CrmGapPackageImpl#getMeasurementWave()
		 * @generated
		 */
		EClass MEASUREMENT_WAVE = eINSTANCE.getMeasurementWave();

		/**
		 * The meta object literal for the '<em><b>Order</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MEASUREMENT_WAVE__ORDER = eINSTANCE.getMeasurementWave_Order();

		/**
		 * The meta object literal for the '<em><b>Date</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MEASUREMENT_WAVE__DATE = eINSTANCE.getMeasurementWave_Date();

		/**
		 * The meta object literal for the '<em><b>Period</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MEASUREMENT_WAVE__PERIOD = eINSTANCE.getMeasurementWave_Period();

		/**
		 * The meta object literal for the '{@link org.crmgap.model.impl.PlannedActionImpl <em>Planned Action</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.crmgap.model.impl.PlannedActionImpl
		 * @see org.crmgap.model.impl.CrmGapPackageImpl#getPlannedAction()
		 * @generated
		 */
		EClass PLANNED_ACTION = eINSTANCE.getPlannedAction();

		/**
		 * The meta object literal for the '<em><b>Gap</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PLANNED_ACTION__GAP = eINSTANCE.getPlannedAction_Gap();

		/**
		 * The meta object literal for the '<em><b>Action</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PLANNED_ACTION__ACTION = eINSTANCE.getPlannedAction_Action();

		/**
		 * The meta object literal for the '<em><b>Owner</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PLANNED_ACTION__OWNER = eINSTANCE.getPlannedAction_Owner();

		/**
		 * The meta object literal for the '<em><b>Start Date</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PLANNED_ACTION__START_DATE = eINSTANCE.getPlannedAction_StartDate();

		/**
		 * The meta object literal for the '<em><b>Due Date</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PLANNED_ACTION__DUE_DATE = eINSTANCE.getPlannedAction_DueDate();

		/**
		 * The meta object literal for the '<em><b>Status</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PLANNED_ACTION__STATUS = eINSTANCE.getPlannedAction_Status();

		/**
		 * The meta object literal for the '<em><b>Target Value</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PLANNED_ACTION__TARGET_VALUE = eINSTANCE.getPlannedAction_TargetValue();

		/**
		 * The meta object literal for the '<em><b>Target Wave</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PLANNED_ACTION__TARGET_WAVE = eINSTANCE.getPlannedAction_TargetWave();

		/**
		 * The meta object literal for the '{@link org.crmgap.model.RelationshipStage <em>Relationship Stage</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.crmgap.model.RelationshipStage
		 * @see org.crmgap.model.impl.CrmGapPackageImpl#getRelationshipStage()
		 * @generated
		 */
		EEnum RELATIONSHIP_STAGE = eINSTANCE.getRelationshipStage();

		/**
		 * The meta object literal for the '{@link org.crmgap.model.BondLevel <em>Bond Level</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.crmgap.model.BondLevel
		 * @see org.crmgap.model.impl.CrmGapPackageImpl#getBondLevel()
		 * @generated
		 */
		EEnum BOND_LEVEL = eINSTANCE.getBondLevel();

		/**
		 * The meta object literal for the '{@link org.crmgap.model.UnitKind <em>Unit Kind</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.crmgap.model.UnitKind
		 * @see org.crmgap.model.impl.CrmGapPackageImpl#getUnitKind()
		 * @generated
		 */
		EEnum UNIT_KIND = eINSTANCE.getUnitKind();

		/**
		 * The meta object literal for the '{@link org.crmgap.model.ComponentKind <em>Component Kind</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.crmgap.model.ComponentKind
		 * @see org.crmgap.model.impl.CrmGapPackageImpl#getComponentKind()
		 * @generated
		 */
		EEnum COMPONENT_KIND = eINSTANCE.getComponentKind();

		/**
		 * The meta object literal for the '{@link org.crmgap.model.InteractionChannel <em>Interaction Channel</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.crmgap.model.InteractionChannel
		 * @see org.crmgap.model.impl.CrmGapPackageImpl#getInteractionChannel()
		 * @generated
		 */
		EEnum INTERACTION_CHANNEL = eINSTANCE.getInteractionChannel();

		/**
		 * The meta object literal for the '{@link org.crmgap.model.CommunicationChannel <em>Communication Channel</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.crmgap.model.CommunicationChannel
		 * @see org.crmgap.model.impl.CrmGapPackageImpl#getCommunicationChannel()
		 * @generated
		 */
		EEnum COMMUNICATION_CHANNEL = eINSTANCE.getCommunicationChannel();

		/**
		 * The meta object literal for the '{@link org.crmgap.model.Direction <em>Direction</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.crmgap.model.Direction
		 * @see org.crmgap.model.impl.CrmGapPackageImpl#getDirection()
		 * @generated
		 */
		EEnum DIRECTION = eINSTANCE.getDirection();

		/**
		 * The meta object literal for the '{@link org.crmgap.model.DataFormat <em>Data Format</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.crmgap.model.DataFormat
		 * @see org.crmgap.model.impl.CrmGapPackageImpl#getDataFormat()
		 * @generated
		 */
		EEnum DATA_FORMAT = eINSTANCE.getDataFormat();

		/**
		 * The meta object literal for the '{@link org.crmgap.model.DataRole <em>Data Role</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.crmgap.model.DataRole
		 * @see org.crmgap.model.impl.CrmGapPackageImpl#getDataRole()
		 * @generated
		 */
		EEnum DATA_ROLE = eINSTANCE.getDataRole();

		/**
		 * The meta object literal for the '{@link org.crmgap.model.ColumnMeaning <em>Column Meaning</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.crmgap.model.ColumnMeaning
		 * @see org.crmgap.model.impl.CrmGapPackageImpl#getColumnMeaning()
		 * @generated
		 */
		EEnum COLUMN_MEANING = eINSTANCE.getColumnMeaning();

		/**
		 * The meta object literal for the '{@link org.crmgap.model.SurveyItemKind <em>Survey Item Kind</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.crmgap.model.SurveyItemKind
		 * @see org.crmgap.model.impl.CrmGapPackageImpl#getSurveyItemKind()
		 * @generated
		 */
		EEnum SURVEY_ITEM_KIND = eINSTANCE.getSurveyItemKind();

		/**
		 * The meta object literal for the '{@link org.crmgap.model.GapKind <em>Gap Kind</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.crmgap.model.GapKind
		 * @see org.crmgap.model.impl.CrmGapPackageImpl#getGapKind()
		 * @generated
		 */
		EEnum GAP_KIND = eINSTANCE.getGapKind();

		/**
		 * The meta object literal for the '{@link org.crmgap.model.DieStage <em>Die Stage</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.crmgap.model.DieStage
		 * @see org.crmgap.model.impl.CrmGapPackageImpl#getDieStage()
		 * @generated
		 */
		EEnum DIE_STAGE = eINSTANCE.getDieStage();

		/**
		 * The meta object literal for the '{@link org.crmgap.model.Severity <em>Severity</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.crmgap.model.Severity
		 * @see org.crmgap.model.impl.CrmGapPackageImpl#getSeverity()
		 * @generated
		 */
		EEnum SEVERITY = eINSTANCE.getSeverity();

		/**
		 * The meta object literal for the '{@link org.crmgap.model.ActionStatus <em>Action Status</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.crmgap.model.ActionStatus
		 * @see org.crmgap.model.impl.CrmGapPackageImpl#getActionStatus()
		 * @generated
		 */
		EEnum ACTION_STATUS = eINSTANCE.getActionStatus();

		/**
		 * The meta object literal for the '<em>Local Date</em>' data type.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see java.time.LocalDate
		 * @see org.crmgap.model.impl.CrmGapPackageImpl#getLocalDate()
		 * @generated
		 */
		EDataType LOCAL_DATE = eINSTANCE.getLocalDate();

	}

} //CrmGapPackage
