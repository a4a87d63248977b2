package io.credit.scoring.scorecard;

import io.credit.core.testing.TestSpark;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/** Small labelled data with known structure: risk falls with {@code income}, depends on {@code segment}; {@code noise} is noise. */
final class SyntheticCredit {
  static final StructType SCHEMA = new StructType()
      .add("customer_id", DataTypes.StringType)
      .add("income", DataTypes.DoubleType)
      .add("segment", DataTypes.StringType)
      .add("noise", DataTypes.DoubleType)
      .add("history_days", DataTypes.DoubleType)
      .add("label", DataTypes.DoubleType);

  private SyntheticCredit() {}

  static Dataset<Row> rows(int n, long seed) {
    Random r = new Random(seed);
    String[] segments = {"A", "B", "C", "D"};
    double[] effect = {-0.8, 0.0, 0.6, 1.2};
    List<Row> rows = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      double income = r.nextDouble() * 100;
      int s = r.nextInt(4);
      double logit = -1.2 - 0.035 * (income - 50) + effect[s];
      double label = r.nextDouble() < 1 / (1 + Math.exp(-logit)) ? 1.0 : 0.0;
      Double shownIncome = r.nextDouble() < 0.05 ? null : income;
      rows.add(RowFactory.create(String.format("C%08d", i), shownIncome, segments[s], r.nextGaussian(),
          (double) r.nextInt(400), label));
    }
    return TestSpark.session().createDataFrame(rows, SCHEMA);
  }
}
