/**
 */
package org.crmgap.model;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Gap</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A gap between a reference side (what is expected or specified) and an actual side (what is believed, specified, delivered or perceived).
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.crmgap.model.Gap#getKind <em>Kind</em>}</li>
 *   <li>{@link org.crmgap.model.Gap#getStage <em>Stage</em>}</li>
 *   <li>{@link org.crmgap.model.Gap#getReference <em>Reference</em>}</li>
 *   <li>{@link org.crmgap.model.Gap#getActual <em>Actual</em>}</li>
 *   <li>{@link org.crmgap.model.Gap#getSegment <em>Segment</em>}</li>
 *   <li>{@link org.crmgap.model.Gap#getThreshold <em>Threshold</em>}</li>
 *   <li>{@link org.crmgap.model.Gap#getCauses <em>Causes</em>}</li>
 *   <li>{@link org.crmgap.model.Gap#getActions <em>Actions</em>}</li>
 *   <li>{@link org.crmgap.model.Gap#getSnapshots <em>Snapshots</em>}</li>
 * </ul>
 *
 * @see org.crmgap.model.CrmGapPackage#getGap()
 * @model
 * @generated
 */
public interface Gap extends NamedElement {
	/**
	 * Returns the value of the '<em><b>Kind</b></em>' attribute.
	 * The literals are from the enumeration {@link org.crmgap.model.GapKind}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Kind</em>' attribute.
	 * @see org.crmgap.model.GapKind
	 * @see #setKind(GapKind)
	 * @see org.crmgap.model.CrmGapPackage#getGap_Kind()
	 * @model
	 * @generated
	 */
	GapKind getKind();

	/**
	 * Sets the value of the '{@link org.crmgap.model.Gap#getKind <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Kind</em>' attribute.
	 * @see org.crmgap.model.GapKind
	 * @see #getKind()
	 * @generated
	 */
	void setKind(GapKind value);

	/**
	 * Returns the value of the '<em><b>Stage</b></em>' attribute.
	 * The literals are from the enumeration {@link org.crmgap.model.DieStage}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The DIE stage (design, implementation, evaluation) where the gap arises and recovery acts.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Stage</em>' attribute.
	 * @see org.crmgap.model.DieStage
	 * @see #setStage(DieStage)
	 * @see org.crmgap.model.CrmGapPackage#getGap_Stage()
	 * @model
	 * @generated
	 */
	DieStage getStage();

	/**
	 * Sets the value of the '{@link org.crmgap.model.Gap#getStage <em>Stage</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Stage</em>' attribute.
	 * @see org.crmgap.model.DieStage
	 * @see #getStage()
	 * @generated
	 */
	void setStage(DieStage value);

	/**
	 * Returns the value of the '<em><b>Reference</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Reference</em>' reference.
	 * @see #setReference(GapEndpoint)
	 * @see org.crmgap.model.CrmGapPackage#getGap_Reference()
	 * @model required="true"
	 * @generated
	 */
	GapEndpoint getReference();

	/**
	 * Sets the value of the '{@link org.crmgap.model.Gap#getReference <em>Reference</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Reference</em>' reference.
	 * @see #getReference()
	 * @generated
	 */
	void setReference(GapEndpoint value);

	/**
	 * Returns the value of the '<em><b>Actual</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Actual</em>' reference.
	 * @see #setActual(GapEndpoint)
	 * @see org.crmgap.model.CrmGapPackage#getGap_Actual()
	 * @model required="true"
	 * @generated
	 */
	GapEndpoint getActual();

	/**
	 * Sets the value of the '{@link org.crmgap.model.Gap#getActual <em>Actual</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Actual</em>' reference.
	 * @see #getActual()
	 * @generated
	 */
	void setActual(GapEndpoint value);

	/**
	 * Returns the value of the '<em><b>Segment</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Restricts the gap to one relationship profile; all segments when empty.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Segment</em>' reference.
	 * @see #setSegment(CustomerSegment)
	 * @see org.crmgap.model.CrmGapPackage#getGap_Segment()
	 * @model
	 * @generated
	 */
	CustomerSegment getSegment();

	/**
	 * Sets the value of the '{@link org.crmgap.model.Gap#getSegment <em>Segment</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Segment</em>' reference.
	 * @see #getSegment()
	 * @generated
	 */
	void setSegment(CustomerSegment value);

	/**
	 * Returns the value of the '<em><b>Threshold</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Threshold</em>' containment reference.
	 * @see #setThreshold(SeverityThreshold)
	 * @see org.crmgap.model.CrmGapPackage#getGap_Threshold()
	 * @model containment="true"
	 * @generated
	 */
	SeverityThreshold getThreshold();

	/**
	 * Sets the value of the '{@link org.crmgap.model.Gap#getThreshold <em>Threshold</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Threshold</em>' containment reference.
	 * @see #getThreshold()
	 * @generated
	 */
	void setThreshold(SeverityThreshold value);

	/**
	 * Returns the value of the '<em><b>Causes</b></em>' reference list.
	 * The list contents are of type {@link org.crmgap.model.GapCause}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Causes</em>' reference list.
	 * @see org.crmgap.model.CrmGapPackage#getGap_Causes()
	 * @model
	 * @generated
	 */
	EList<GapCause> getCauses();

	/**
	 * Returns the value of the '<em><b>Actions</b></em>' reference list.
	 * The list contents are of type {@link org.crmgap.model.RecoveryAction}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Actions</em>' reference list.
	 * @see org.crmgap.model.CrmGapPackage#getGap_Actions()
	 * @model
	 * @generated
	 */
	EList<RecoveryAction> getActions();

	/**
	 * Returns the value of the '<em><b>Snapshots</b></em>' containment reference list.
	 * The list contents are of type {@link org.crmgap.model.IndicatorSnapshot}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Indicator values stored on the user's request; analysis itself never writes them.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Snapshots</em>' containment reference list.
	 * @see org.crmgap.model.CrmGapPackage#getGap_Snapshots()
	 * @model containment="true"
	 * @generated
	 */
	EList<IndicatorSnapshot> getSnapshots();

} // Gap
