package io.credit.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.catalyst.expressions.GenericRowWithSchema;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;
import org.opentest4j.AssertionFailedError;

class SameRowsTest {
  private static final StructType SCHEMA = new StructType()
      .add("customer_id", DataTypes.StringType)
      .add("debit_sum", DataTypes.createDecimalType(28, 2))
      .add("night_share", DataTypes.DoubleType)
      .add("p_default", DataTypes.DoubleType);
  private static final SameRows.Fitted P_DEFAULT = new SameRows.Fitted(Set.of("p_default"), 1e-12);

  private static Row row(String id, String sum, double night, double p) {
    return new GenericRowWithSchema(new Object[] {id, new BigDecimal(sum), night, p}, SCHEMA);
  }

  @Test
  void identicalRowsPassWithNoDifference() {
    List<Row> rows = List.of(row("C00000001", "12.30", 0.25, 0.4), row("C00000002", "0.10", 0.0, 0.1));

    assertEquals(0.0, SameRows.assertSame(rows, List.copyOf(rows), P_DEFAULT));
  }

  @Test
  void aFittedColumnMayDifferWithinTheTolerance() {
    double p = 0.4;
    double nextUp = Math.nextUp(p);

    double largest = SameRows.assertSame(List.of(row("C1", "1.00", 0.5, p)), List.of(row("C1", "1.00", 0.5, nextUp)),
        P_DEFAULT);

    assertEquals((nextUp - p) / nextUp, largest, 1e-30);
  }

  @Test
  void aFittedColumnBeyondTheToleranceFails() {
    assertThrows(AssertionFailedError.class, () -> SameRows.assertSame(
        List.of(row("C1", "1.00", 0.5, 0.4)), List.of(row("C1", "1.00", 0.5, 0.4 + 1e-9)), P_DEFAULT));
  }

  @Test
  void otherDoublesMustBeEqualBitForBit() {
    assertThrows(AssertionFailedError.class, () -> SameRows.assertSame(
        List.of(row("C1", "1.00", 0.5, 0.4)), List.of(row("C1", "1.00", Math.nextUp(0.5), 0.4)), P_DEFAULT));
  }

  @Test
  void decimalsAndKeysMustBeEqual() {
    assertThrows(AssertionFailedError.class, () -> SameRows.assertSame(
        List.of(row("C1", "1.00", 0.5, 0.4)), List.of(row("C1", "1.01", 0.5, 0.4)), SameRows.Fitted.NONE));
    assertThrows(AssertionFailedError.class, () -> SameRows.assertSame(
        List.of(row("C1", "1.00", 0.5, 0.4)), List.of(row("C2", "1.00", 0.5, 0.4)), SameRows.Fitted.NONE));
    assertThrows(AssertionFailedError.class, () -> SameRows.assertSame(
        List.of(row("C1", "1.00", 0.5, 0.4)), List.of(), SameRows.Fitted.NONE));
  }
}
