package io.credit.scoring.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/** The oracle comparison on a population small enough to count the pairs by hand. */
class OracleComparisonTest {
  @Test
  void aucsAndRatioMatchAHandCount() {
    // two bads (rows 0 and 3), four goods: 8 (bad, good) pairs
    double[] label = {1, 0, 0, 1, 0, 0};
    // the truth ranks both bads above every good except one: bad 3 (0.30) is below good 1 (0.40) → 7 of 8
    double[] truth = {0.50, 0.40, 0.10, 0.30, 0.20, 0.05};
    // the model: bad 0 (0.6) is below good 1 (0.7) → 3; bad 3 (0.2) above goods 2 and 5, tied with good 4 (half) → 2.5
    double[] model = {0.60, 0.70, 0.10, 0.20, 0.20, 0.05};
    OracleComparison c = OracleComparison.of(model, truth, label);
    assertEquals(6, c.rows());
    assertEquals(7 / 8.0, c.oracleAuc(), 1e-12);
    assertEquals(5.5 / 8.0, c.modelAuc(), 1e-12);
    assertEquals((5.5 / 8.0) / (7 / 8.0), c.ratio(), 1e-12);
  }

  @Test
  void theRowsMustBeTheSame() {
    assertThrows(IllegalArgumentException.class,
        () -> OracleComparison.of(new double[] {0.1, 0.2}, new double[] {0.1}, new double[] {0, 1}));
  }
}
