package io.credit.generator;

import java.nio.file.Path;
import java.time.LocalDate;

/**
 * What to generate.
 *
 * @param customers number of customers (about 85% exist before {@code from}, the rest join during the period)
 * @param from      first business date (inclusive)
 * @param to        last business date (inclusive)
 * @param seed      random seed: the same settings give byte-identical files
 * @param out       output folder: {@code out/<date>/*.csv}, {@code out/ground_truth.csv}
 * @param dirtyRate share of injected bad records per file (0 = clean); listed in {@code dirty_manifest.csv}
 */
public record GeneratorSettings(int customers, LocalDate from, LocalDate to, long seed, Path out, double dirtyRate) {
  public GeneratorSettings {
    if (customers < 1 || customers > 50_000_000) {
      throw new IllegalArgumentException("--customers must be between 1 and 50,000,000, got " + customers);
    }
    if (to.isBefore(from)) {
      throw new IllegalArgumentException("--to " + to + " is before --from " + from);
    }
    if (dirtyRate < 0 || dirtyRate > 0.5) {
      throw new IllegalArgumentException("--dirty-rate must be between 0 and 0.5, got " + dirtyRate);
    }
  }
}
