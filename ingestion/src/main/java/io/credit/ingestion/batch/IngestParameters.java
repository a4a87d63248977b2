package io.credit.ingestion.batch;

import io.credit.ingestion.validate.FileKind;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;

/**
 * The parameters of one {@code ingest} run.
 *
 * @param runDate       business date D (identifying parameter {@value #RUN_DATE})
 * @param inputDir      folder with the day's files
 * @param maxRejectRate a file whose rejected share exceeds this fails its step (0.05 = 5%)
 * @param mapping       layout mapping of the transactions file, {@code null} for our own format
 * @param source        {@code null} for an inbox run; for a foreign file, its mapping and name
 *                      (identifying, so it never collides with an inbox run of the same date)
 * @param sourceFile    for a foreign file: its name, used as the transactions file name
 * @param dedupeDays    how many earlier lake partitions are checked for already stored txn ids
 */
public record IngestParameters(LocalDate runDate, Path inputDir, double maxRejectRate, String mapping,
    String source, String sourceFile, int dedupeDays) {
  public static final String RUN_DATE = "run.date";
  public static final String FORCE_RUN = "force.run";
  public static final String SOURCE = "source";
  public static final double DEFAULT_MAX_REJECT_RATE = 0.05;
  public static final int DEFAULT_DEDUPE_DAYS = 30;

  /**
   * Reads a run's parameters; only {@value #RUN_DATE} is required (e.g. when the steps run inside the
   * nightly job): the input folder then defaults to {@code <inboxRoot>/<run.date>}.
   */
  public static IngestParameters from(JobParameters p, Path inboxRoot) {
    String date = p.getString(RUN_DATE);
    if (date == null) {
      throw new IllegalArgumentException("job parameter " + RUN_DATE + " (YYYY-MM-DD) is required");
    }
    String input = p.getString("input.dir");
    return new IngestParameters(LocalDate.parse(date), input != null ? Path.of(input) : inboxRoot.resolve(date),
        p.getDouble("max.reject.rate", DEFAULT_MAX_REJECT_RATE), p.getString("mapping"), p.getString(SOURCE),
        p.getString("source.file"), p.getLong("dedupe.days", (long) DEFAULT_DEDUPE_DAYS).intValue());
  }

  /** Job parameters for a fresh launch ({@code forceRun} &gt; 0 adds the identifying {@value #FORCE_RUN}). */
  public JobParameters toJobParameters(long forceRun) {
    JobParametersBuilder b = new JobParametersBuilder()
        .addString(RUN_DATE, runDate.toString(), true)
        .addString("input.dir", inputDir.toString(), false)
        .addDouble("max.reject.rate", maxRejectRate, false)
        .addLong("dedupe.days", (long) dedupeDays, false)
        .addLong("launcher.pid", ProcessHandle.current().pid(), false);
    if (mapping != null) {
      b.addString("mapping", mapping, false);
    }
    if (source != null) {
      b.addString(SOURCE, source, true);
      b.addString("source.file", sourceFile, false);
    }
    if (forceRun > 0) {
      b.addLong(FORCE_RUN, forceRun, true);
    }
    return b.toJobParameters();
  }

  public boolean isForeignFile() {
    return source != null;
  }

  /** The name under which a file's accounting and rejects are recorded. */
  public String fileName(FileKind kind) {
    return isForeignFile() && kind == FileKind.TRANSACTIONS ? sourceFile : kind.fileName();
  }

  /** The file to read, if present today. */
  public Optional<Path> inputFile(FileKind kind) {
    if (isForeignFile() && kind != FileKind.TRANSACTIONS) {
      return Optional.empty();
    }
    Path file = inputDir.resolve(fileName(kind));
    return Files.isRegularFile(file) ? Optional.of(file) : Optional.empty();
  }

  /** Whether the stats table records this file at all (a foreign-file run only has transactions). */
  public boolean tracks(FileKind kind) {
    return !isForeignFile() || kind == FileKind.TRANSACTIONS;
  }
}
