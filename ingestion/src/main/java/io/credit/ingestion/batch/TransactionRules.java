package io.credit.ingestion.batch;

import io.credit.ingestion.lake.TransactionLake;
import io.credit.ingestion.lake.TransactionParquetWriter;
import io.credit.ingestion.lake.TxnIdSet;
import io.credit.ingestion.mapping.LayoutMapping;
import io.credit.ingestion.read.SourceLine;
import io.credit.ingestion.validate.Checked;
import io.credit.ingestion.validate.ErasedCustomers;
import io.credit.ingestion.validate.KnownCustomers;
import io.credit.ingestion.validate.LineChecker;
import io.credit.ingestion.validate.RecordValidator;
import io.credit.ingestion.validate.TransactionRecord;
import io.credit.ingestion.validate.TransactionValidator;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Transactions: validated against known customers, deduplicated within the file and against the
 * lake partitions within {@code dedupe.days} of D, written to a staging Parquet file.
 */
final class TransactionRules implements FileRules<TransactionRecord> {
  private static final Logger LOG = LoggerFactory.getLogger(TransactionRules.class);
  private final IngestServices services;
  private TxnIdSet seen;
  private TxnIdSet stored;

  TransactionRules(IngestServices services) {
    this.services = services;
  }

  @Override
  public RecordValidator<TransactionRecord> validator(IngestParameters params, FilePass.Mode mode) {
    seen = new TxnIdSet(1 << 16);
    stored = storedIds(params);
    LayoutMapping mapping = params.mapping() == null ? null : LayoutMapping.load(params.mapping());
    ErasedCustomers erased = services.erased().load();
    if (mapping != null && mapping.registersUnknownCustomers()) {
      // erased ids are rejected before they could be registered
      return new TransactionValidator(KnownCustomers.ANY, erased);
    }
    Set<String> ids = services.customers().ids();
    return new TransactionValidator(ids::contains, erased);
  }

  private TxnIdSet storedIds(IngestParameters params) {
    TxnIdSet ids = new TxnIdSet(1 << 16);
    LocalDate d = params.runDate();
    for (LocalDate date : services.lake().dates()) {
      if (!date.equals(d) && !date.isBefore(d.minusDays(params.dedupeDays()))
          && !date.isAfter(d.plusDays(params.dedupeDays()))) {
        services.lake().forEachTxnId(date, ids::add);
      }
    }
    if (ids.size() > 0) {
      LOG.info("checking duplicates against {} stored transaction ids within {} days of {}", ids.size(),
          params.dedupeDays(), d);
    }
    return ids;
  }

  /** Turns a valid line whose id was seen before into a duplicate. */
  Checked<TransactionRecord> dedupe(LineChecker<TransactionRecord> checker, SourceLine line,
      Checked<TransactionRecord> checked) {
    if (checked instanceof Checked.Valid<TransactionRecord> valid) {
      String id = valid.value().txnId();
      if (stored.contains(id)) {
        return checker.duplicate(line, "txn_id " + id + " is already stored in the lake");
      }
      if (!seen.add(id)) {
        return checker.duplicate(line, "txn_id " + id + " repeats an earlier line of the file");
      }
    }
    return checked;
  }

  @Override
  public Sink<TransactionRecord> sink(IngestParameters params, FilePass.Mode mode) throws IOException {
    TransactionLake lake = services.lake();
    TransactionParquetWriter writer =
        new TransactionParquetWriter(lake.freshStaging(params.runDate()).resolve(TransactionLake.PART_FILE));
    return new Sink<>() {
      @Override
      public void write(List<TransactionRecord> records) throws IOException {
        for (TransactionRecord r : records) {
          writer.write(r);
        }
      }

      @Override
      public void close(boolean success) throws IOException {
        writer.close();
        if (!success) {
          TransactionLake.deleteRecursively(lake.staging(params.runDate()));
        }
      }
    };
  }
}
