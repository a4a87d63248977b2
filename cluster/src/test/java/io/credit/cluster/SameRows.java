package io.credit.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.List;
import java.util.Set;
import org.apache.spark.sql.Row;

/**
 * Compares two sorted outputs of the same job row by row and column by column: every value must be
 * equal (doubles bit for bit), except in the columns named as fitted, whose doubles may differ by a
 * given relative tolerance. That tolerance is for values that come out of model fitting only: MLlib's
 * {@code treeAggregate} adds the partitions' partial sums in the order their tasks finish, which
 * differs between {@code local[2]} (two tasks at a time) and a one-core executor, and floating-point
 * addition is not associative.
 */
public final class SameRows {
  private SameRows() {}

  /**
   * Columns whose doubles come from model fitting and the relative difference allowed in them.
   *
   * @param columns           column names
   * @param relativeTolerance largest allowed {@code |x - y| / max(|x|, |y|)}
   */
  public record Fitted(Set<String> columns, double relativeTolerance) {
    public static final Fitted NONE = new Fitted(Set.of(), 0);
  }

  /**
   * Fails unless {@code actual} equals {@code expected} as described above.
   *
   * @return the largest relative difference seen in the fitted columns (0 when all were identical)
   */
  public static double assertSame(List<Row> expected, List<Row> actual, Fitted fitted) {
    assertEquals(expected.size(), actual.size(), "row count");
    double largest = 0;
    for (int r = 0; r < expected.size(); r++) {
      Row e = expected.get(r);
      Row a = actual.get(r);
      assertEquals(e.schema(), a.schema(), "schema");
      for (int c = 0; c < e.length(); c++) {
        Object ev = e.get(c);
        Object av = a.get(c);
        String column = e.schema().fields()[c].name();
        if (fitted.columns().contains(column) && ev instanceof Double ed && av instanceof Double ad) {
          double difference = relativeDifference(ed, ad);
          largest = Math.max(largest, difference);
          if (difference > fitted.relativeTolerance()) {
            fail("row " + r + ", column " + column + ": " + ed + " vs " + ad
                + " (relative difference " + difference + " > " + fitted.relativeTolerance() + ")\n  expected " + e
                + "\n  actual   " + a);
          }
        } else {
          String where = "row " + r + ", column " + column;
          assertEquals(ev, av, () -> where
              + "\n  expected " + e + "\n  actual   " + a);
        }
      }
    }
    return largest;
  }

  private static double relativeDifference(double x, double y) {
    if (Double.compare(x, y) == 0) {
      return 0;
    }
    return Math.abs(x - y) / Math.max(Math.abs(x), Math.abs(y));
  }
}
