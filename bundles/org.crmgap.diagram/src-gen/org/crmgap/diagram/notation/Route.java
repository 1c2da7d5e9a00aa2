/**
 */
package org.crmgap.diagram.notation;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Route</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * An edge's bend points as the layout found them, so it goes around the nodes; an edge without a valid one is routed by the client.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.crmgap.diagram.notation.Route#getEdge <em>Edge</em>}</li>
 *   <li>{@link org.crmgap.diagram.notation.Route#getEnds <em>Ends</em>}</li>
 *   <li>{@link org.crmgap.diagram.notation.Route#getPoints <em>Points</em>}</li>
 * </ul>
 *
 * @see org.crmgap.diagram.notation.NotationPackage#getRoute()
 * @model
 * @generated
 */
public interface Route extends EObject {
	/**
	 * Returns the value of the '<em><b>Edge</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The diagram edge's id.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Edge</em>' attribute.
	 * @see #setEdge(String)
	 * @see org.crmgap.diagram.notation.NotationPackage#getRoute_Edge()
	 * @model
	 * @generated
	 */
	String getEdge();

	/**
	 * Sets the value of the '{@link org.crmgap.diagram.notation.Route#getEdge <em>Edge</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Edge</em>' attribute.
	 * @see #getEdge()
	 * @generated
	 */
	void setEdge(String value);

	/**
	 * Returns the value of the '<em><b>Ends</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.Double}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The bounds of the edge's source and target when the route was found (x, y, width, height each, in the diagram's coordinates): the route is drawn only while both are still there, so moving, resizing, hiding or reconnecting an end needs no bookkeeping.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Ends</em>' attribute list.
	 * @see org.crmgap.diagram.notation.NotationPackage#getRoute_Ends()
	 * @model unique="false"
	 * @generated
	 */
	EList<Double> getEnds();

	/**
	 * Returns the value of the '<em><b>Points</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.Double}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The bend points as x, y pairs in the diagram's coordinates.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Points</em>' attribute list.
	 * @see org.crmgap.diagram.notation.NotationPackage#getRoute_Points()
	 * @model unique="false"
	 * @generated
	 */
	EList<Double> getPoints();

} // Route
