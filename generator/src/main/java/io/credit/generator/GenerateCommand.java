package io.credit.generator;

import io.credit.core.cli.JsonOption;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code ./credit generate}: synthetic input files in the documented formats. */
@Command(name = "generate", mixinStandardHelpOptions = true,
    description = {"Generate a synthetic customer population's input files (customers, transactions, statements, "
        + "payments) for every business date in a range, plus the ground truth (true default probabilities) and, "
        + "with --dirty-rate, a manifest of injected bad records.",
        "Deterministic for a seed; streams to disk (1M customers fit in a 1 GiB heap)."})
public class GenerateCommand implements Callable<Integer> {
  @Option(names = "--customers", defaultValue = "10000", description = "Number of customers (default: ${DEFAULT-VALUE}).")
  int customers;

  @Option(names = "--from", required = true, paramLabel = "YYYY-MM-DD", description = "First business date.")
  LocalDate from;

  @Option(names = "--to", required = true, paramLabel = "YYYY-MM-DD", description = "Last business date (inclusive).")
  LocalDate to;

  @Option(names = "--seed", defaultValue = "7", description = "Random seed (default: ${DEFAULT-VALUE}).")
  long seed;

  @Option(names = "--out", defaultValue = "inbox", paramLabel = "DIR",
      description = "Output folder; one sub-folder per date (default: ${DEFAULT-VALUE}).")
  Path out;

  @Option(names = "--dirty-rate", defaultValue = "0", paramLabel = "RATE",
      description = "Share of injected bad records per file, e.g. 0.01 (default: ${DEFAULT-VALUE}).")
  double dirtyRate;

  @Mixin
  JsonOption json;

  @Override
  public Integer call() throws Exception {
    GeneratorSettings settings = new GeneratorSettings(customers, from, to, seed, out, dirtyRate);
    System.out.printf("generating %,d customers from %s to %s (seed %d) into %s%n", customers, from, to, seed,
        out.toAbsolutePath());
    GenerationSummary s = new Generator(settings).run(System.out::println);
    System.out.printf("done: %,d transactions, %,d customer rows, %,d statements, %,d payments, %,d injected bad "
            + "records in %.1f s (%,.0f rows/s)%n", s.transactionRows(), s.customerRows(), s.statementRows(),
        s.paymentRows(), s.dirtyRows(), s.seconds(), s.rowsPerSecond());
    Map<String, Object> summary = new LinkedHashMap<>();
    summary.put("command", "generate");
    summary.put("status", "OK");
    summary.put("customers", s.customers());
    summary.put("days", s.days());
    summary.put("transactions", s.transactionRows());
    summary.put("customerRows", s.customerRows());
    summary.put("statements", s.statementRows());
    summary.put("payments", s.paymentRows());
    summary.put("dirtyRows", s.dirtyRows());
    summary.put("seconds", Math.round(s.seconds() * 10) / 10.0);
    summary.put("rowsPerSecond", Math.round(s.rowsPerSecond()));
    summary.put("out", s.out());
    json.print(System.out, summary);
    return 0;
  }
}
