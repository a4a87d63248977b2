package io.credit.scoring.bench;

import picocli.CommandLine.Command;

/**
 * {@code ./credit bench}: benchmark group. The scoring module contributes {@code scoring}; if another
 * module also needs a {@code bench} group, the lead merges the sub-commands into one.
 */
@Command(name = "bench", mixinStandardHelpOptions = true, description = "Benchmarks.",
    subcommands = {BenchScoringCommand.class})
public class BenchCommand implements Runnable {
  @Override
  public void run() {
    new picocli.CommandLine(this).usage(System.out);
  }
}
