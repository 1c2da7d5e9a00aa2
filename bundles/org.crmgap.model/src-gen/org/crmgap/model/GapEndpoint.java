/**
 */
package org.crmgap.model;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Gap Endpoint</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A model element a gap can start or end at.
 * <!-- end-model-doc -->
 *
 *
 * @see org.crmgap.model.CrmGapPackage#getGapEndpoint()
 * @model interface="true" abstract="true"
 * @generated
 */
public interface GapEndpoint extends EObject {
} // GapEndpoint
