package org.crmgap.cli;

import java.util.List;

/** The 22 SERVQUAL statements, shortened (Parasuraman, Zeithaml and Berry 1988), as the exports' sub-questions. */
final class ItemStatements {

	static final List<String> TEXT = List.of("Modern-looking equipment", "Visually appealing physical facilities",
			"Neat-appearing employees", "Materials (pamphlets, statements; letters) visually appealing",
			"Does what it promises by a certain time", "Shows a sincere interest in solving a problem",
			"Performs the service right the first time", "Provides its services at the time it promises",
			"Insists on error-free records", "Tells customers exactly when services will be performed",
			"Employees give prompt service", "Employees are always willing to help",
			"Employees are never too busy to respond", "Employees' behaviour instils \"confidence\"",
			"Customers feel safe in their transactions", "Employees are consistently courteous",
			"Employees have the knowledge to answer questions", "Gives customers individual attention",
			"Operating hours convenient to all its customers", "Employees give customers personal attention",
			"Has the customers' best interests at heart", "Employees understand customers' specific needs");

	private ItemStatements() {
	}
}
