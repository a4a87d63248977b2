package io.credit.ingestion.lake;

import io.credit.ingestion.validate.TransactionRecord;
import java.io.IOException;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.HashMap;
import org.apache.hadoop.conf.Configuration;
import org.apache.parquet.hadoop.ParquetWriter;
import org.apache.parquet.hadoop.api.WriteSupport;
import org.apache.parquet.hadoop.metadata.CompressionCodecName;
import org.apache.parquet.io.LocalOutputFile;
import org.apache.parquet.io.api.Binary;
import org.apache.parquet.io.api.RecordConsumer;
import org.apache.parquet.schema.MessageType;
import org.apache.parquet.schema.MessageTypeParser;

/** Writes {@link TransactionRecord}s to one Parquet file with the lake's schema (docs/CONTRACTS.md). */
public final class TransactionParquetWriter implements AutoCloseable {
  /** timestamp_ntz = INT64 micros not adjusted to UTC; decimal(18,2) = INT64 unscaled cents. */
  public static final MessageType SCHEMA = MessageTypeParser.parseMessageType("""
      message transaction {
        required binary txn_id (STRING);
        required binary customer_id (STRING);
        required int64 txn_time (TIMESTAMP(MICROS,false));
        required int64 amount (DECIMAL(18,2));
        required binary direction (STRING);
        required binary txn_type (STRING);
        optional binary category (STRING);
        optional binary counterparty_id (STRING);
        required binary channel (STRING);
        optional int64 balance_after (DECIMAL(18,2));
      }
      """);

  private final ParquetWriter<TransactionRecord> writer;
  private long rows;

  public TransactionParquetWriter(Path file) throws IOException {
    this.writer = new Builder(file)
        .withCompressionCodec(CompressionCodecName.SNAPPY)
        .withConf(new Configuration(false))
        .build();
  }

  public void write(TransactionRecord r) throws IOException {
    writer.write(r);
    rows++;
  }

  public long rows() {
    return rows;
  }

  @Override
  public void close() throws IOException {
    writer.close();
  }

  private static final class Builder extends ParquetWriter.Builder<TransactionRecord, Builder> {
    Builder(Path file) {
      super(new LocalOutputFile(file));
    }

    @Override
    protected Builder self() {
      return this;
    }

    @Override
    protected WriteSupport<TransactionRecord> getWriteSupport(Configuration conf) {
      return new TransactionWriteSupport();
    }
  }

  private static final class TransactionWriteSupport extends WriteSupport<TransactionRecord> {
    private RecordConsumer out;

    @Override
    public WriteContext init(Configuration configuration) {
      return new WriteContext(SCHEMA, new HashMap<>());
    }

    @Override
    public void prepareForWrite(RecordConsumer recordConsumer) {
      this.out = recordConsumer;
    }

    @Override
    public void write(TransactionRecord r) {
      out.startMessage();
      string(0, "txn_id", r.txnId());
      string(1, "customer_id", r.customerId());
      long micros = r.txnTime().toEpochSecond(ZoneOffset.UTC) * 1_000_000L + r.txnTime().getNano() / 1_000;
      int64(2, "txn_time", micros);
      int64(3, "amount", r.amountCents());
      string(4, "direction", r.direction());
      string(5, "txn_type", r.txnType());
      string(6, "category", r.category());
      string(7, "counterparty_id", r.counterpartyId());
      string(8, "channel", r.channel());
      if (r.balanceAfterCents() != null) {
        int64(9, "balance_after", r.balanceAfterCents());
      }
      out.endMessage();
    }

    private void string(int index, String name, String value) {
      if (value == null) {
        return;
      }
      out.startField(name, index);
      out.addBinary(Binary.fromString(value));
      out.endField(name, index);
    }

    private void int64(int index, String name, long value) {
      out.startField(name, index);
      out.addLong(value);
      out.endField(name, index);
    }
  }
}
