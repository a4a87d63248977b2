package io.credit.app.privacy;

import io.credit.core.cli.BadInputException;
import io.credit.core.config.PlatformConfig;
import io.credit.core.db.Database;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.LinkedHashMap;

import java.util.Map;
import java.util.function.Supplier;
import org.apache.spark.sql.SparkSession;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Data-subject requests: export everything held about a customer, or erase it from every store:
 * every table with a {@code customer_id} column, the ingest rejects that quote the customer, the
 * transaction lake (own rows removed, references as counterparty replaced by {@code ERASED}) and
 * the feature store. Append-only audit tables keep only the pseudonymous id; the erasure itself is
 * recorded in {@code audit_log} and {@code erased_subjects}.
 */
public final class SubjectService {
  private static final Logger LOG = LoggerFactory.getLogger(SubjectService.class);

  private final PlatformConfig config;
  private final Database db;
  private final Supplier<SparkSession> spark;

  public SubjectService(PlatformConfig config, Database db, Supplier<SparkSession> spark) {
    this.config = config;
    this.db = db;
    this.spark = spark;
  }

  /** Everything held about the customer, as a JSON-ready map (one entry per store). */
  public Map<String, Object> export(String customerId, String actor) {
    return export(customerId, actor, null);
  }

  /** Everything held about the customer; who asked, when and why ({@code reason}, may be null) go to the audit log. */
  public Map<String, Object> export(String customerId, String actor, String reason) {
    String id = CustomerIds.requireValid(customerId);
    Map<String, Object> stores = new LinkedHashMap<>();
    db.jdbi().useHandle(h -> {
      for (String table : CustomerTables.all(h)) {
        if (CustomerTables.plainName(table)) {
          stores.put(table, h.createQuery("select * from " + table + " where customer_id = :id").bind("id", id)
              .mapToMap().list());
        }
      }
      stores.put("ingest_rejects", h.createQuery("select * from ingest_rejects where " + RejectMatch.SQL)
          .bindMap(RejectMatch.params(id)).mapToMap().list());
      stores.put("audit_log", h.createQuery("select * from audit_log where subject = :id").bind("id", id)
          .mapToMap().list());
    });
    ParquetCustomerRows parquet = new ParquetCustomerRows(spark.get());
    stores.put("transaction_lake", parquet.export(config.lakeDir(), id));
    stores.put("feature_store", parquet.export(config.featureStoreDir(), id));
    record(actor, "SUBJECT_EXPORT", id, "export of all data held; reason: "
        + (reason == null || reason.isBlank() ? "not given" : truncate(reason, 500)));
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("customerId", id);
    out.put("exportedAt", Instant.now().toString());
    out.put("stores", stores);
    return out;
  }

  /** What an erasure removed, per store. */
  public record Erasure(String customerId, Map<String, Long> removed) {}

  public Erasure erase(String customerId, String actor, String reason) {
    String id = CustomerIds.requireValid(customerId);
    if (reason == null || reason.isBlank()) {
      throw new BadInputException("an erasure needs a reason (e.g. the request reference): --reason \"…\"");
    }
    Map<String, Long> removed = new LinkedHashMap<>();
    // files first: if they fail, the database still shows the customer and the erasure can be retried
    ParquetCustomerRows parquet = new ParquetCustomerRows(spark.get());
    removed.put("transaction_lake", parquet.erase(config.lakeDir(), id));
    removed.put("feature_store", parquet.erase(config.featureStoreDir(), id));
    db.jdbi().useTransaction(h -> {
      for (String table : CustomerTables.all(h)) {
        if (CustomerTables.plainName(table) && !CustomerTables.KEPT.contains(table)) {
          removed.put(table, (long) h.createUpdate("delete from " + table + " where customer_id = :id")
              .bind("id", id).execute());
        }
      }
      removed.put("ingest_rejects", (long) h.createUpdate("delete from ingest_rejects where " + RejectMatch.SQL)
          .bindMap(RejectMatch.params(id)).execute());
      int already = h.createQuery("select count(*) from erased_subjects where customer_id = :id").bind("id", id)
          .mapTo(Integer.class).one();
      if (already == 0) {
        h.createUpdate("insert into erased_subjects(customer_id, erased_at, request_ref) values (:id, :at, :ref)")
            .bind("id", id).bind("at", Timestamp.from(Instant.now())).bind("ref", truncate(reason, 200)).execute();
      }
    });
    record(actor, "SUBJECT_ERASED", id, "tombstone: " + truncate(reason, 500) + "; removed " + removed);
    LOG.info("erased customer {}: {}", id, removed);
    return new Erasure(id, removed);
  }

  private void record(String actor, String action, String id, String details) {
    db.jdbi().useHandle(h -> h.createUpdate("insert into audit_log(at_time, actor, action, subject, details) "
            + "values (:at, :actor, :action, :subject, :details)")
        .bind("at", Timestamp.from(Instant.now())).bind("actor", truncate(actor, 128)).bind("action", action)
        .bind("subject", id).bind("details", truncate(details, 4000)).execute());
  }

  private static String truncate(String s, int max) {
    return s.length() <= max ? s : s.substring(0, max);
  }

  /** Rejected lines that quote the customer id as a whole CSV field. */
  static final class RejectMatch {
    static final String SQL = "(raw_masked = :id or raw_masked like :start or raw_masked like :middle "
        + "or raw_masked like :end)";

    static Map<String, Object> params(String id) {
      String like = id.replace("\\", "\\\\").replace("_", "\\_").replace("%", "\\%");
      return Map.of("id", id, "start", like + ",%", "middle", "%," + like + ",%", "end", "%," + like);
    }

    private RejectMatch() {}
  }

}
