package io.credit.features.internal;

import io.credit.features.catalog.FeatureCatalog;
import io.credit.features.catalog.FeatureDefinition;
import io.credit.features.catalog.FeatureInputs;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * Applies the catalogue's formulas to each customer's joined inputs, in plain Java: one output row
 * of {@code customer_id} and one double per feature. A value depends only on its own row.
 */
public final class FeatureRows implements MapPartitionsFunction<Row, Row> {
  private final String[] inputColumns;
  private final LocalDate asOf;

  private FeatureRows(String[] inputColumns, LocalDate asOf) {
    this.inputColumns = inputColumns;
    this.asOf = asOf;
  }

  /** Output schema: {@code customer_id} then every catalogue feature as a non-null double. */
  public static StructType schema() {
    StructType schema = new StructType().add("customer_id", DataTypes.StringType, false);
    for (FeatureDefinition f : FeatureCatalog.current().features()) {
      schema = schema.add(f.name(), DataTypes.DoubleType, false);
    }
    return schema;
  }

  public static Dataset<Row> apply(Dataset<Row> inputs, LocalDate asOf) {
    return inputs.mapPartitions(new FeatureRows(inputs.columns(), asOf), Encoders.row(schema()));
  }

  @Override
  public Iterator<Row> call(Iterator<Row> rows) {
    Map<String, Integer> index = new HashMap<>();
    for (int i = 0; i < inputColumns.length; i++) {
      index.put(inputColumns[i], i);
    }
    List<FeatureDefinition> features = FeatureCatalog.current().features();
    FeatureInputs in = new FeatureInputs(index, asOf);
    int customerId = index.get("customer_id");
    return new Iterator<>() {
      @Override
      public boolean hasNext() {
        return rows.hasNext();
      }

      @Override
      public Row next() {
        Row row = rows.next();
        in.at(row);
        Object[] values = new Object[features.size() + 1];
        values[0] = row.getString(customerId);
        for (int i = 0; i < features.size(); i++) {
          values[i + 1] = features.get(i).valueFor(in);
        }
        return RowFactory.create(values);
      }
    };
  }
}
