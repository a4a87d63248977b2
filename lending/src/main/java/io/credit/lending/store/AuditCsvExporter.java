package io.credit.lending.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.time.LocalDate;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.jdbi.v3.core.Jdbi;

/** Exports the decision audit (RFC 4180 CSV, header first) for a range of run dates, oldest first. */
public final class AuditCsvExporter {
  static final String[] COLUMNS = {"audit_id", "decided_at", "actor", "run_date", "snapshot_id", "customer_id",
      "product", "decision", "credit_limit", "deposit_waived", "model_name", "model_version", "policy_version",
      "inputs", "reasons"};

  private final Jdbi jdbi;

  public AuditCsvExporter(Jdbi jdbi) {
    this.jdbi = jdbi;
  }

  /** Writes the entries with {@code from <= run_date <= to}; returns how many. */
  public long export(Writer out, LocalDate from, LocalDate to) {
    try (CSVPrinter csv = new CSVPrinter(out, CSVFormat.RFC4180.builder().setHeader(COLUMNS)
        .setRecordSeparator("\n").get())) {
      long n = jdbi.withHandle(h -> h.createQuery("select " + String.join(", ", COLUMNS) + " from decision_audit "
              + "where run_date between :from and :to order by audit_id")
          .bind("from", from).bind("to", to).setFetchSize(10_000)
          .map((rs, ctx) -> {
            Object[] row = new Object[COLUMNS.length];
            for (int i = 0; i < COLUMNS.length; i++) {
              Object v = rs.getObject(i + 1);
              row[i] = v == null ? null : v.toString().replace('\n', '|');
            }
            try {
              csv.printRecord(row);
            } catch (IOException e) {
              throw new UncheckedIOException(e);
            }
            return 1;
          }).stream().count());
      csv.flush();
      return n;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
