/**
 */
package org.crmgap.model.impl;

import org.crmgap.model.CrmGapPackage;
import org.crmgap.model.ServiceDimension;

import org.eclipse.emf.ecore.EClass;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Service Dimension</b></em>'.
 * <!-- end-user-doc -->
 *
 * @generated
 */
public class ServiceDimensionImpl extends NamedElementImpl implements ServiceDimension {
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected ServiceDimensionImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return CrmGapPackage.Literals.SERVICE_DIMENSION;
	}

} //ServiceDimensionImpl
