package org.crmgap.cli;

import picocli.CommandLine.Command;

/** The top-level command; each subcommand is one job. */
@Command(name = "crmgap", mixinStandardHelpOptions = true, version = "CRM Gap Studio 1.0",
		description = "Headless analysis of CRM gap models.",
		subcommands = { SummaryCommand.class, ValidateCommand.class, DiffCommand.class, MergeCommand.class, OutlineCommand.class,
				FormatCommand.class, SurveyCommand.class, ProfilesCommand.class, AnalyzeCommand.class, ReportCommand.class,
				ExportCommand.class })
class CrmGapCommand {
}
