package io.credit.ingestion;

import io.credit.ingestion.lake.TransactionLake;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.hadoop.conf.Configuration;
import org.apache.parquet.example.data.Group;
import org.apache.parquet.hadoop.ParquetReader;
import org.apache.parquet.hadoop.api.ReadSupport;
import org.apache.parquet.hadoop.example.GroupReadSupport;
import org.apache.parquet.io.LocalInputFile;
import org.jdbi.v3.core.Jdbi;

/** Everything ingestion produces, as sorted text, to compare two runs. */
final class TableSnapshot {
  private TableSnapshot() {}

  static String of(Jdbi jdbi, Path lakeDir) throws Exception {
    StringBuilder out = new StringBuilder();
    for (String query : List.of(
        "select * from customers order by customer_id",
        "select * from customer_history order by customer_id, valid_from",
        "select * from statements order by statement_id",
        "select * from payments order by payment_id",
        "select run_date, file_name, rows_read, rows_loaded, rows_rejected, rows_duplicate, status "
            + "from ingest_file_stats order by run_date, file_name",
        "select * from ingest_rejects order by run_date, file_name, line_number")) {
      out.append(query).append('\n');
      jdbi.withHandle(h -> h.createQuery(query).mapToMap().list()).forEach(row -> out.append(row).append('\n'));
    }
    out.append(lake(lakeDir));
    return out.toString();
  }

  static List<String> lakeRows(Path partition) throws Exception {
    List<String> rows = new ArrayList<>();
    if (!Files.isDirectory(partition)) {
      return rows;
    }
    try (Stream<Path> files = Files.list(partition)) {
      for (Path f : files.filter(p -> p.toString().endsWith(".parquet")).toList()) {
        try (ParquetReader<Group> r = new Builder(new LocalInputFile(f)).withConf(new Configuration(false)).build()) {
          for (Group g = r.read(); g != null; g = r.read()) {
            rows.add(g.toString().replace('\n', ' '));
          }
        }
      }
    }
    rows.sort(null);
    return rows;
  }

  private static String lake(Path lakeDir) throws Exception {
    StringBuilder out = new StringBuilder("lake\n");
    Path txns = lakeDir.resolve("transactions");
    if (!Files.isDirectory(txns)) {
      return out.toString();
    }
    try (Stream<Path> dirs = Files.list(txns)) {
      for (Path d : dirs.sorted().toList()) {
        out.append(d.getFileName()).append('\n');
        lakeRows(d).forEach(r -> out.append(r).append('\n'));
      }
    }
    return out.toString();
  }

  private static final class Builder extends ParquetReader.Builder<Group> {
    Builder(org.apache.parquet.io.InputFile file) {
      super(file);
    }

    @Override
    protected ReadSupport<Group> getReadSupport() {
      return new GroupReadSupport();
    }
  }
}
