/**
 */
package org.crmgap.model.impl;

import java.util.Collection;

import org.crmgap.model.AnswerLabel;
import org.crmgap.model.ColumnMapping;
import org.crmgap.model.CrmGapPackage;
import org.crmgap.model.DataFormat;
import org.crmgap.model.DataRole;
import org.crmgap.model.DataSource;
import org.crmgap.model.MeasurementWave;
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
 * An implementation of the model object '<em><b>Data Source</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.crmgap.model.impl.DataSourceImpl#getLocation <em>Location</em>}</li>
 *   <li>{@link org.crmgap.model.impl.DataSourceImpl#getFormat <em>Format</em>}</li>
 *   <li>{@link org.crmgap.model.impl.DataSourceImpl#getRole <em>Role</em>}</li>
 *   <li>{@link org.crmgap.model.impl.DataSourceImpl#getDelimiter <em>Delimiter</em>}</li>
 *   <li>{@link org.crmgap.model.impl.DataSourceImpl#getEncoding <em>Encoding</em>}</li>
 *   <li>{@link org.crmgap.model.impl.DataSourceImpl#getSheet <em>Sheet</em>}</li>
 *   <li>{@link org.crmgap.model.impl.DataSourceImpl#getQuery <em>Query</em>}</li>
 *   <li>{@link org.crmgap.model.impl.DataSourceImpl#getInstrument <em>Instrument</em>}</li>
 *   <li>{@link org.crmgap.model.impl.DataSourceImpl#getColumnMappings <em>Column Mappings</em>}</li>
 *   <li>{@link org.crmgap.model.impl.DataSourceImpl#getWave <em>Wave</em>}</li>
 *   <li>{@link org.crmgap.model.impl.DataSourceImpl#getAnswerLabels <em>Answer Labels</em>}</li>
 * </ul>
 *
 * @generated
 */
public class DataSourceImpl extends NamedElementImpl implements DataSource {
	/**
	 * The default value of the '{@link #getLocation() <em>Location</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLocation()
	 * @generated
	 * @ordered
	 */
	protected static final String LOCATION_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getLocation() <em>Location</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLocation()
	 * @generated
	 * @ordered
	 */
	protected String location = LOCATION_EDEFAULT;

	/**
	 * The default value of the '{@link #getFormat() <em>Format</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFormat()
	 * @generated
	 * @ordered
	 */
	protected static final DataFormat FORMAT_EDEFAULT = DataFormat.CSV;

	/**
	 * The cached value of the '{@link #getFormat() <em>Format</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFormat()
	 * @generated
	 * @ordered
	 */
	protected DataFormat format = FORMAT_EDEFAULT;

	/**
	 * The default value of the '{@link #getRole() <em>Role</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRole()
	 * @generated
	 * @ordered
	 */
	protected static final DataRole ROLE_EDEFAULT = DataRole.CUSTOMER_SURVEY;

	/**
	 * The cached value of the '{@link #getRole() <em>Role</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRole()
	 * @generated
	 * @ordered
	 */
	protected DataRole role = ROLE_EDEFAULT;

	/**
	 * The default value of the '{@link #getDelimiter() <em>Delimiter</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDelimiter()
	 * @generated
	 * @ordered
	 */
	protected static final String DELIMITER_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getDelimiter() <em>Delimiter</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDelimiter()
	 * @generated
	 * @ordered
	 */
	protected String delimiter = DELIMITER_EDEFAULT;

	/**
	 * The default value of the '{@link #getEncoding() <em>Encoding</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEncoding()
	 * @generated
	 * @ordered
	 */
	protected static final String ENCODING_EDEFAULT = "UTF-8";

	/**
	 * The cached value of the '{@link #getEncoding() <em>Encoding</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEncoding()
	 * @generated
	 * @ordered
	 */
	protected String encoding = ENCODING_EDEFAULT;

	/**
	 * The default value of the '{@link #getSheet() <em>Sheet</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSheet()
	 * @generated
	 * @ordered
	 */
	protected static final String SHEET_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getSheet() <em>Sheet</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSheet()
	 * @generated
	 * @ordered
	 */
	protected String sheet = SHEET_EDEFAULT;

	/**
	 * The default value of the '{@link #getQuery() <em>Query</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getQuery()
	 * @generated
	 * @ordered
	 */
	protected static final String QUERY_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getQuery() <em>Query</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getQuery()
	 * @generated
	 * @ordered
	 */
	protected String query = QUERY_EDEFAULT;

	/**
	 * The cached value of the '{@link #getInstrument() <em>Instrument</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getInstrument()
	 * @generated
	 * @ordered
	 */
	protected SurveyInstrument instrument;

	/**
	 * The cached value of the '{@link #getColumnMappings() <em>Column Mappings</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getColumnMappings()
	 * @generated
	 * @ordered
	 */
	protected EList<ColumnMapping> columnMappings;

	/**
	 * The cached value of the '{@link #getWave() <em>Wave</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getWave()
	 * @generated
	 * @ordered
	 */
	protected MeasurementWave wave;

	/**
	 * The cached value of the '{@link #getAnswerLabels() <em>Answer Labels</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAnswerLabels()
	 * @generated
	 * @ordered
	 */
	protected EList<AnswerLabel> answerLabels;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected DataSourceImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return CrmGapPackage.Literals.DATA_SOURCE;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getLocation() {
		return location;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setLocation(String newLocation) {
		String oldLocation = location;
		location = newLocation;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CrmGapPackage.DATA_SOURCE__LOCATION, oldLocation, location));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public DataFormat getFormat() {
		return format;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setFormat(DataFormat newFormat) {
		DataFormat oldFormat = format;
		format = newFormat == null ? FORMAT_EDEFAULT : newFormat;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CrmGapPackage.DATA_SOURCE__FORMAT, oldFormat, format));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public DataRole getRole() {
		return role;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRole(DataRole newRole) {
		DataRole oldRole = role;
		role = newRole == null ? ROLE_EDEFAULT : newRole;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CrmGapPackage.DATA_SOURCE__ROLE, oldRole, role));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getDelimiter() {
		return delimiter;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDelimiter(String newDelimiter) {
		String oldDelimiter = delimiter;
		delimiter = newDelimiter;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CrmGapPackage.DATA_SOURCE__DELIMITER, oldDelimiter, delimiter));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getEncoding() {
		return encoding;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setEncoding(String newEncoding) {
		String oldEncoding = encoding;
		encoding = newEncoding;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CrmGapPackage.DATA_SOURCE__ENCODING, oldEncoding, encoding));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getSheet() {
		return sheet;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSheet(String newSheet) {
		String oldSheet = sheet;
		sheet = newSheet;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CrmGapPackage.DATA_SOURCE__SHEET, oldSheet, sheet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getQuery() {
		return query;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setQuery(String newQuery) {
		String oldQuery = query;
		query = newQuery;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CrmGapPackage.DATA_SOURCE__QUERY, oldQuery, query));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public SurveyInstrument getInstrument() {
		if (instrument != null && instrument.eIsProxy()) {
			InternalEObject oldInstrument = (InternalEObject)instrument;
			instrument = (SurveyInstrument)eResolveProxy(oldInstrument);
			if (instrument != oldInstrument) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, CrmGapPackage.DATA_SOURCE__INSTRUMENT, oldInstrument, instrument));
			}
		}
		return instrument;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public SurveyInstrument basicGetInstrument() {
		return instrument;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setInstrument(SurveyInstrument newInstrument) {
		SurveyInstrument oldInstrument = instrument;
		instrument = newInstrument;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CrmGapPackage.DATA_SOURCE__INSTRUMENT, oldInstrument, instrument));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<ColumnMapping> getColumnMappings() {
		if (columnMappings == null) {
			columnMappings = new EObjectContainmentEList<ColumnMapping>(ColumnMapping.class, this, CrmGapPackage.DATA_SOURCE__COLUMN_MAPPINGS);
		}
		return columnMappings;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public MeasurementWave getWave() {
		if (wave != null && wave.eIsProxy()) {
			InternalEObject oldWave = (InternalEObject)wave;
			wave = (MeasurementWave)eResolveProxy(oldWave);
			if (wave != oldWave) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, CrmGapPackage.DATA_SOURCE__WAVE, oldWave, wave));
			}
		}
		return wave;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public MeasurementWave basicGetWave() {
		return wave;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setWave(MeasurementWave newWave) {
		MeasurementWave oldWave = wave;
		wave = newWave;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CrmGapPackage.DATA_SOURCE__WAVE, oldWave, wave));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<AnswerLabel> getAnswerLabels() {
		if (answerLabels == null) {
			answerLabels = new EObjectContainmentEList<AnswerLabel>(AnswerLabel.class, this, CrmGapPackage.DATA_SOURCE__ANSWER_LABELS);
		}
		return answerLabels;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case CrmGapPackage.DATA_SOURCE__COLUMN_MAPPINGS:
				return ((InternalEList<?>)getColumnMappings()).basicRemove(otherEnd, msgs);
			case CrmGapPackage.DATA_SOURCE__ANSWER_LABELS:
				return ((InternalEList<?>)getAnswerLabels()).basicRemove(otherEnd, msgs);
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
			case CrmGapPackage.DATA_SOURCE__LOCATION:
				return getLocation();
			case CrmGapPackage.DATA_SOURCE__FORMAT:
				return getFormat();
			case CrmGapPackage.DATA_SOURCE__ROLE:
				return getRole();
			case CrmGapPackage.DATA_SOURCE__DELIMITER:
				return getDelimiter();
			case CrmGapPackage.DATA_SOURCE__ENCODING:
				return getEncoding();
			case CrmGapPackage.DATA_SOURCE__SHEET:
				return getSheet();
			case CrmGapPackage.DATA_SOURCE__QUERY:
				return getQuery();
			case CrmGapPackage.DATA_SOURCE__INSTRUMENT:
				if (resolve) return getInstrument();
				return basicGetInstrument();
			case CrmGapPackage.DATA_SOURCE__COLUMN_MAPPINGS:
				return getColumnMappings();
			case CrmGapPackage.DATA_SOURCE__WAVE:
				if (resolve) return getWave();
				return basicGetWave();
			case CrmGapPackage.DATA_SOURCE__ANSWER_LABELS:
				return getAnswerLabels();
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
			case CrmGapPackage.DATA_SOURCE__LOCATION:
				setLocation((String)newValue);
				return;
			case CrmGapPackage.DATA_SOURCE__FORMAT:
				setFormat((DataFormat)newValue);
				return;
			case CrmGapPackage.DATA_SOURCE__ROLE:
				setRole((DataRole)newValue);
				return;
			case CrmGapPackage.DATA_SOURCE__DELIMITER:
				setDelimiter((String)newValue);
				return;
			case CrmGapPackage.DATA_SOURCE__ENCODING:
				setEncoding((String)newValue);
				return;
			case CrmGapPackage.DATA_SOURCE__SHEET:
				setSheet((String)newValue);
				return;
			case CrmGapPackage.DATA_SOURCE__QUERY:
				setQuery((String)newValue);
				return;
			case CrmGapPackage.DATA_SOURCE__INSTRUMENT:
				setInstrument((SurveyInstrument)newValue);
				return;
			case CrmGapPackage.DATA_SOURCE__COLUMN_MAPPINGS:
				getColumnMappings().clear();
				getColumnMappings().addAll((Collection<? extends ColumnMapping>)newValue);
				return;
			case CrmGapPackage.DATA_SOURCE__WAVE:
				setWave((MeasurementWave)newValue);
				return;
			case CrmGapPackage.DATA_SOURCE__ANSWER_LABELS:
				getAnswerLabels().clear();
				getAnswerLabels().addAll((Collection<? extends AnswerLabel>)newValue);
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
			case CrmGapPackage.DATA_SOURCE__LOCATION:
				setLocation(LOCATION_EDEFAULT);
				return;
			case CrmGapPackage.DATA_SOURCE__FORMAT:
				setFormat(FORMAT_EDEFAULT);
				return;
			case CrmGapPackage.DATA_SOURCE__ROLE:
				setRole(ROLE_EDEFAULT);
				return;
			case CrmGapPackage.DATA_SOURCE__DELIMITER:
				setDelimiter(DELIMITER_EDEFAULT);
				return;
			case CrmGapPackage.DATA_SOURCE__ENCODING:
				setEncoding(ENCODING_EDEFAULT);
				return;
			case CrmGapPackage.DATA_SOURCE__SHEET:
				setSheet(SHEET_EDEFAULT);
				return;
			case CrmGapPackage.DATA_SOURCE__QUERY:
				setQuery(QUERY_EDEFAULT);
				return;
			case CrmGapPackage.DATA_SOURCE__INSTRUMENT:
				setInstrument((SurveyInstrument)null);
				return;
			case CrmGapPackage.DATA_SOURCE__COLUMN_MAPPINGS:
				getColumnMappings().clear();
				return;
			case CrmGapPackage.DATA_SOURCE__WAVE:
				setWave((MeasurementWave)null);
				return;
			case CrmGapPackage.DATA_SOURCE__ANSWER_LABELS:
				getAnswerLabels().clear();
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
			case CrmGapPackage.DATA_SOURCE__LOCATION:
				return LOCATION_EDEFAULT == null ? location != null : !LOCATION_EDEFAULT.equals(location);
			case CrmGapPackage.DATA_SOURCE__FORMAT:
				return format != FORMAT_EDEFAULT;
			case CrmGapPackage.DATA_SOURCE__ROLE:
				return role != ROLE_EDEFAULT;
			case CrmGapPackage.DATA_SOURCE__DELIMITER:
				return DELIMITER_EDEFAULT == null ? delimiter != null : !DELIMITER_EDEFAULT.equals(delimiter);
			case CrmGapPackage.DATA_SOURCE__ENCODING:
				return ENCODING_EDEFAULT == null ? encoding != null : !ENCODING_EDEFAULT.equals(encoding);
			case CrmGapPackage.DATA_SOURCE__SHEET:
				return SHEET_EDEFAULT == null ? sheet != null : !SHEET_EDEFAULT.equals(sheet);
			case CrmGapPackage.DATA_SOURCE__QUERY:
				return QUERY_EDEFAULT == null ? query != null : !QUERY_EDEFAULT.equals(query);
			case CrmGapPackage.DATA_SOURCE__INSTRUMENT:
				return instrument != null;
			case CrmGapPackage.DATA_SOURCE__COLUMN_MAPPINGS:
				return columnMappings != null && !columnMappings.isEmpty();
			case CrmGapPackage.DATA_SOURCE__WAVE:
				return wave != null;
			case CrmGapPackage.DATA_SOURCE__ANSWER_LABELS:
				return answerLabels != null && !answerLabels.isEmpty();
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
		result.append(" (location: ");
		result.append(location);
		result.append(", format: ");
		result.append(format);
		result.append(", role: ");
		result.append(role);
		result.append(", delimiter: ");
		result.append(delimiter);
		result.append(", encoding: ");
		result.append(encoding);
		result.append(", sheet: ");
		result.append(sheet);
		result.append(", query: ");
		result.append(query);
		result.append(')');
		return result.toString();
	}

} //DataSourceImpl
