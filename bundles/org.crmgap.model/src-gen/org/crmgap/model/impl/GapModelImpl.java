/**
 */
package org.crmgap.model.impl;

import java.util.Collection;

import org.crmgap.model.Catalogue;
import org.crmgap.model.Communication;
import org.crmgap.model.CrmGapPackage;
import org.crmgap.model.CustomerSegment;
import org.crmgap.model.DataSource;
import org.crmgap.model.Gap;
import org.crmgap.model.GapModel;
import org.crmgap.model.InteractionFlow;
import org.crmgap.model.ManagementPerception;
import org.crmgap.model.MeasurementWave;
import org.crmgap.model.OrganisationUnit;
import org.crmgap.model.PlannedAction;
import org.crmgap.model.ServiceDimension;
import org.crmgap.model.ServiceStandard;
import org.crmgap.model.SeverityThreshold;
import org.crmgap.model.SurveyInstrument;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.InternalEList;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Gap Model</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.crmgap.model.impl.GapModelImpl#getDimensions <em>Dimensions</em>}</li>
 *   <li>{@link org.crmgap.model.impl.GapModelImpl#getSegments <em>Segments</em>}</li>
 *   <li>{@link org.crmgap.model.impl.GapModelImpl#getManagementPerceptions <em>Management Perceptions</em>}</li>
 *   <li>{@link org.crmgap.model.impl.GapModelImpl#getOrganisationUnits <em>Organisation Units</em>}</li>
 *   <li>{@link org.crmgap.model.impl.GapModelImpl#getServiceStandards <em>Service Standards</em>}</li>
 *   <li>{@link org.crmgap.model.impl.GapModelImpl#getInteractionFlows <em>Interaction Flows</em>}</li>
 *   <li>{@link org.crmgap.model.impl.GapModelImpl#getCommunications <em>Communications</em>}</li>
 *   <li>{@link org.crmgap.model.impl.GapModelImpl#getSurveyInstruments <em>Survey Instruments</em>}</li>
 *   <li>{@link org.crmgap.model.impl.GapModelImpl#getDataSources <em>Data Sources</em>}</li>
 *   <li>{@link org.crmgap.model.impl.GapModelImpl#getGaps <em>Gaps</em>}</li>
 *   <li>{@link org.crmgap.model.impl.GapModelImpl#getThresholds <em>Thresholds</em>}</li>
 *   <li>{@link org.crmgap.model.impl.GapModelImpl#getCatalogue <em>Catalogue</em>}</li>
 *   <li>{@link org.crmgap.model.impl.GapModelImpl#getWaves <em>Waves</em>}</li>
 *   <li>{@link org.crmgap.model.impl.GapModelImpl#getPlannedActions <em>Planned Actions</em>}</li>
 * </ul>
 *
 * @generated
 */
public class GapModelImpl extends NamedElementImpl implements GapModel {
	/**
	 * The cached value of the '{@link #getDimensions() <em>Dimensions</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDimensions()
	 * @generated
	 * @ordered
	 */
	protected EList<ServiceDimension> dimensions;

	/**
	 * The cached value of the '{@link #getSegments() <em>Segments</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSegments()
	 * @generated
	 * @ordered
	 */
	protected EList<CustomerSegment> segments;

	/**
	 * The cached value of the '{@link #getManagementPerceptions() <em>Management Perceptions</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getManagementPerceptions()
	 * @generated
	 * @ordered
	 */
	protected EList<ManagementPerception> managementPerceptions;

	/**
	 * The cached value of the '{@link #getOrganisationUnits() <em>Organisation Units</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOrganisationUnits()
	 * @generated
	 * @ordered
	 */
	protected EList<OrganisationUnit> organisationUnits;

	/**
	 * The cached value of the '{@link #getServiceStandards() <em>Service Standards</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getServiceStandards()
	 * @generated
	 * @ordered
	 */
	protected EList<ServiceStandard> serviceStandards;

	/**
	 * The cached value of the '{@link #getInteractionFlows() <em>Interaction Flows</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getInteractionFlows()
	 * @generated
	 * @ordered
	 */
	protected EList<InteractionFlow> interactionFlows;

	/**
	 * The cached value of the '{@link #getCommunications() <em>Communications</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCommunications()
	 * @generated
	 * @ordered
	 */
	protected EList<Communication> communications;

	/**
	 * The cached value of the '{@link #getSurveyInstruments() <em>Survey Instruments</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSurveyInstruments()
	 * @generated
	 * @ordered
	 */
	protected EList<SurveyInstrument> surveyInstruments;

	/**
	 * The cached value of the '{@link #getDataSources() <em>Data Sources</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDataSources()
	 * @generated
	 * @ordered
	 */
	protected EList<DataSource> dataSources;

	/**
	 * The cached value of the '{@link #getGaps() <em>Gaps</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getGaps()
	 * @generated
	 * @ordered
	 */
	protected EList<Gap> gaps;

	/**
	 * The cached value of the '{@link #getThresholds() <em>Thresholds</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getThresholds()
	 * @generated
	 * @ordered
	 */
	protected EList<SeverityThreshold> thresholds;

	/**
	 * The cached value of the '{@link #getCatalogue() <em>Catalogue</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCatalogue()
	 * @generated
	 * @ordered
	 */
	protected Catalogue catalogue;

	/**
	 * The cached value of the '{@link #getWaves() <em>Waves</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getWaves()
	 * @generated
	 * @ordered
	 */
	protected EList<MeasurementWave> waves;

	/**
	 * The cached value of the '{@link #getPlannedActions() <em>Planned Actions</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPlannedActions()
	 * @generated
	 * @ordered
	 */
	protected EList<PlannedAction> plannedActions;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected GapModelImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return CrmGapPackage.Literals.GAP_MODEL;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<ServiceDimension> getDimensions() {
		if (dimensions == null) {
			dimensions = new EObjectContainmentEList<ServiceDimension>(ServiceDimension.class, this, CrmGapPackage.GAP_MODEL__DIMENSIONS);
		}
		return dimensions;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<CustomerSegment> getSegments() {
		if (segments == null) {
			segments = new EObjectContainmentEList<CustomerSegment>(CustomerSegment.class, this, CrmGapPackage.GAP_MODEL__SEGMENTS);
		}
		return segments;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<ManagementPerception> getManagementPerceptions() {
		if (managementPerceptions == null) {
			managementPerceptions = new EObjectContainmentEList<ManagementPerception>(ManagementPerception.class, this, CrmGapPackage.GAP_MODEL__MANAGEMENT_PERCEPTIONS);
		}
		return managementPerceptions;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<OrganisationUnit> getOrganisationUnits() {
		if (organisationUnits == null) {
			organisationUnits = new EObjectContainmentEList<OrganisationUnit>(OrganisationUnit.class, this, CrmGapPackage.GAP_MODEL__ORGANISATION_UNITS);
		}
		return organisationUnits;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<ServiceStandard> getServiceStandards() {
		if (serviceStandards == null) {
			serviceStandards = new EObjectContainmentEList<ServiceStandard>(ServiceStandard.class, this, CrmGapPackage.GAP_MODEL__SERVICE_STANDARDS);
		}
		return serviceStandards;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<InteractionFlow> getInteractionFlows() {
		if (interactionFlows == null) {
			interactionFlows = new EObjectContainmentEList<InteractionFlow>(InteractionFlow.class, this, CrmGapPackage.GAP_MODEL__INTERACTION_FLOWS);
		}
		return interactionFlows;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Communication> getCommunications() {
		if (communications == null) {
			communications = new EObjectContainmentEList<Communication>(Communication.class, this, CrmGapPackage.GAP_MODEL__COMMUNICATIONS);
		}
		return communications;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<SurveyInstrument> getSurveyInstruments() {
		if (surveyInstruments == null) {
			surveyInstruments = new EObjectContainmentEList<SurveyInstrument>(SurveyInstrument.class, this, CrmGapPackage.GAP_MODEL__SURVEY_INSTRUMENTS);
		}
		return surveyInstruments;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<DataSource> getDataSources() {
		if (dataSources == null) {
			dataSources = new EObjectContainmentEList<DataSource>(DataSource.class, this, CrmGapPackage.GAP_MODEL__DATA_SOURCES);
		}
		return dataSources;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Gap> getGaps() {
		if (gaps == null) {
			gaps = new EObjectContainmentEList<Gap>(Gap.class, this, CrmGapPackage.GAP_MODEL__GAPS);
		}
		return gaps;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<SeverityThreshold> getThresholds() {
		if (thresholds == null) {
			thresholds = new EObjectContainmentEList<SeverityThreshold>(SeverityThreshold.class, this, CrmGapPackage.GAP_MODEL__THRESHOLDS);
		}
		return thresholds;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Catalogue getCatalogue() {
		return catalogue;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetCatalogue(Catalogue newCatalogue, NotificationChain msgs) {
		Catalogue oldCatalogue = catalogue;
		catalogue = newCatalogue;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, CrmGapPackage.GAP_MODEL__CATALOGUE, oldCatalogue, newCatalogue);
			if (msgs == null) msgs = notification; else msgs.add(notification);
		}
		return msgs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCatalogue(Catalogue newCatalogue) {
		if (newCatalogue != catalogue) {
			NotificationChain msgs = null;
			if (catalogue != null)
				msgs = ((InternalEObject)catalogue).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - CrmGapPackage.GAP_MODEL__CATALOGUE, null, msgs);
			if (newCatalogue != null)
				msgs = ((InternalEObject)newCatalogue).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - CrmGapPackage.GAP_MODEL__CATALOGUE, null, msgs);
			msgs = basicSetCatalogue(newCatalogue, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CrmGapPackage.GAP_MODEL__CATALOGUE, newCatalogue, newCatalogue));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<MeasurementWave> getWaves() {
		if (waves == null) {
			waves = new EObjectContainmentEList<MeasurementWave>(MeasurementWave.class, this, CrmGapPackage.GAP_MODEL__WAVES);
		}
		return waves;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<PlannedAction> getPlannedActions() {
		if (plannedActions == null) {
			plannedActions = new EObjectContainmentEList<PlannedAction>(PlannedAction.class, this, CrmGapPackage.GAP_MODEL__PLANNED_ACTIONS);
		}
		return plannedActions;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case CrmGapPackage.GAP_MODEL__DIMENSIONS:
				return ((InternalEList<?>)getDimensions()).basicRemove(otherEnd, msgs);
			case CrmGapPackage.GAP_MODEL__SEGMENTS:
				return ((InternalEList<?>)getSegments()).basicRemove(otherEnd, msgs);
			case CrmGapPackage.GAP_MODEL__MANAGEMENT_PERCEPTIONS:
				return ((InternalEList<?>)getManagementPerceptions()).basicRemove(otherEnd, msgs);
			case CrmGapPackage.GAP_MODEL__ORGANISATION_UNITS:
				return ((InternalEList<?>)getOrganisationUnits()).basicRemove(otherEnd, msgs);
			case CrmGapPackage.GAP_MODEL__SERVICE_STANDARDS:
				return ((InternalEList<?>)getServiceStandards()).basicRemove(otherEnd, msgs);
			case CrmGapPackage.GAP_MODEL__INTERACTION_FLOWS:
				return ((InternalEList<?>)getInteractionFlows()).basicRemove(otherEnd, msgs);
			case CrmGapPackage.GAP_MODEL__COMMUNICATIONS:
				return ((InternalEList<?>)getCommunications()).basicRemove(otherEnd, msgs);
			case CrmGapPackage.GAP_MODEL__SURVEY_INSTRUMENTS:
				return ((InternalEList<?>)getSurveyInstruments()).basicRemove(otherEnd, msgs);
			case CrmGapPackage.GAP_MODEL__DATA_SOURCES:
				return ((InternalEList<?>)getDataSources()).basicRemove(otherEnd, msgs);
			case CrmGapPackage.GAP_MODEL__GAPS:
				return ((InternalEList<?>)getGaps()).basicRemove(otherEnd, msgs);
			case CrmGapPackage.GAP_MODEL__THRESHOLDS:
				return ((InternalEList<?>)getThresholds()).basicRemove(otherEnd, msgs);
			case CrmGapPackage.GAP_MODEL__CATALOGUE:
				return basicSetCatalogue(null, msgs);
			case CrmGapPackage.GAP_MODEL__WAVES:
				return ((InternalEList<?>)getWaves()).basicRemove(otherEnd, msgs);
			case CrmGapPackage.GAP_MODEL__PLANNED_ACTIONS:
				return ((InternalEList<?>)getPlannedActions()).basicRemove(otherEnd, msgs);
		}
		return super.eInverseRemove(otherEnd, featureID, msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case CrmGapPackage.GAP_MODEL__DIMENSIONS:
				return getDimensions();
			case CrmGapPackage.GAP_MODEL__SEGMENTS:
				return getSegments();
			case CrmGapPackage.GAP_MODEL__MANAGEMENT_PERCEPTIONS:
				return getManagementPerceptions();
			case CrmGapPackage.GAP_MODEL__ORGANISATION_UNITS:
				return getOrganisationUnits();
			case CrmGapPackage.GAP_MODEL__SERVICE_STANDARDS:
				return getServiceStandards();
			case CrmGapPackage.GAP_MODEL__INTERACTION_FLOWS:
				return getInteractionFlows();
			case CrmGapPackage.GAP_MODEL__COMMUNICATIONS:
				return getCommunications();
			case CrmGapPackage.GAP_MODEL__SURVEY_INSTRUMENTS:
				return getSurveyInstruments();
			case CrmGapPackage.GAP_MODEL__DATA_SOURCES:
				return getDataSources();
			case CrmGapPackage.GAP_MODEL__GAPS:
				return getGaps();
			case CrmGapPackage.GAP_MODEL__THRESHOLDS:
				return getThresholds();
			case CrmGapPackage.GAP_MODEL__CATALOGUE:
				return getCatalogue();
			case CrmGapPackage.GAP_MODEL__WAVES:
				return getWaves();
			case CrmGapPackage.GAP_MODEL__PLANNED_ACTIONS:
				return getPlannedActions();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@SuppressWarnings("unchecked")
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case CrmGapPackage.GAP_MODEL__DIMENSIONS:
				getDimensions().clear();
				getDimensions().addAll((Collection<? extends ServiceDimension>)newValue);
				return;
			case CrmGapPackage.GAP_MODEL__SEGMENTS:
				getSegments().clear();
				getSegments().addAll((Collection<? extends CustomerSegment>)newValue);
				return;
			case CrmGapPackage.GAP_MODEL__MANAGEMENT_PERCEPTIONS:
				getManagementPerceptions().clear();
				getManagementPerceptions().addAll((Collection<? extends ManagementPerception>)newValue);
				return;
			case CrmGapPackage.GAP_MODEL__ORGANISATION_UNITS:
				getOrganisationUnits().clear();
				getOrganisationUnits().addAll((Collection<? extends OrganisationUnit>)newValue);
				return;
			case CrmGapPackage.GAP_MODEL__SERVICE_STANDARDS:
				getServiceStandards().clear();
				getServiceStandards().addAll((Collection<? extends ServiceStandard>)newValue);
				return;
			case CrmGapPackage.GAP_MODEL__INTERACTION_FLOWS:
				getInteractionFlows().clear();
				getInteractionFlows().addAll((Collection<? extends InteractionFlow>)newValue);
				return;
			case CrmGapPackage.GAP_MODEL__COMMUNICATIONS:
				getCommunications().clear();
				getCommunications().addAll((Collection<? extends Communication>)newValue);
				return;
			case CrmGapPackage.GAP_MODEL__SURVEY_INSTRUMENTS:
				getSurveyInstruments().clear();
				getSurveyInstruments().addAll((Collection<? extends SurveyInstrument>)newValue);
				return;
			case CrmGapPackage.GAP_MODEL__DATA_SOURCES:
				getDataSources().clear();
				getDataSources().addAll((Collection<? extends DataSource>)newValue);
				return;
			case CrmGapPackage.GAP_MODEL__GAPS:
				getGaps().clear();
				getGaps().addAll((Collection<? extends Gap>)newValue);
				return;
			case CrmGapPackage.GAP_MODEL__THRESHOLDS:
				getThresholds().clear();
				getThresholds().addAll((Collection<? extends SeverityThreshold>)newValue);
				return;
			case CrmGapPackage.GAP_MODEL__CATALOGUE:
				setCatalogue((Catalogue)newValue);
				return;
			case CrmGapPackage.GAP_MODEL__WAVES:
				getWaves().clear();
				getWaves().addAll((Collection<? extends MeasurementWave>)newValue);
				return;
			case CrmGapPackage.GAP_MODEL__PLANNED_ACTIONS:
				getPlannedActions().clear();
				getPlannedActions().addAll((Collection<? extends PlannedAction>)newValue);
				return;
		}
		super.eSet(featureID, newValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eUnset(int featureID) {
		switch (featureID) {
			case CrmGapPackage.GAP_MODEL__DIMENSIONS:
				getDimensions().clear();
				return;
			case CrmGapPackage.GAP_MODEL__SEGMENTS:
				getSegments().clear();
				return;
			case CrmGapPackage.GAP_MODEL__MANAGEMENT_PERCEPTIONS:
				getManagementPerceptions().clear();
				return;
			case CrmGapPackage.GAP_MODEL__ORGANISATION_UNITS:
				getOrganisationUnits().clear();
				return;
			case CrmGapPackage.GAP_MODEL__SERVICE_STANDARDS:
				getServiceStandards().clear();
				return;
			case CrmGapPackage.GAP_MODEL__INTERACTION_FLOWS:
				getInteractionFlows().clear();
				return;
			case CrmGapPackage.GAP_MODEL__COMMUNICATIONS:
				getCommunications().clear();
				return;
			case CrmGapPackage.GAP_MODEL__SURVEY_INSTRUMENTS:
				getSurveyInstruments().clear();
				return;
			case CrmGapPackage.GAP_MODEL__DATA_SOURCES:
				getDataSources().clear();
				return;
			case CrmGapPackage.GAP_MODEL__GAPS:
				getGaps().clear();
				return;
			case CrmGapPackage.GAP_MODEL__THRESHOLDS:
				getThresholds().clear();
				return;
			case CrmGapPackage.GAP_MODEL__CATALOGUE:
				setCatalogue((Catalogue)null);
				return;
			case CrmGapPackage.GAP_MODEL__WAVES:
				getWaves().clear();
				return;
			case CrmGapPackage.GAP_MODEL__PLANNED_ACTIONS:
				getPlannedActions().clear();
				return;
		}
		super.eUnset(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean eIsSet(int featureID) {
		switch (featureID) {
			case CrmGapPackage.GAP_MODEL__DIMENSIONS:
				return dimensions != null && !dimensions.isEmpty();
			case CrmGapPackage.GAP_MODEL__SEGMENTS:
				return segments != null && !segments.isEmpty();
			case CrmGapPackage.GAP_MODEL__MANAGEMENT_PERCEPTIONS:
				return managementPerceptions != null && !managementPerceptions.isEmpty();
			case CrmGapPackage.GAP_MODEL__ORGANISATION_UNITS:
				return organisationUnits != null && !organisationUnits.isEmpty();
			case CrmGapPackage.GAP_MODEL__SERVICE_STANDARDS:
				return serviceStandards != null && !serviceStandards.isEmpty();
			case CrmGapPackage.GAP_MODEL__INTERACTION_FLOWS:
				return interactionFlows != null && !interactionFlows.isEmpty();
			case CrmGapPackage.GAP_MODEL__COMMUNICATIONS:
				return communications != null && !communications.isEmpty();
			case CrmGapPackage.GAP_MODEL__SURVEY_INSTRUMENTS:
				return surveyInstruments != null && !surveyInstruments.isEmpty();
			case CrmGapPackage.GAP_MODEL__DATA_SOURCES:
				return dataSources != null && !dataSources.isEmpty();
			case CrmGapPackage.GAP_MODEL__GAPS:
				return gaps != null && !gaps.isEmpty();
			case CrmGapPackage.GAP_MODEL__THRESHOLDS:
				return thresholds != null && !thresholds.isEmpty();
			case CrmGapPackage.GAP_MODEL__CATALOGUE:
				return catalogue != null;
			case CrmGapPackage.GAP_MODEL__WAVES:
				return waves != null && !waves.isEmpty();
			case CrmGapPackage.GAP_MODEL__PLANNED_ACTIONS:
				return plannedActions != null && !plannedActions.isEmpty();
		}
		return super.eIsSet(featureID);
	}

} //GapModelImpl
