/**
 */
package org.crmgap.diagram.notation;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Diagram Set</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.crmgap.diagram.notation.DiagramSet#getDiagrams <em>Diagrams</em>}</li>
 * </ul>
 *
 * @see org.crmgap.diagram.notation.NotationPackage#getDiagramSet()
 * @model
 * @generated
 */
public interface DiagramSet extends EObject {
	/**
	 * Returns the value of the '<em><b>Diagrams</b></em>' containment reference list.
	 * The list contents are of type {@link org.crmgap.diagram.notation.Diagram}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Diagrams</em>' containment reference list.
	 * @see org.crmgap.diagram.notation.NotationPackage#getDiagramSet_Diagrams()
	 * @model containment="true"
	 * @generated
	 */
	EList<Diagram> getDiagrams();

} // DiagramSet
