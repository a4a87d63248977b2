package io.credit.app;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code ./credit bench <what>}: the benchmarks behind every speed figure in the READMEs. Each one
 * measures the platform and, in the same run, the floor it is compared with.
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
    description = "Benchmarks: each measures the platform and, in the same run, the floor it is compared with.",
    subcommands = {
        io.credit.ingestion.cli.IngestBenchCommand.class,
        io.credit.features.cli.FeaturesBenchCommand.class,
        io.credit.scoring.bench.BenchScoringCommand.class,
        io.credit.lending.cli.ServeBenchCommand.class,
        io.credit.reports.cli.ReportBenchCommand.class,
        io.credit.app.faults.FaultsBenchCommand.class,
    })
public class BenchCommand implements Runnable {
  @Spec
  CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(System.out);
  }
}
