package io.credit.app;

import io.credit.core.cli.BadInputException;
import io.credit.core.cli.ExitCodes;
import io.credit.core.db.DatabaseException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * The {@code ./credit} command line: one sub-command per capability. Each module contributes its
 * command classes; this class only assembles them.
 */
@Command(name = "credit", mixinStandardHelpOptions = true, version = "credit-platform 0.1.0",
    description = "Credit scoring and consumer-lending batch platform.",
    subcommands = {
        CommandLine.HelpCommand.class,
        io.credit.scoring.cli.ScorecardCommand.class,
        io.credit.scoring.cli.ModelsCommand.class,
        io.credit.scoring.cli.ScoreCommand.class,
        io.credit.scoring.bench.BenchCommand.class,
    })
public class CreditCli implements Runnable {
  @Spec
  CommandSpec spec;

  public static void main(String[] args) {
    System.exit(execute(args));
  }

  /** Runs the command line and returns the exit code (used by tests without exiting the JVM). */
  public static int execute(String... args) {
    CommandLine cli = new CommandLine(new CreditCli());
    cli.setExecutionExceptionHandler((ex, cmd, parsed) -> {
      cmd.getErr().println(cmd.getColorScheme().errorText("error: " + ex.getMessage()));
      if (ex instanceof BadInputException || ex instanceof IllegalArgumentException) {
        return ExitCodes.BAD_INPUT;
      }
      if (ex instanceof DatabaseException) {
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
