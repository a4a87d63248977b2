package io.credit.generator;

import io.credit.generator.internal.CsvOut;
import io.credit.generator.internal.DaySimulator;
import io.credit.generator.internal.DirtInjector;
import io.credit.generator.internal.FileKind;
import io.credit.generator.internal.Population;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Writes a synthetic population's input files, one folder per business date, streaming day by
 * day (memory grows with the number of customers, not with the length of the history), plus the
 * ground truth and, with dirt, the manifest of injected bad records.
 */
public final class Generator {
  public static final String GROUND_TRUTH = "ground_truth.csv";
  public static final String DIRTY_MANIFEST = "dirty_manifest.csv";

  private final GeneratorSettings settings;

  public Generator(GeneratorSettings settings) {
    this.settings = settings;
  }

  /** Generates everything; {@code progress} receives one line per month written. */
  public GenerationSummary run(Consumer<String> progress) throws IOException {
    long started = System.nanoTime();
    Files.createDirectories(settings.out());
    Population population = Population.create(settings);
    writeGroundTruth(population, settings.out().resolve(GROUND_TRUTH));
    DaySimulator simulator = new DaySimulator(population);
    Map<FileKind, Long> rows = new EnumMap<>(FileKind.class);
    for (FileKind k : FileKind.values()) {
      rows.put(k, 0L);
    }
    DirtInjector dirt = settings.dirtyRate() > 0
        ? new DirtInjector(settings.dirtyRate(), settings.seed(), settings.out().resolve(DIRTY_MANIFEST)) : null;
    int days = 0;
    try {
      for (LocalDate d = settings.from(); !d.isAfter(settings.to()); d = d.plusDays(1)) {
        Path dir = settings.out().resolve(d.toString());
        Files.createDirectories(dir);
        try (CsvOut customers = new CsvOut(dir, FileKind.CUSTOMERS, d, dirt);
             CsvOut txns = new CsvOut(dir, FileKind.TRANSACTIONS, d, dirt);
             CsvOut statements = new CsvOut(dir, FileKind.STATEMENTS, d, dirt);
             CsvOut payments = new CsvOut(dir, FileKind.PAYMENTS, d, dirt)) {
          simulator.customers(d, d.equals(settings.from()), customers);
          simulator.activity(d, txns, statements, payments);
          rows.merge(FileKind.CUSTOMERS, customers.cleanRows(), Long::sum);
          rows.merge(FileKind.TRANSACTIONS, txns.cleanRows(), Long::sum);
          rows.merge(FileKind.STATEMENTS, statements.cleanRows(), Long::sum);
          rows.merge(FileKind.PAYMENTS, payments.cleanRows(), Long::sum);
        }
        days++;
        if (d.equals(settings.to()) || d.plusDays(1).getDayOfMonth() == 1) {
          double secs = (System.nanoTime() - started) / 1e9;
          long total = rows.values().stream().mapToLong(Long::longValue).sum();
          progress.accept(String.format("generated up to %s: %,d rows, %,.0f rows/s", d, total, total / secs));
        }
      }
    } finally {
      if (dirt != null) {
        dirt.close();
      }
    }
    double seconds = (System.nanoTime() - started) / 1e9;
    return new GenerationSummary(settings.customers(), days, rows.get(FileKind.CUSTOMERS),
        rows.get(FileKind.TRANSACTIONS), rows.get(FileKind.STATEMENTS), rows.get(FileKind.PAYMENTS),
        dirt == null ? 0 : dirt.injected(), seconds, settings.out().toAbsolutePath().toString());
  }

  private static void writeGroundTruth(Population p, Path file) throws IOException {
    try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      w.write("customer_id,archetype,latent,monthly_hazard,pd_12m,default_date\n");
      for (int i = 0; i < p.size; i++) {
        int dd = p.defaultDay[i];
        w.write(Population.customerId(i) + "," + p.archetypeOf(i) + "," + String.format("%.5f", p.latent[i]) + ","
            + String.format("%.6f", p.monthlyHazard[i]) + "," + String.format("%.6f", p.pd12(i)) + ","
            + (dd == Population.NEVER ? "" : LocalDate.ofEpochDay(dd).toString()) + "\n");
      }
    }
  }
}
