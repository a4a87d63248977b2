package io.credit.features;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/** Feature rows rendered bit for bit (customer, as-of date, the raw bits of every double) for exact comparison. */
final class FeatureSnapshots {
  private FeatureSnapshots() {}

  static List<String> bits(Dataset<Row> features) {
    List<String> lines = new ArrayList<>();
    String[] names = features.columns();
    for (Row r : features.orderBy("customer_id").collectAsList()) {
      StringBuilder b = new StringBuilder(r.getString(0)).append(' ').append(r.get(1));
      for (int i = 2; i < names.length; i++) {
        b.append(' ').append(names[i]).append('=').append(Long.toHexString(Double.doubleToRawLongBits(r.getDouble(i))));
      }
      lines.add(b.toString());
    }
    return lines;
  }

  static void assertSame(List<String> expected, List<String> actual, String what) {
    assertEquals(expected.size(), actual.size(), what + ": number of customers");
    for (int i = 0; i < expected.size(); i++) {
      if (!expected.get(i).equals(actual.get(i))) {
        String[] e = expected.get(i).split(" ");
        String[] a = actual.get(i).split(" ");
        for (int j = 0; j < Math.min(e.length, a.length); j++) {
          if (!e[j].equals(a[j])) {
            fail(what + ": customer " + e[0] + " differs at " + e[j] + " vs " + a[j]);
          }
        }
        fail(what + ": row " + i + " differs");
      }
    }
  }
}
