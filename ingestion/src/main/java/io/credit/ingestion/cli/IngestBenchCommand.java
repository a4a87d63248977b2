package io.credit.ingestion.cli;

import io.credit.core.cli.JsonOption;
import io.credit.core.config.PlatformConfig;
import io.credit.core.db.Database;
import io.credit.ingestion.IngestRequest;
import io.credit.ingestion.IngestResult;
import io.credit.ingestion.IngestRunner;
import io.credit.ingestion.lake.TransactionLake;
import io.credit.ingestion.lake.TransactionParquetWriter;
import io.credit.ingestion.read.CsvDialect;
import io.credit.ingestion.read.LineReader;
import io.credit.ingestion.read.SourceLine;
import io.credit.ingestion.validate.TransactionRecord;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code ./credit bench ingest}: generates a large day, times the floor (read the same CSV and write
 * the same Parquet store, no validation) and the full validated {@code ingest} job, and prints rows/s
 * and their ratio. Run it with the heap you want to prove, e.g. {@code CREDIT_JAVA_OPTS=-Xmx2g}.
 */
@Command(name = "ingest", mixinStandardHelpOptions = true,
    description = "Benchmark: validated ingestion of a generated day vs the floor (CSV → Parquet, no validation).")
public class IngestBenchCommand implements Callable<Integer> {
  @Mixin JsonOption json;

  @Option(names = "--rows", defaultValue = "10000000", description = "Transactions in the day (default: ${DEFAULT-VALUE}).")
  long rows;

  @Option(names = "--customers", defaultValue = "1000000", description = "Customers (default: ${DEFAULT-VALUE}).")
  int customers;

  @Option(names = "--work-dir", defaultValue = "bench-work",
      description = "Scratch folder for the day, database and lake; emptied first (default: ${DEFAULT-VALUE}).")
  Path workDir;

  @Option(names = "--keep", description = "Keep the generated day (reuse it on the next run with the same sizes).")
  boolean keep;

  @Override
  public Integer call() throws Exception {
    LocalDate d = LocalDate.of(2025, 6, 30);
    Path inbox = workDir.resolve("inbox");
    Path day = inbox.resolve(d.toString());
    Path marker = day.resolve(".sizes");
    String sizes = rows + "/" + customers;
    TransactionLake.deleteRecursively(workDir.resolve("data"));
    TransactionLake.deleteRecursively(workDir.resolve("floor"));
    if (!Files.exists(marker) || !Files.readString(marker).equals(sizes)) {
      TransactionLake.deleteRecursively(day);
      long t0 = System.nanoTime();
      BenchDayWriter.write(day, d, customers, rows);
      Files.writeString(marker, sizes);
      System.out.printf("generated %,d transactions and %,d customers in %.1f s (%,d MB)%n", rows, customers,
          seconds(t0), Files.size(day.resolve("transactions.csv")) >> 20);
    }

    long f0 = System.nanoTime();
    long floorRows = floor(day.resolve("transactions.csv"), workDir.resolve("floor/part-00000.parquet"));
    double floorSeconds = seconds(f0);

    HeapSampler heap = HeapSampler.begin();
    PlatformConfig config = PlatformConfig.defaults().withDataDir(workDir.resolve("data")).withInboxDir(inbox);
    IngestResult result;
    double txnSeconds;
    double jobSeconds;
    try (Database db = Database.open(config); IngestRunner runner = new IngestRunner(config, db)) {
      long j0 = System.nanoTime();
      result = runner.ingest(IngestRequest.inbox(d, inbox));
      jobSeconds = seconds(j0);
      txnSeconds = db.jdbi().withHandle(h -> h.createQuery(
              "select min(start_time), max(end_time) from batch_step_execution where step_name like 'transactions-%'")
          .map((rs, ctx) -> Duration.between(rs.getTimestamp(1).toLocalDateTime(),
              rs.getTimestamp(2).toLocalDateTime()).toMillis() / 1000.0).one());
    }
    if (!result.ok()) {
      throw new IllegalStateException("benchmark ingest failed: " + result.message());
    }
    long peakHeap = heap.finish();
    double floorRate = floorRows / floorSeconds;
    double txnRate = rows / txnSeconds;
    System.out.printf("floor      : %,d rows in %.1f s = %,.0f rows/s (CSV → Parquet, no validation)%n", floorRows,
        floorSeconds, floorRate);
    System.out.printf("validated  : %,d rows in %.1f s = %,.0f rows/s (transactions steps of the ingest job)%n",
        rows, txnSeconds, txnRate);
    System.out.printf("ratio      : %.0f%% of the floor (goal ≥ 50%%)%n", 100 * txnRate / floorRate);
    System.out.printf("whole job  : %.1f s incl. %,d customers; heap max %d MB, peak used (sampled) %d MB%n", jobSeconds,
        customers, Runtime.getRuntime().maxMemory() >> 20, peakHeap >> 20);
    Map<String, Object> summary = new LinkedHashMap<>();
    summary.put("command", "bench ingest");
    summary.put("rows", rows);
    summary.put("floor_rows_per_s", Math.round(floorRate));
    summary.put("validated_rows_per_s", Math.round(txnRate));
    summary.put("ratio", txnRate / floorRate);
    summary.put("job_seconds", jobSeconds);
    summary.put("heap_max_mb", Runtime.getRuntime().maxMemory() >> 20);
    summary.put("heap_peak_used_mb", peakHeap >> 20);
    json.print(System.out, summary);
    if (!keep) {
      TransactionLake.deleteRecursively(workDir);
    }
    return 0;
  }

  /** The floor: the same reader and Parquet writer, only the parsing needed to write typed columns. */
  static long floor(Path csv, Path out) throws Exception {
    Files.createDirectories(out.getParent());
    long n = 0;
    try (LineReader reader = new LineReader(csv, CsvDialect.standard(), true, false);
         TransactionParquetWriter writer = new TransactionParquetWriter(out)) {
      reader.open(new ExecutionContext());
      for (SourceLine l = reader.read(); l != null; l = reader.read()) {
        String[] f = l.fields();
        writer.write(new TransactionRecord(f[0], f[1], LocalDateTime.parse(f[2]), cents(f[3]), f[4], f[5],
            f[6].isEmpty() ? null : f[6], f[7].isEmpty() ? null : f[7], f[8], f[9].isEmpty() ? null : cents(f[9])));
        n++;
      }
    }
    return n;
  }

  private static long cents(String s) {
    return new BigDecimal(s).movePointRight(2).longValueExact();
  }

  private static double seconds(long t0) {
    return (System.nanoTime() - t0) / 1e9;
  }

  /** Samples the used heap every 50 ms while the job runs (the peak after GC pressure, not a pool sum). */
  private static final class HeapSampler extends Thread {
    private volatile boolean running = true;
    private long peak;

    static HeapSampler begin() {
      HeapSampler s = new HeapSampler();
      s.setDaemon(true);
      s.start();
      return s;
    }

    @Override
    public void run() {
      Runtime rt = Runtime.getRuntime();
      while (running) {
        peak = Math.max(peak, rt.totalMemory() - rt.freeMemory());
        try {
          Thread.sleep(50);
        } catch (InterruptedException e) {
          return;
        }
      }
    }

    long finish() throws InterruptedException {
      running = false;
      join();
      return peak;
    }
  }
}
