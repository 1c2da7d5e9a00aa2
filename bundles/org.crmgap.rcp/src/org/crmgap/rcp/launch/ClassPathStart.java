package org.crmgap.rcp.launch;

import org.eclipse.core.runtime.adaptor.EclipseStarter;

/**
 * Starts the workbench with Equinox on the JVM's class path instead of through the Equinox launcher jar
 * (README, Start time): the launcher loads the framework in a class loader of its own, whose classes the JVM's class
 * data sharing archive cannot keep. Run by the {@code crmgap} script with the framework's {@link UnsignedCopy} and
 * this bundle's jar as the class path; not used inside OSGi.
 */
public final class ClassPathStart {

	private ClassPathStart() {
	}

	public static void main(String[] args) throws Exception {
		if (System.getProperty("eclipse.startTime") == null) {
			System.setProperty("eclipse.startTime", Long.toString(System.currentTimeMillis()));
		}
		Object code = EclipseStarter.run(args, null);
		// as the launcher: the application's exit code ends the JVM, also when a non-daemon thread is left
		System.exit(code instanceof Integer exit ? exit : 0);
	}
}
