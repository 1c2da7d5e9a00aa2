/**
 */
package org.crmgap.model;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Data Source</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Data attached to the model but kept outside it, in a file located relative to the model file.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.crmgap.model.DataSource#getLocation <em>Location</em>}</li>
 *   <li>{@link org.crmgap.model.DataSource#getFormat <em>Format</em>}</li>
 *   <li>{@link org.crmgap.model.DataSource#getRole <em>Role</em>}</li>
 *   <li>{@link org.crmgap.model.DataSource#getDelimiter <em>Delimiter</em>}</li>
 *   <li>{@link org.crmgap.model.DataSource#getEncoding <em>Encoding</em>}</li>
 *   <li>{@link org.crmgap.model.DataSource#getSheet <em>Sheet</em>}</li>
 *   <li>{@link org.crmgap.model.DataSource#getQuery <em>Query</em>}</li>
 *   <li>{@link org.crmgap.model.DataSource#getInstrument <em>Instrument</em>}</li>
 *   <li>{@link org.crmgap.model.DataSource#getColumnMappings <em>Column Mappings</em>}</li>
 *   <li>{@link org.crmgap.model.DataSource#getWave <em>Wave</em>}</li>
 *   <li>{@link org.crmgap.model.DataSource#getAnswerLabels <em>Answer Labels</em>}</li>
 * </ul>
 *
 * @see org.crmgap.model.CrmGapPackage#getDataSource()
 * @model
 * @generated
 */
public interface DataSource extends NamedElement {
	/**
	 * Returns the value of the '<em><b>Location</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Location</em>' attribute.
	 * @see #setLocation(String)
	 * @see org.crmgap.model.CrmGapPackage#getDataSource_Location()
	 * @model
	 * @generated
	 */
	String getLocation();

	/**
	 * Sets the value of the '{@link org.crmgap.model.DataSource#getLocation <em>Location</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Location</em>' attribute.
	 * @see #getLocation()
	 * @generated
	 */
	void setLocation(String value);

	/**
	 * Returns the value of the '<em><b>Format</b></em>' attribute.
	 * The literals are from the enumeration {@link org.crmgap.model.DataFormat}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Format</em>' attribute.
	 * @see org.crmgap.model.DataFormat
	 * @see #setFormat(DataFormat)
	 * @see org.crmgap.model.CrmGapPackage#getDataSource_Format()
	 * @model
	 * @generated
	 */
	DataFormat getFormat();

	/**
	 * Sets the value of the '{@link org.crmgap.model.DataSource#getFormat <em>Format</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Format</em>' attribute.
	 * @see org.crmgap.model.DataFormat
	 * @see #getFormat()
	 * @generated
	 */
	void setFormat(DataFormat value);

	/**
	 * Returns the value of the '<em><b>Role</b></em>' attribute.
	 * The literals are from the enumeration {@link org.crmgap.model.DataRole}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Role</em>' attribute.
	 * @see org.crmgap.model.DataRole
	 * @see #setRole(DataRole)
	 * @see org.crmgap.model.CrmGapPackage#getDataSource_Role()
	 * @model
	 * @generated
	 */
	DataRole getRole();

	/**
	 * Sets the value of the '{@link org.crmgap.model.DataSource#getRole <em>Role</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Role</em>' attribute.
	 * @see org.crmgap.model.DataRole
	 * @see #getRole()
	 * @generated
	 */
	void setRole(DataRole value);

	/**
	 * Returns the value of the '<em><b>Delimiter</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * CSV field delimiter; detected when empty.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Delimiter</em>' attribute.
	 * @see #setDelimiter(String)
	 * @see org.crmgap.model.CrmGapPackage#getDataSource_Delimiter()
	 * @model
	 * @generated
	 */
	String getDelimiter();

	/**
	 * Sets the value of the '{@link org.crmgap.model.DataSource#getDelimiter <em>Delimiter</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Delimiter</em>' attribute.
	 * @see #getDelimiter()
	 * @generated
	 */
	void setDelimiter(String value);

	/**
	 * Returns the value of the '<em><b>Encoding</b></em>' attribute.
	 * The default value is <code>"UTF-8"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Encoding</em>' attribute.
	 * @see #setEncoding(String)
	 * @see org.crmgap.model.CrmGapPackage#getDataSource_Encoding()
	 * @model default="UTF-8"
	 * @generated
	 */
	String getEncoding();

	/**
	 * Sets the value of the '{@link org.crmgap.model.DataSource#getEncoding <em>Encoding</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Encoding</em>' attribute.
	 * @see #getEncoding()
	 * @generated
	 */
	void setEncoding(String value);

	/**
	 * Returns the value of the '<em><b>Sheet</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The workbook's sheet by name; the first sheet when empty.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Sheet</em>' attribute.
	 * @see #setSheet(String)
	 * @see org.crmgap.model.CrmGapPackage#getDataSource_Sheet()
	 * @model
	 * @generated
	 */
	String getSheet();

	/**
	 * Sets the value of the '{@link org.crmgap.model.DataSource#getSheet <em>Sheet</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Sheet</em>' attribute.
	 * @see #getSheet()
	 * @generated
	 */
	void setSheet(String value);

	/**
	 * Returns the value of the '<em><b>Query</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * For format sql: the SQL query whose rows are the data, run on the JDBC URL in location (the password is never stored in the model).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Query</em>' attribute.
	 * @see #setQuery(String)
	 * @see org.crmgap.model.CrmGapPackage#getDataSource_Query()
	 * @model
	 * @generated
	 */
	String getQuery();

	/**
	 * Sets the value of the '{@link org.crmgap.model.DataSource#getQuery <em>Query</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Query</em>' attribute.
	 * @see #getQuery()
	 * @generated
	 */
	void setQuery(String value);

	/**
	 * Returns the value of the '<em><b>Instrument</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Instrument</em>' reference.
	 * @see #setInstrument(SurveyInstrument)
	 * @see org.crmgap.model.CrmGapPackage#getDataSource_Instrument()
	 * @model
	 * @generated
	 */
	SurveyInstrument getInstrument();

	/**
	 * Sets the value of the '{@link org.crmgap.model.DataSource#getInstrument <em>Instrument</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Instrument</em>' reference.
	 * @see #getInstrument()
	 * @generated
	 */
	void setInstrument(SurveyInstrument value);

	/**
	 * Returns the value of the '<em><b>Column Mappings</b></em>' containment reference list.
	 * The list contents are of type {@link org.crmgap.model.ColumnMapping}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Column Mappings</em>' containment reference list.
	 * @see org.crmgap.model.CrmGapPackage#getDataSource_ColumnMappings()
	 * @model containment="true"
	 * @generated
	 */
	EList<ColumnMapping> getColumnMappings();

	/**
	 * Returns the value of the '<em><b>Wave</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The measurement this data belongs to; without one, the data belongs to every wave (a model without waves: the one unnamed wave).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Wave</em>' reference.
	 * @see #setWave(MeasurementWave)
	 * @see org.crmgap.model.CrmGapPackage#getDataSource_Wave()
	 * @model
	 * @generated
	 */
	MeasurementWave getWave();

	/**
	 * Sets the value of the '{@link org.crmgap.model.DataSource#getWave <em>Wave</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Wave</em>' reference.
	 * @see #getWave()
	 * @generated
	 */
	void setWave(MeasurementWave value);

	/**
	 * Returns the value of the '<em><b>Answer Labels</b></em>' containment reference list.
	 * The list contents are of type {@link org.crmgap.model.AnswerLabel}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * For a survey-tool export: answer texts and the scale values they stand for, added to or replacing the agreement labels of the instrument's scale; an answer neither knows is counted and left empty, never guessed.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Answer Labels</em>' containment reference list.
	 * @see org.crmgap.model.CrmGapPackage#getDataSource_AnswerLabels()
	 * @model containment="true"
	 * @generated
	 */
	EList<AnswerLabel> getAnswerLabels();

} // DataSource
