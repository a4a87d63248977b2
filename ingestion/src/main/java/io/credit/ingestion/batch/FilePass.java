package io.credit.ingestion.batch;

import io.credit.ingestion.mapping.LayoutMapping;
import io.credit.ingestion.mapping.Layouts;
import io.credit.ingestion.read.LineReader;
import io.credit.ingestion.read.SourceLine;
import io.credit.ingestion.store.FileStats;
import io.credit.ingestion.validate.Checked;
import io.credit.ingestion.validate.FileKind;
import io.credit.ingestion.validate.LineChecker;
import io.credit.ingestion.validate.RawMasker;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemProcessor;
import org.springframework.batch.infrastructure.item.ItemReader;
import org.springframework.batch.infrastructure.item.ItemWriter;

/**
 * One pass over one input file, as a chunk step: read lines, check them, write rejects and/or valid
 * records. The {@code VALIDATE} pass records rejects and the file's accounting; the {@code PUBLISH}
 * pass (after the reject-rate check) writes the valid records. Each pass is idempotent and re-reads
 * its file from the start after a failure, clearing what an interrupted attempt left behind.
 *
 * <p>The step's reader, processor and writer are thin views of this object, which holds the state
 * of the current step execution (one execution at a time).
 */
final class FilePass<T> implements StepExecutionListener {
  enum Mode { VALIDATE, PUBLISH }

  static final String VALIDATED = "VALIDATED";
  static final String LOADED = "LOADED";
  static final String ABSENT = "ABSENT";
  static final String REJECTED = "REJECTED";

  private final FileKind kind;
  private final Mode mode;
  private final IngestServices services;
  private final FileRules<T> rules;
  /** Optional extra check after validation (transactions: duplicates). */
  private final AfterCheck<T> afterCheck;

  /** A check that runs after the file's rules and may turn a valid line into a rejected one. */
  @FunctionalInterface
  interface AfterCheck<T> {
    Checked<T> apply(LineChecker<T> checker, SourceLine line, Checked<T> checked);
  }

  private IngestParameters params;
  private LineReader reader;
  private LineChecker<T> checker;
  private FileRules.Sink<T> sink;
  private LocalDateTime startedAt;
  private long read;
  private long loaded;
  private long rejected;
  private long duplicate;

  FilePass(FileKind kind, Mode mode, IngestServices services, FileRules<T> rules,
      AfterCheck<T> afterCheck) {
    this.kind = kind;
    this.mode = mode;
    this.services = services;
    this.rules = rules;
    this.afterCheck = afterCheck;
  }

  String stepName() {
    return kind.stepName() + "-" + mode.name().toLowerCase(java.util.Locale.ROOT);
  }

  IngestParameters params() {
    return params;
  }

  @Override
  public void beforeStep(StepExecution stepExecution) {
    params = services.parameters(stepExecution.getJobParameters());
    startedAt = LocalDateTime.now();
    read = loaded = rejected = duplicate = 0;
    String fileName = params.fileName(kind);
    if (mode == Mode.VALIDATE) {
      services.rejects().clear(params.runDate(), fileName);
    } else {
      Optional<FileStats> stats = services.stats().find(params.runDate(), fileName);
      if (stats.isPresent() && stats.get().exceedsRejectRate(params.maxRejectRate())) {
        services.stats().save(stats.get().withStatus(REJECTED, LocalDateTime.now()));
        throw new RejectRateExceededException(stats.get(), params.maxRejectRate());
      }
    }
    Optional<Path> file = params.inputFile(kind);
    if (file.isEmpty()) {
      return;
    }
    LayoutMapping mapping = kind == FileKind.TRANSACTIONS && params.mapping() != null
        ? LayoutMapping.load(params.mapping()) : null;
    boolean header = mapping == null || mapping.hasHeader();
    reader = new LineReader(file.get(), Layouts.dialect(mapping), header, params.isForeignFile());
    reader.open(new ExecutionContext());
    RawMasker masker = kind == FileKind.CUSTOMERS ? RawMasker.forHeader(reader.header()) : RawMasker.none();
    checker = new LineChecker<>(Layouts.layout(kind, mapping, fileName, reader.header()),
        rules.validator(params, mode), masker, kind.columns(), params.runDate());
    try {
      sink = rules.sink(params, mode);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  ItemReader<SourceLine> reader() {
    return () -> reader == null ? null : reader.read();
  }

  ItemProcessor<SourceLine, Checked<T>> processor() {
    return line -> {
      Checked<T> checked = checker.check(line);
      return afterCheck == null ? checked : afterCheck.apply(checker, line, checked);
    };
  }

  ItemWriter<Checked<T>> writer() {
    return this::write;
  }

  private void write(Chunk<? extends Checked<T>> chunk) throws IOException {
    List<Checked.Rejected<T>> bad = new ArrayList<>();
    List<T> good = new ArrayList<>(chunk.size());
    for (Checked<T> c : chunk) {
      read++;
      if (c instanceof Checked.Valid<T> v) {
        good.add(v.value());
        loaded++;
      } else {
        Checked.Rejected<T> r = (Checked.Rejected<T>) c;
        bad.add(r);
        if (r.isDuplicate()) {
          duplicate++;
        } else {
          rejected++;
        }
      }
    }
    if (mode == Mode.VALIDATE) {
      services.rejects().insert(params.runDate(), params.fileName(kind), bad);
    }
    sink.write(good);
  }

  @Override
  public ExitStatus afterStep(StepExecution stepExecution) {
    boolean success = stepExecution.getStatus() == BatchStatus.COMPLETED
        && stepExecution.getFailureExceptions().isEmpty();
    try {
      if (reader != null) {
        reader.close();
      }
      if (sink != null) {
        sink.close(success);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      reader = null;
      sink = null;
    }
    if (success && params.tracks(kind)) {
      saveStats();
    }
    return stepExecution.getExitStatus();
  }

  private void saveStats() {
    String fileName = params.fileName(kind);
    boolean present = params.inputFile(kind).isPresent();
    if (mode == Mode.VALIDATE) {
      services.stats().save(new FileStats(params.runDate(), fileName, read, loaded, rejected, duplicate,
          present ? VALIDATED : ABSENT, startedAt, null));
    } else if (present && kind != FileKind.TRANSACTIONS) {
      FileStats validated = services.stats().find(params.runDate(), fileName).orElseThrow();
      if (validated.loaded() != loaded) {
        throw new IllegalStateException(fileName + " changed between validation and publishing: " + validated.loaded()
            + " valid lines then, " + loaded + " now; rerun with --force");
      }
      services.stats().save(validated.withStatus(LOADED, LocalDateTime.now()));
    }
  }
}
