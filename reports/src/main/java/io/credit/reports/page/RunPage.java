package io.credit.reports.page;

import io.credit.reports.read.FileStat;
import io.credit.reports.read.RejectExample;
import io.credit.reports.read.RuleCount;
import io.credit.reports.read.RunReads;
import io.credit.reports.read.StepTiming;
import io.credit.reports.site.Cell;
import io.credit.reports.site.Fmt;
import io.credit.reports.site.IdentityMask;
import io.credit.reports.site.Page;
import io.credit.reports.site.Table;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The run report: ingestion accounting per file, rejects by rule with masked examples, step timings, warnings. */
public final class RunPage {
  /** A file whose reject share is above this is flagged. */
  static final double REJECT_WARNING = 0.05;

  private RunPage() {}

  public record Result(Page page, List<String> warnings) {}

  public static Result build(ReportContext ctx, List<String> otherWarnings) {
    Map<String, Object> model = new HashMap<>();
    List<Table> tables = new ArrayList<>();
    List<String> warnings = new ArrayList<>();
    if (ctx.probe().has("ingest_file_stats", "ingest_rejects")) {
      RunReads reads = ctx.dao(RunReads.class);
      List<FileStat> files = reads.fileStats(ctx.date());
      if (files.isEmpty()) {
        warnings.add("No ingestion accounting for " + ctx.date() + ": the ingest step has not run for this date.");
      }
      Table.Builder t = Table.builder("files", "Ingestion accounting per file", "File", "Status", "Rows read",
          "Loaded", "Rejected", "Duplicates", "Reject rate", "Started", "Took")
          .whenEmpty("No file was ingested for this date.");
      long read = 0;
      long loaded = 0;
      long rejected = 0;
      long dups = 0;
      for (FileStat f : files) {
        t.row(Cell.text(f.fileName()), Cell.text(f.status()), Fmt.count(f.rowsRead()), Fmt.count(f.rowsLoaded()),
            Fmt.count(f.rowsRejected()), Fmt.count(f.rowsDuplicate()), Fmt.pct(f.rowsRejected(), f.rowsRead()),
            Fmt.time(f.startedAt()), Fmt.duration(f.startedAt(), f.finishedAt()));
        read += f.rowsRead();
        loaded += f.rowsLoaded();
        rejected += f.rowsRejected();
        dups += f.rowsDuplicate();
        if (f.status() != null && !"LOADED".equalsIgnoreCase(f.status())) {
          warnings.add(f.fileName() + ": status " + f.status()
              + ("ABSENT".equalsIgnoreCase(f.status()) ? " (no file for this date)" : ""));
        }
        if (f.rowsRead() > 0 && (double) f.rowsRejected() / f.rowsRead() > REJECT_WARNING) {
          warnings.add(f.fileName() + ": " + Fmt.pctText((double) f.rowsRejected() / f.rowsRead())
              + " of rows rejected (above " + Fmt.pctText(REJECT_WARNING) + ")");
        }
      }
      if (!files.isEmpty()) {
        t.row(Cell.text("All files"), Cell.text(""), Fmt.count(read), Fmt.count(loaded), Fmt.count(rejected),
            Fmt.count(dups), Fmt.pct(rejected, read), Cell.text(""), Cell.text(""));
      }
      tables.add(t.build());
      model.put("cards", List.of(Card.of("Rows read", String.format(Locale.ROOT, "%,d", read)),
          Card.of("Loaded", String.format(Locale.ROOT, "%,d", loaded)),
          new Card("Rejected", String.format(Locale.ROOT, "%,d", rejected), read == 0 ? null
              : Fmt.pctText((double) rejected / read) + " of rows read"),
          Card.of("Duplicates", String.format(Locale.ROOT, "%,d", dups))));

      Table.Builder rules = Table.builder("rejects-by-rule", "Rejected lines by rule", "File", "Rule", "Lines")
          .whenEmpty("No line was rejected.");
      for (RuleCount r : reads.rejectsByRule(ctx.date())) {
        rules.row(Cell.text(r.fileName()), Cell.text(r.rule()), Fmt.count(r.rejected()));
      }
      tables.add(rules.build());
      Table.Builder ex = Table.builder("reject-examples", "Examples of rejected lines (personal fields masked; first "
          + ctx.options().rejectExamplesPerRule() + " per file and rule)", "File", "Line", "Rule", "Message",
          "Line as received (masked)").whenEmpty("No line was rejected.");
      for (RejectExample e : reads.rejectExamples(ctx.date(), ctx.options().rejectExamplesPerRule())) {
        ex.row(Cell.text(e.fileName()), Fmt.count(e.lineNumber()), Cell.text(e.rule()),
            Cell.text(IdentityMask.mask(e.message())), Cell.text(IdentityMask.mask(e.rawMasked())));
      }
      tables.add(ex.build());
    } else {
      model.put("noIngestion", "No ingestion tables in this database yet: the ingest step has never run here.");
      warnings.add("No ingestion tables: the ingest step has never run on this database.");
    }
    if (ctx.probe().has("batch_step_execution", "batch_job_execution", "batch_job_instance",
        "batch_job_execution_params")) {
      Table.Builder steps = Table.builder("steps", "Step timings", "Job", "Step", "Status", "Started", "Took",
          "Read", "Written").whenEmpty("No batch job recorded steps for this date.");
      for (StepTiming s : ctx.dao(RunReads.class).stepTimings(ctx.date().toString())) {
        steps.row(Cell.text(s.jobName()), Cell.text(s.stepName()), Cell.text(s.status()), Fmt.time(s.startTime()),
            Fmt.duration(s.startTime(), s.endTime()), s.readCount() == null ? Cell.text("") : Fmt.count(s.readCount()),
            s.writeCount() == null ? Cell.text("") : Fmt.count(s.writeCount()));
        if (s.status() != null && !"COMPLETED".equalsIgnoreCase(s.status())) {
          warnings.add("Step " + s.jobName() + "/" + s.stepName() + " ended " + s.status());
        }
      }
      tables.add(steps.build());
    } else {
      model.put("noSteps", "Step timings are not available: no Spring Batch job repository in this database.");
    }
    warnings.addAll(otherWarnings);
    model.put("warnings", warnings);
    return new Result(new Page("run.html", "Run report", "run", model, tables), warnings);
  }
}
