package org.crmgap.cli;

/** Exit codes shared by all commands, so scripts and CI can branch on them. */
final class ExitCodes {

	static final int CLEAN = 0;
	static final int WARNINGS = 1;
	static final int ERRORS = 2;

	private ExitCodes() {
	}
}
