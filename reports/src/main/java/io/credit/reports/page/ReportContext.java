package io.credit.reports.page;

import io.credit.reports.ReportOptions;
import io.credit.reports.read.SchemaProbe;
import io.credit.reports.read.Snapshot;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import org.jdbi.v3.core.Jdbi;

/**
 * What every page builder needs: the database, which tables exist, the business date, the published
 * eligibility snapshot of that date (if any) and the customers that get a page of their own.
 *
 * @param dataDir      the platform's data directory (model artifacts are resolved against it)
 * @param snapshotPass  what the one pass over the snapshot's decisions found (empty without a snapshot)
 */
public record ReportContext(Jdbi jdbi, SchemaProbe probe, LocalDate date, Path dataDir, ReportOptions options,
    Optional<Snapshot> snapshot, SnapshotPass snapshotPass) {

  /** Ids of the customers that have a page (links go only to those). */
  public Set<String> customerPages() {
    return snapshotPass.customerPages().keySet();
  }

  public <T> T dao(Class<T> type) {
    return jdbi.onDemand(type);
  }

  /** Link from a page in the site root to a customer's page, or {@code null} when it has none. */
  public String customerHref(String customerId, String root) {
    return snapshotPass.customerPages().containsKey(customerId) ? root + "customers/" + customerId + ".html" : null;
  }
}
