package io.credit.ingestion.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code ./credit bench}: benchmarks (timing goals live here, never in tests). */
@Command(name = "bench", mixinStandardHelpOptions = true, description = "Benchmarks.",
    subcommands = {IngestBenchCommand.class, CommandLine.HelpCommand.class})
public class BenchCommand implements Runnable {
  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(System.out);
  }
}
