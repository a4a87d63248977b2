package io.credit.app;

import io.credit.core.cli.BadInputException;
import io.credit.core.cli.ExitCodes;
import io.credit.core.db.DatabaseException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;

/**
 * The {@code ./credit} command line: one sub-command per capability. Each module contributes its
 * command classes; this class only assembles them.
 */
@Command(name = "credit", mixinStandardHelpOptions = true, version = "credit-platform 0.1.0",
    description = "Credit scoring and consumer-lending batch platform.",
    subcommands = {
        CommandLine.HelpCommand.class,
        io.credit.generator.GenerateCommand.class,
        io.credit.ingestion.cli.IngestCommand.class,
        io.credit.features.cli.FeaturesCommand.class,
        io.credit.app.demo.DemoCommand.class,
        io.credit.app.privacy.SubjectCommand.class,
        io.credit.app.privacy.PurgeCommand.class,
        io.credit.lending.cli.EligibilityCommand.class,
        io.credit.lending.cli.AuditExportCommand.class,
        io.credit.lending.cli.ServeCommand.class,
        io.credit.lending.cli.ApiKeyCommand.class,
        io.credit.scoring.cli.ScorecardCommand.class,
        io.credit.scoring.cli.ModelsCommand.class,
        io.credit.scoring.lifecycle.TrainCommand.class,
        io.credit.scoring.lifecycle.BacktestCommand.class,
        io.credit.scoring.lifecycle.ScoreCommand.class,
        io.credit.reports.cli.ReportCommand.class,
        io.credit.app.nightly.NightlyCommand.class,
        io.credit.app.schedule.ScheduleCommand.class,
        BenchCommand.class,
    })
public class CreditCli implements Runnable {
  @Spec
  CommandSpec spec;

  @Option(names = "--log-format", scope = ScopeType.INHERIT, paramLabel = "text|json",
      defaultValue = "${env:CREDIT_LOG_FORMAT:-text}",
      description = "Log lines on standard error: human-readable text (default) or JSON lines (env CREDIT_LOG_FORMAT).")
  String logFormat;

  public static void main(String[] args) {
    selectLogFormat(args);
    System.exit(execute(args));
  }

  /** Chooses the logging configuration before anything logs (the option is also declared for --help). */
  static void selectLogFormat(String[] args) {
    String format = System.getenv().getOrDefault("CREDIT_LOG_FORMAT", "text");
    for (int i = 0; i < args.length; i++) {
      if (args[i].equals("--log-format") && i + 1 < args.length) {
        format = args[i + 1];
      } else if (args[i].startsWith("--log-format=")) {
        format = args[i].substring("--log-format=".length());
      }
    }
    if ("json".equalsIgnoreCase(format)) {
      System.setProperty("log4j2.configurationFile", "log4j2-json.properties");
    }
  }

  /** Runs the command line and returns the exit code (used by tests without exiting the JVM). */
  public static int execute(String... args) {
    CommandLine cli = new CommandLine(new CreditCli());
    cli.setExecutionExceptionHandler((ex, cmd, parsed) -> {
      cmd.getErr().println(cmd.getColorScheme().errorText("error: " + ex.getMessage()));
      if (ex instanceof BadInputException || ex instanceof IllegalArgumentException) {
        return ExitCodes.BAD_INPUT;
      }
      if (DatabaseException.isConnectionFailure(ex)) {
        return ExitCodes.DB_UNAVAILABLE;
      }
      if (System.getenv("CREDIT_DEBUG") != null) {
        ex.printStackTrace(cmd.getErr());
      } else {
        cmd.getErr().println("(set CREDIT_DEBUG=1 for the stack trace)");
      }
      return ExitCodes.FAILED;
    });
    return cli.execute(args);
  }

  @Override
  public void run() {
    spec.commandLine().usage(System.out);
  }
}
