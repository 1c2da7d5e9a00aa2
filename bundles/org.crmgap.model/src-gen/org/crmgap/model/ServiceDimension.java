/**
 */
package org.crmgap.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Service Dimension</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A service-quality dimension (tangibles, reliability, responsiveness, assurance, empathy, or user-defined).
 * <!-- end-model-doc -->
 *
 *
 * @see org.crmgap.model.CrmGapPackage#getServiceDimension()
 * @model
 * @generated
 */
public interface ServiceDimension extends NamedElement {
} // ServiceDimension
