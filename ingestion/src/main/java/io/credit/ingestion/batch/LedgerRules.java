package io.credit.ingestion.batch;

import io.credit.ingestion.validate.CustomerRecord;
import io.credit.ingestion.validate.CustomerValidator;
import io.credit.ingestion.validate.PaymentRecord;
import io.credit.ingestion.validate.PaymentValidator;
import io.credit.ingestion.validate.RecordValidator;
import io.credit.ingestion.validate.StatementRecord;
import io.credit.ingestion.validate.StatementValidator;
import java.util.Set;

/** The relational files: customers, statements, payments; upserted in the publish pass. */
final class LedgerRules {
  private LedgerRules() {}

  static FileRules<CustomerRecord> customers(IngestServices services) {
    return new FileRules<>() {
      @Override
      public RecordValidator<CustomerRecord> validator(IngestParameters params, FilePass.Mode mode) {
        // hashing is only needed for the records that are stored
        return new CustomerValidator(mode == FilePass.Mode.PUBLISH ? services.pseudonymizer() : null,
            services.erased().load());
      }

      @Override
      public Sink<CustomerRecord> sink(IngestParameters params, FilePass.Mode mode) {
        return mode == FilePass.Mode.VALIDATE ? Sink.discard()
            : records -> services.customers().upsert(records, params.runDate());
      }
    };
  }

  static FileRules<StatementRecord> statements(IngestServices services) {
    return new FileRules<>() {
      @Override
      public RecordValidator<StatementRecord> validator(IngestParameters params, FilePass.Mode mode) {
        Set<String> ids = services.customers().ids();
        return new StatementValidator(ids::contains, services.erased().load());
      }

      @Override
      public Sink<StatementRecord> sink(IngestParameters params, FilePass.Mode mode) {
        return mode == FilePass.Mode.VALIDATE ? Sink.discard()
            : records -> services.ledger().upsertStatements(records, params.runDate());
      }
    };
  }

  static FileRules<PaymentRecord> payments(IngestServices services) {
    return new FileRules<>() {
      @Override
      public RecordValidator<PaymentRecord> validator(IngestParameters params, FilePass.Mode mode) {
        return new PaymentValidator(services.ledger().statementCustomers(), services.erased().load());
      }

      @Override
      public Sink<PaymentRecord> sink(IngestParameters params, FilePass.Mode mode) {
        return mode == FilePass.Mode.VALIDATE ? Sink.discard()
            : records -> services.ledger().upsertPayments(records, params.runDate());
      }
    };
  }
}
