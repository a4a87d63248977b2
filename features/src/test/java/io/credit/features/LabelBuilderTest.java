package io.credit.features;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.credit.core.cli.BadInputException;
import io.credit.core.testing.TestSpark;
import io.credit.features.labels.LabelBuilder;
import io.credit.features.labels.LabelSpec;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Labels from a hand-written ledger: who is bad, good or excluded, and when they went bad. */
class LabelBuilderTest {
  static final LocalDate D = LocalDate.parse("2026-01-01");
  static TestPlatform platform;

  @BeforeAll
  static void ledger() {
    platform = TestPlatform.create();
    statement("A", "2026-03-01", "100.00");
    statement("B", "2026-03-01", "100.00");
    payment("B", "2026-04-15", "100.00");
    statement("C", "2026-03-01", "100.00");
    payment("C", "2026-05-30", "100.00");
    statement("E", "2026-03-01", "100.00");
    payment("E", "2026-05-29", "60.00");
    payment("E", "2026-05-29", "40.00");
    statement("F", "2025-06-01", "100.00");
    statement("G", "2026-12-01", "100.00");
    statement("H", "2025-12-20", "100.00");
    payment("H", "2026-01-10", "100.00");
    statement("I", "2025-12-01", "100.00");
    payment("I", "2025-11-30", "100.00");
    statement("J", "2026-02-01", "0.00");
  }

  private static int seq;

  private static void statement(String customer, String due, String amount) {
    LocalDate dueDate = LocalDate.parse(due);
    platform.sql("insert into statements values ('S" + customer + "','" + customer + "','CREDIT_LINE',DATE '"
        + dueDate.minusDays(20) + "',DATE '" + dueDate + "'," + amount + ",1000.00,DATE '" + dueDate.minusDays(20) + "')");
  }

  private static void payment(String customer, String date, String amount) {
    platform.sql("insert into payments values ('P" + (++seq) + "','S" + customer + "','" + customer + "',DATE '" + date
        + "'," + amount + ",DATE '" + date + "')");
  }

  @AfterAll
  static void cleanUp() {
    platform.close();
  }

  private static Map<String, String> labels(LabelSpec spec) {
    Map<String, String> out = new TreeMap<>();
    for (Row r : LabelBuilder.build(TestSpark.session(), platform.config, D, spec).collectAsList()) {
      out.put(r.getString(0), r.getInt(2) + (r.isNullAt(3) ? "" : "@" + r.get(3)));
    }
    return out;
  }

  @Test
  void anErasedCustomerIsNeverLabelledEvenWithLedgerRowsLeft() {
    assertEquals("1@2026-05-30", labels(LabelSpec.DEFAULT).get("A"));
    platform.sql("insert into erased_subjects values ('A', TIMESTAMP '2026-01-02 10:00:00', 'request 1')");
    try {
      Map<String, String> labels = labels(LabelSpec.DEFAULT);
      assertEquals(null, labels.get("A"), labels.toString());
      assertEquals(Set.of("B", "C", "E", "G", "H"), labels.keySet(), "the others keep their labels");
    } finally {
      platform.sql("delete from erased_subjects where customer_id = 'A'");
    }
  }

  @Test
  void badWhenNinetyDaysPastDueWithinTwelveMonths() {
    assertEquals(Map.of(
        "A", "1@2026-05-30", // never paid: 90 DPD on due + 90
        "B", "0",            // 45 days late, then paid
        "C", "1@2026-05-30", // paid on the 90th day: payments count from the day after
        "E", "0",            // paid in full the day before
        "G", "0",            // due late in the horizon: 90 DPD would fall after it
        "H", "0"),           // outstanding at D, paid 21 days late
        labels(LabelSpec.DEFAULT),
        "F is excluded (already 90+ before D), I (paid before D) and J (nothing owed) have no exposure");
  }

  @Test
  void thresholdAndHorizonAreConfigurable() {
    Map<String, String> strict = labels(new LabelSpec(30, 12));
    assertEquals("1@2026-03-31", strict.get("B"));
    assertEquals("0", strict.get("H"), "21 days late stays under 30");
    Map<String, String> shortHorizon = labels(new LabelSpec(90, 3));
    assertEquals("0", shortHorizon.get("A"), "2026-05-30 is after the 3-month horizon");
    assertEquals(null, shortHorizon.get("G"), "no exposure within 3 months");
  }

  @Test
  void rejectsNonsenseSpecs() {
    assertThrows(BadInputException.class, () -> new LabelSpec(0, 12));
    assertThrows(BadInputException.class, () -> new LabelSpec(90, 0));
  }
}
