package io.credit.app.faults;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * The invariants a run that was killed (or failed) and restarted must satisfy, each compared with
 * the clean run: the same tables, no duplicate transactions, a complete and consistent eligibility
 * snapshot, a complete decision audit, a COMPLETED job and a report.
 */
final class Invariants {
  static final List<String> NAMES = List.of("tables-equal", "no-duplicate-transactions", "lake-equal",
      "features-equal", "eligibility-complete", "eligibility-consistent", "decision-audit-complete",
      "job-completed", "report-index", "folders-equal");

  private Invariants() {}

  static List<InvariantResult> check(PlatformState clean, PlatformState run, LocalDate date) {
    List<InvariantResult> out = new ArrayList<>();
    out.add(tables(clean, run));
    out.add(new InvariantResult("no-duplicate-transactions", run.lakeRows() == run.lakeDistinctTxnIds(),
        run.lakeRows() + " lake rows, " + run.lakeDistinctTxnIds() + " distinct txn_id"));
    out.add(new InvariantResult("lake-equal", run.lakeRows() == clean.lakeRows() && run.lakeDay().equals(clean.lakeDay()),
        run.lakeRows() + " rows (clean " + clean.lakeRows() + "), " + run.lakeDay().size() + " on " + date
            + " (clean " + clean.lakeDay().size() + ")" + firstDifference(clean.lakeDay(), run.lakeDay())));
    out.add(new InvariantResult("features-equal", run.features().equals(clean.features()),
        run.features().size() + " customers as of " + date + " (clean " + clean.features().size() + ")"
            + firstDifference(clean.features(), run.features())));
    PlatformState.Snapshot s = run.current();
    boolean complete = "PUBLISHED".equals(s.status()) && date.toString().equals(s.runDate()) && s.rows() == s.recordedDecisions()
        && s.missingCustomerProducts() == 0 && s.scoredCustomers() > 0 && s.rows() == s.scoredCustomers() * s.products()
        && s.rows() == clean.current().rows();
    out.add(new InvariantResult("eligibility-complete", complete, "current snapshot " + s.label() + " " + s.status()
        + " for " + s.runDate() + ": " + s.rows() + " rows (clean " + clean.current().rows() + "), recorded "
        + s.recordedDecisions() + ", " + s.scoredCustomers() + " scored customers × " + s.products() + " products, "
        + s.missingCustomerProducts() + " missing"));
    out.add(new InvariantResult("eligibility-consistent", s.publishedForDate() == 1 && Objects.equals(s.label(), date + "#1"),
        s.publishedForDate() + " published snapshot(s) for " + date + "; abandoned rows set apart: " + run.abandonedRows()));
    out.add(new InvariantResult("decision-audit-complete", run.currentAudit().equals(clean.currentAudit()),
        run.currentAudit().size() + " audit rows of the current snapshot (clean " + clean.currentAudit().size() + ")"
            + firstDifference(clean.currentAudit(), run.currentAudit())));
    out.add(new InvariantResult("job-completed", "COMPLETED".equals(run.nightlyStatus()),
        "nightly executions for " + date + ": " + run.nightlyHistory()));
    out.add(new InvariantResult("report-index", run.reportFiles().contains("index.html")
        && run.reportFiles().equals(clean.reportFiles()), run.reportFiles().size() + " report files (clean "
        + clean.reportFiles().size() + ")"));
    Set<String> extra = new TreeSet<>(run.folders());
    extra.removeAll(clean.folders());
    Set<String> missing = new TreeSet<>(clean.folders());
    missing.removeAll(run.folders());
    out.add(new InvariantResult("folders-equal", extra.isEmpty() && missing.isEmpty(),
        "extra " + extra + ", missing " + missing));
    return out;
  }

  private static InvariantResult tables(PlatformState clean, PlatformState run) {
    List<String> differing = new ArrayList<>();
    for (Map.Entry<String, List<String>> t : clean.tables().entrySet()) {
      List<String> other = run.tables().get(t.getKey());
      if (other == null) {
        differing.add(t.getKey() + " missing");
      } else if (!other.equals(t.getValue())) {
        differing.add(t.getKey() + " " + other.size() + " rows (clean " + t.getValue().size() + ")"
            + firstDifference(t.getValue(), other));
      }
    }
    for (String t : run.tables().keySet()) {
      if (!clean.tables().containsKey(t)) {
        differing.add(t + " not in the clean run");
      }
    }
    return new InvariantResult("tables-equal", differing.isEmpty(), differing.isEmpty()
        ? clean.tables().size() + " tables, " + clean.tables().values().stream().mapToInt(List::size).sum() + " rows"
        : String.join("; ", differing));
  }

  /** The first row one side has and the other lacks, shortened; empty when the lists are equal. */
  static String firstDifference(List<String> clean, List<String> run) {
    if (clean.equals(run)) {
      return "";
    }
    Set<String> a = new TreeSet<>(clean);
    Set<String> b = new TreeSet<>(run);
    for (String r : b) {
      if (!a.contains(r)) {
        return "; e.g. unexpected " + shorten(r);
      }
    }
    for (String r : a) {
      if (!b.contains(r)) {
        return "; e.g. missing " + shorten(r);
      }
    }
    return "; same rows, different multiplicity";
  }

  /**
   * Names a row without printing its content (rows hold personal attributes): the pseudonymous
   * customer id when the row has one, else its first column.
   */
  private static String shorten(String row) {
    java.util.regex.Matcher m = java.util.regex.Pattern.compile("(C\\d{8})").matcher(row);
    if (m.find()) {
      return "a row of customer " + m.group(1);
    }
    String first = row.contains("|") ? row.substring(0, row.indexOf('|')) : row;
    return "a row " + (first.length() <= 80 ? first : first.substring(0, 80) + "…");
  }
}
