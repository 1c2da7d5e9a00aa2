/**
 */
package org.crmgap.model.provider;


import java.util.Collection;
import java.util.List;

import org.crmgap.model.CrmGapFactory;
import org.crmgap.model.CrmGapPackage;
import org.crmgap.model.GapModel;

import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EStructuralFeature;

import org.eclipse.emf.edit.provider.IItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.ViewerNotification;

/**
 * This is the item provider adapter for a {@link org.crmgap.model.GapModel} object.
 * <!-- begin-user-doc -->
 * <!-- end-user-doc -->
 * @generated
 */
public class GapModelItemProvider extends NamedElementItemProvider {
	/**
	 * This constructs an instance from a factory and a notifier.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public GapModelItemProvider(AdapterFactory adapterFactory) {
		super(adapterFactory);
	}

	/**
	 * This returns the property descriptors for the adapted class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public List<IItemPropertyDescriptor> getPropertyDescriptors(Object object) {
		if (itemPropertyDescriptors == null) {
			super.getPropertyDescriptors(object);

		}
		return itemPropertyDescriptors;
	}

	/**
	 * This specifies how to implement {@link #getChildren} and is used to deduce an appropriate feature for an
	 * {@link org.eclipse.emf.edit.command.AddCommand}, {@link org.eclipse.emf.edit.command.RemoveCommand} or
	 * {@link org.eclipse.emf.edit.command.MoveCommand} in {@link #createCommand}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Collection<? extends EStructuralFeature> getChildrenFeatures(Object object) {
		if (childrenFeatures == null) {
			super.getChildrenFeatures(object);
			childrenFeatures.add(CrmGapPackage.Literals.GAP_MODEL__DIMENSIONS);
			childrenFeatures.add(CrmGapPackage.Literals.GAP_MODEL__SEGMENTS);
			childrenFeatures.add(CrmGapPackage.Literals.GAP_MODEL__MANAGEMENT_PERCEPTIONS);
			childrenFeatures.add(CrmGapPackage.Literals.GAP_MODEL__ORGANISATION_UNITS);
			childrenFeatures.add(CrmGapPackage.Literals.GAP_MODEL__SERVICE_STANDARDS);
			childrenFeatures.add(CrmGapPackage.Literals.GAP_MODEL__INTERACTION_FLOWS);
			childrenFeatures.add(CrmGapPackage.Literals.GAP_MODEL__COMMUNICATIONS);
			childrenFeatures.add(CrmGapPackage.Literals.GAP_MODEL__SURVEY_INSTRUMENTS);
			childrenFeatures.add(CrmGapPackage.Literals.GAP_MODEL__DATA_SOURCES);
			childrenFeatures.add(CrmGapPackage.Literals.GAP_MODEL__GAPS);
			childrenFeatures.add(CrmGapPackage.Literals.GAP_MODEL__THRESHOLDS);
			childrenFeatures.add(CrmGapPackage.Literals.GAP_MODEL__CATALOGUE);
			childrenFeatures.add(CrmGapPackage.Literals.GAP_MODEL__WAVES);
			childrenFeatures.add(CrmGapPackage.Literals.GAP_MODEL__PLANNED_ACTIONS);
		}
		return childrenFeatures;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EStructuralFeature getChildFeature(Object object, Object child) {
		// Check the type of the specified child object and return the proper feature to use for
		// adding (see {@link AddCommand}) it as a child.

		return super.getChildFeature(object, child);
	}

	/**
	 * This returns GapModel.gif.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object getImage(Object object) {
		return overlayImage(object, getResourceLocator().getImage("full/obj16/GapModel"));
	}

	/**
	 * This returns the label text for the adapted class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getText(Object object) {
		String label = ((GapModel)object).getName();
		return label == null || label.length() == 0 ?
			getString("_UI_GapModel_type") :
			getString("_UI_GapModel_type") + " " + label;
	}


	/**
	 * This handles model notifications by calling {@link #updateChildren} to update any cached
	 * children and by creating a viewer notification, which it passes to {@link #fireNotifyChanged}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void notifyChanged(Notification notification) {
		updateChildren(notification);

		switch (notification.getFeatureID(GapModel.class)) {
			case CrmGapPackage.GAP_MODEL__DIMENSIONS:
			case CrmGapPackage.GAP_MODEL__SEGMENTS:
			case CrmGapPackage.GAP_MODEL__MANAGEMENT_PERCEPTIONS:
			case CrmGapPackage.GAP_MODEL__ORGANISATION_UNITS:
			case CrmGapPackage.GAP_MODEL__SERVICE_STANDARDS:
			case CrmGapPackage.GAP_MODEL__INTERACTION_FLOWS:
			case CrmGapPackage.GAP_MODEL__COMMUNICATIONS:
			case CrmGapPackage.GAP_MODEL__SURVEY_INSTRUMENTS:
			case CrmGapPackage.GAP_MODEL__DATA_SOURCES:
			case CrmGapPackage.GAP_MODEL__GAPS:
			case CrmGapPackage.GAP_MODEL__THRESHOLDS:
			case CrmGapPackage.GAP_MODEL__CATALOGUE:
			case CrmGapPackage.GAP_MODEL__WAVES:
			case CrmGapPackage.GAP_MODEL__PLANNED_ACTIONS:
				fireNotifyChanged(new ViewerNotification(notification, notification.getNotifier(), true, false));
				return;
		}
		super.notifyChanged(notification);
	}

	/**
	 * This adds {@link org.eclipse.emf.edit.command.CommandParameter}s describing the children
	 * that can be created under this object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected void collectNewChildDescriptors(Collection<Object> newChildDescriptors, Object object) {
		super.collectNewChildDescriptors(newChildDescriptors, object);

		newChildDescriptors.add
			(createChildParameter
				(CrmGapPackage.Literals.GAP_MODEL__DIMENSIONS,
				 CrmGapFactory.eINSTANCE.createServiceDimension()));

		newChildDescriptors.add
			(createChildParameter
				(CrmGapPackage.Literals.GAP_MODEL__SEGMENTS,
				 CrmGapFactory.eINSTANCE.createCustomerSegment()));

		newChildDescriptors.add
			(createChildParameter
				(CrmGapPackage.Literals.GAP_MODEL__MANAGEMENT_PERCEPTIONS,
				 CrmGapFactory.eINSTANCE.createManagementPerception()));

		newChildDescriptors.add
			(createChildParameter
				(CrmGapPackage.Literals.GAP_MODEL__ORGANISATION_UNITS,
				 CrmGapFactory.eINSTANCE.createOrganisationUnit()));

		newChildDescriptors.add
			(createChildParameter
				(CrmGapPackage.Literals.GAP_MODEL__SERVICE_STANDARDS,
				 CrmGapFactory.eINSTANCE.createServiceStandard()));

		newChildDescriptors.add
			(createChildParameter
				(CrmGapPackage.Literals.GAP_MODEL__INTERACTION_FLOWS,
				 CrmGapFactory.eINSTANCE.createInteractionFlow()));

		newChildDescriptors.add
			(createChildParameter
				(CrmGapPackage.Literals.GAP_MODEL__COMMUNICATIONS,
				 CrmGapFactory.eINSTANCE.createCommunication()));

		newChildDescriptors.add
			(createChildParameter
				(CrmGapPackage.Literals.GAP_MODEL__SURVEY_INSTRUMENTS,
				 CrmGapFactory.eINSTANCE.createSurveyInstrument()));

		newChildDescriptors.add
			(createChildParameter
				(CrmGapPackage.Literals.GAP_MODEL__DATA_SOURCES,
				 CrmGapFactory.eINSTANCE.createDataSource()));

		newChildDescriptors.add
			(createChildParameter
				(CrmGapPackage.Literals.GAP_MODEL__GAPS,
				 CrmGapFactory.eINSTANCE.createGap()));

		newChildDescriptors.add
			(createChildParameter
				(CrmGapPackage.Literals.GAP_MODEL__THRESHOLDS,
				 CrmGapFactory.eINSTANCE.createSeverityThreshold()));

		newChildDescriptors.add
			(createChildParameter
				(CrmGapPackage.Literals.GAP_MODEL__CATALOGUE,
				 CrmGapFactory.eINSTANCE.createCatalogue()));

		newChildDescriptors.add
			(createChildParameter
				(CrmGapPackage.Literals.GAP_MODEL__WAVES,
				 CrmGapFactory.eINSTANCE.createMeasurementWave()));

		newChildDescriptors.add
			(createChildParameter
				(CrmGapPackage.Literals.GAP_MODEL__PLANNED_ACTIONS,
				 CrmGapFactory.eINSTANCE.createPlannedAction()));
	}

}
