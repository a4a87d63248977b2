package io.credit.ingestion.batch;

import io.credit.core.config.PlatformConfig;
import io.credit.core.db.Database;
import io.credit.core.privacy.PseudonymKey;
import io.credit.core.privacy.Pseudonymizer;
import io.credit.ingestion.lake.TransactionLake;
import io.credit.ingestion.store.CustomerStore;
import io.credit.ingestion.store.ErasedSubjectStore;
import io.credit.ingestion.store.FileStatsStore;
import io.credit.ingestion.store.LedgerStore;
import io.credit.ingestion.store.RejectStore;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;

/** What the ingest steps write to: the stores (joining the step's transaction), the lake, the key. */
public final class IngestServices {
  private final JdbcTemplate jdbc;
  private final CustomerStore customers;
  private final ErasedSubjectStore erased;
  private final LedgerStore ledger;
  private final RejectStore rejects;
  private final FileStatsStore stats;
  private final TransactionLake lake;
  private final PlatformConfig config;
  private Pseudonymizer pseudonymizer;

  public IngestServices(PlatformConfig config, Database database, DataSource dataSource) {
    this.config = config;
    this.jdbc = new JdbcTemplate(dataSource);
    this.customers = new CustomerStore(jdbc, database.isPostgres());
    this.erased = new ErasedSubjectStore(jdbc);
    this.ledger = new LedgerStore(jdbc, database.isPostgres());
    this.rejects = new RejectStore(jdbc);
    this.stats = new FileStatsStore(jdbc);
    this.lake = new TransactionLake(config.lakeDir());
  }

  public JdbcTemplate jdbc() {
    return jdbc;
  }

  public CustomerStore customers() {
    return customers;
  }

  /** Customers erased on a data-subject request. */
  public ErasedSubjectStore erased() {
    return erased;
  }

  public LedgerStore ledger() {
    return ledger;
  }

  public RejectStore rejects() {
    return rejects;
  }

  public FileStatsStore stats() {
    return stats;
  }

  public TransactionLake lake() {
    return lake;
  }

  /** A run's parameters, the input folder defaulting to the configured inbox. */
  public IngestParameters parameters(org.springframework.batch.core.job.parameters.JobParameters jobParameters) {
    return IngestParameters.from(jobParameters, config.inboxDir());
  }

  /** The pseudonymiser, with the key loaded on first use. */
  public synchronized Pseudonymizer pseudonymizer() {
    if (pseudonymizer == null) {
      pseudonymizer = new Pseudonymizer(PseudonymKey.load(config.dataDir()));
    }
    return pseudonymizer;
  }
}
