package io.credit.features.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code ./credit bench}: the group of benchmarks. Only {@code features} lives here for now; other
 * modules' benchmarks can join it as sub-commands (the group may move to the app module).
 */
@Command(name = "bench", mixinStandardHelpOptions = true, description = "Benchmarks.",
    subcommands = {FeaturesBenchCommand.class})
public class BenchCommand implements Runnable {
  @Spec
  CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(System.out);
  }
}
