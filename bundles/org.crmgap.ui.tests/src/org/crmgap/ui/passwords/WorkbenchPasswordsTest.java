package org.crmgap.ui.passwords;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.crmgap.data.DataException;
import org.crmgap.data.Databases;
import org.crmgap.sql.testing.PostgresServer;
import org.eclipse.equinox.security.storage.EncodingUtils;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The workbench's database passwords without the dialog (a prompt that answers as told): saved in secure storage (a
 * test store) and read in a later session without asking, asked once per database and user, the variable first, a
 * cancel remembered until the passwords are forgotten, and a password the server refuses forgotten with one line.
 */
class WorkbenchPasswordsTest {

	private static final String URL = "jdbc:postgresql://db.example:5432/bank?user=crm&ssl=true";

	@TempDir
	Path dir;

	private final List<String> asked = new ArrayList<>();
	private final List<WorkbenchPasswords.Answer> answers = new ArrayList<>();
	private SavedPasswords store;

	@BeforeEach
	void testStore() {
		store = new SavedPasswords(() -> TestStores.open(dir.resolve("secure_storage")));
	}

	private WorkbenchPasswords session(String variable) {
		return new WorkbenchPasswords(store, () -> variable, (source, url, user) -> {
			asked.add(source + " " + url + " " + user);
			return answers.isEmpty() ? null : answers.remove(0);
		});
	}

	@Test
	void aSavedPasswordIsReadInTheNextSessionWithoutAsking() throws Exception {
		answers.add(new WorkbenchPasswords.Answer("s3cret \"x\"", true));
		WorkbenchPasswords first = session(null);
		assertEquals("s3cret \"x\"", first.password("KPI", URL));
		assertEquals("s3cret \"x\"", first.password("Readiness", URL), "asked once per database");
		assertEquals(List.of("KPI " + URL + " crm"), asked);
		assertEquals("s3cret \"x\"", store.read(URL), "saved under the whole URL");

		asked.clear();
		assertEquals("s3cret \"x\"", session(null).password("KPI", URL));
		assertEquals(List.of(), asked, "the next session reads the store");

		// another user of the same database is another password
		answers.add(new WorkbenchPasswords.Answer("other", false));
		assertEquals("other", session(null).password("KPI", "jdbc:postgresql://db.example:5432/bank?user=audit"));
		assertEquals(List.of("KPI jdbc:postgresql://db.example:5432/bank?user=audit audit"), asked);

		// the same database and user with other connection parameters is asked, not sent the saved password
		asked.clear();
		answers.add(new WorkbenchPasswords.Answer("asked", false));
		assertEquals("asked", session(null).password("KPI", URL.replace("ssl=true", "ssl=false")));
		assertEquals(1, asked.size(), asked.toString());
	}

	@Test
	void theSavedPasswordIsEncrypted() throws Exception {
		answers.add(new WorkbenchPasswords.Answer("s3cret", true));
		session(null).password("KPI", URL);
		String node = SavedPasswords.NODE + "/" + EncodingUtils.encodeSlashes(SavedPasswords.key(URL));
		assertTrue(TestStores.open(dir.resolve("secure_storage")).node(node).isEncrypted("password"), "encrypted");
		assertFalse(Files.readString(dir.resolve("secure_storage")).contains("s3cret"), "not in the store's file as typed");
	}

	@Test
	void aPasswordNotSavedIsAskedAgainInTheNextSession() throws Exception {
		answers.add(new WorkbenchPasswords.Answer("typed", false));
		WorkbenchPasswords first = session(null);
		assertEquals("typed", first.password("KPI", URL));
		assertEquals("typed", first.password("Readiness", URL), "kept for the session");
		assertEquals(1, asked.size());
		assertNull(store.read(SavedPasswords.key(URL)));
		answers.add(new WorkbenchPasswords.Answer("typed", false));
		assertEquals("typed", session(null).password("KPI", URL));
		assertEquals(2, asked.size());
	}

	@Test
	void theVariableComesFirst() throws Exception {
		store.save(SavedPasswords.key(URL), "saved");
		WorkbenchPasswords passwords = session("from the environment");
		assertEquals("from the environment", passwords.password("KPI", URL));
		assertEquals("", passwords.refused("KPI", URL), "nothing to forget: the variable's password");
		assertEquals("saved", store.read(SavedPasswords.key(URL)));
		assertEquals(List.of(), asked);
	}

	@Test
	void aCancelledDialogFailsThatSourceInOneLineUntilThePasswordsAreForgotten() throws Exception {
		WorkbenchPasswords passwords = session(null);
		String message = assertThrows(DataException.class, () -> passwords.password("KPI 2026", URL)).getMessage();
		assertEquals("data source 'KPI 2026' (jdbc:postgresql://db.example:5432/bank): no password given (the password dialog was "
				+ "cancelled; Preferences › CRM Gap Studio › Forget Saved Database Passwords asks again)", message);
		assertThrows(DataException.class, () -> passwords.password("Readiness", URL));
		assertEquals(1, asked.size(), "not asked again in this session");

		store.save(SavedPasswords.key(URL), "saved");
		assertEquals(Messages.forgetAllDone, passwords.forgetAll());
		assertNull(store.read(SavedPasswords.key(URL)), "the saved ones forgotten too");
		answers.add(new WorkbenchPasswords.Answer("now", false));
		assertEquals("now", passwords.password("KPI 2026", URL));
		assertEquals(2, asked.size());
	}

	@Test
	void aPasswordTheServerRefusesIsForgotten() throws Exception {
		try (PostgresServer server = PostgresServer.start()) {
			String url = server.url(PostgresServer.DATABASE);
			store.save(SavedPasswords.key(url), "wrong");
			WorkbenchPasswords passwords = session(null);
			try (Databases databases = new Databases(passwords)) {
				String message = assertThrows(DataException.class, () -> databases.connect("KPI", url)).getMessage();
				assertEquals("data source 'KPI' (jdbc:postgresql://127.0.0.1:" + server.port + "/bank): cannot connect: password "
						+ "authentication failed for user \"crm\"; the password saved in secure storage was removed, the next analysis "
						+ "asks for it", message);
			}
			assertNull(store.read(SavedPasswords.key(url)));
			assertEquals(List.of(), asked, "the saved one was tried first");

			// the next analysis asks; a wrong password typed is forgotten for the session only
			answers.add(new WorkbenchPasswords.Answer("also wrong", false));
			answers.add(new WorkbenchPasswords.Answer(PostgresServer.PASSWORD, true));
			try (Databases databases = new Databases(passwords)) {
				String message = assertThrows(DataException.class, () -> databases.connect("KPI", url)).getMessage();
				assertTrue(message.endsWith("failed for user \"crm\"; the next analysis asks for the password again"), message);
			}
			try (Databases databases = new Databases(passwords)) {
				assertTrue(databases.connect("KPI", url).isValid(5));
			}
			assertEquals(2, asked.size());
			assertEquals(PostgresServer.PASSWORD, store.read(SavedPasswords.key(url)), "the right one saved");
		}
	}
}
