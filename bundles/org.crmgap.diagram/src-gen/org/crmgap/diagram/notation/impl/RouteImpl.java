/**
 */
package org.crmgap.diagram.notation.impl;

import java.util.Collection;

import org.crmgap.diagram.notation.NotationPackage;
import org.crmgap.diagram.notation.Route;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.EObjectImpl;

import org.eclipse.emf.ecore.util.EDataTypeEList;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Route</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.crmgap.diagram.notation.impl.RouteImpl#getEdge <em>Edge</em>}</li>
 *   <li>{@link org.crmgap.diagram.notation.impl.RouteImpl#getEnds <em>Ends</em>}</li>
 *   <li>{@link org.crmgap.diagram.notation.impl.RouteImpl#getPoints <em>Points</em>}</li>
 * </ul>
 *
 * @generated
 */
public class RouteImpl extends EObjectImpl implements Route {
	/**
	 * The default value of the '{@link #getEdge() <em>Edge</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEdge()
	 * @generated
	 * @ordered
	 */
	protected static final String EDGE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getEdge() <em>Edge</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEdge()
	 * @generated
	 * @ordered
	 */
	protected String edge = EDGE_EDEFAULT;

	/**
	 * The cached value of the '{@link #getEnds() <em>Ends</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEnds()
	 * @generated
	 * @ordered
	 */
	protected EList<Double> ends;

	/**
	 * The cached value of the '{@link #getPoints() <em>Points</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPoints()
	 * @generated
	 * @ordered
	 */
	protected EList<Double> points;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected RouteImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return NotationPackage.Literals.ROUTE;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getEdge() {
		return edge;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setEdge(String newEdge) {
		String oldEdge = edge;
		edge = newEdge;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, NotationPackage.ROUTE__EDGE, oldEdge, edge));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Double> getEnds() {
		if (ends == null) {
			ends = new EDataTypeEList<Double>(Double.class, this, NotationPackage.ROUTE__ENDS);
		}
		return ends;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Double> getPoints() {
		if (points == null) {
			points = new EDataTypeEList<Double>(Double.class, this, NotationPackage.ROUTE__POINTS);
		}
		return points;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case NotationPackage.ROUTE__EDGE:
				return getEdge();
			case NotationPackage.ROUTE__ENDS:
				return getEnds();
			case NotationPackage.ROUTE__POINTS:
				return getPoints();
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
			case NotationPackage.ROUTE__EDGE:
				setEdge((String)newValue);
				return;
			case NotationPackage.ROUTE__ENDS:
				getEnds().clear();
				getEnds().addAll((Collection<? extends Double>)newValue);
				return;
			case NotationPackage.ROUTE__POINTS:
				getPoints().clear();
				getPoints().addAll((Collection<? extends Double>)newValue);
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
			case NotationPackage.ROUTE__EDGE:
				setEdge(EDGE_EDEFAULT);
				return;
			case NotationPackage.ROUTE__ENDS:
				getEnds().clear();
				return;
			case NotationPackage.ROUTE__POINTS:
				getPoints().clear();
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
			case NotationPackage.ROUTE__EDGE:
				return EDGE_EDEFAULT == null ? edge != null : !EDGE_EDEFAULT.equals(edge);
			case NotationPackage.ROUTE__ENDS:
				return ends != null && !ends.isEmpty();
			case NotationPackage.ROUTE__POINTS:
				return points != null && !points.isEmpty();
		}
		return super.eIsSet(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		if (eIsProxy()) return super.toString();

		StringBuilder result = new StringBuilder(super.toString());
		result.append(" (edge: ");
		result.append(edge);
		result.append(", ends: ");
		result.append(ends);
		result.append(", points: ");
		result.append(points);
		result.append(')');
		return result.toString();
	}

} //RouteImpl
