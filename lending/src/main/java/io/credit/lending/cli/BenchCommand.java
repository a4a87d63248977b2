package io.credit.lending.cli;

import picocli.CommandLine.Command;

/** {@code ./credit bench …}: benchmarks (lending contributes {@code serve}). */
@Command(name = "bench", mixinStandardHelpOptions = true, description = "Benchmarks.",
    subcommands = {ServeBenchCommand.class})
public class BenchCommand implements Runnable {
  @Override
  public void run() {
    new picocli.CommandLine(this).usage(System.out);
  }
}
