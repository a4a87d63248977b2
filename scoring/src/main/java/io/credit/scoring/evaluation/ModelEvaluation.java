package io.credit.scoring.evaluation;

import static org.apache.spark.sql.functions.col;

import io.credit.scoring.challenger.ModelKind;
import io.credit.scoring.challenger.RiskModel;
import io.credit.scoring.data.LabelledData;
import io.credit.scoring.scorecard.Scorecard;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/** Cross-validated or holdout evaluation of a model kind on labelled data. */
public final class ModelEvaluation {
  private ModelEvaluation() {}

  public static EvaluationResult crossValidate(LabelledData data, ModelKind kind, int k, long seed,
      UnaryOperator<Scorecard> configure) {
    Dataset<Row> folded = StratifiedFolds.assign(data.rows(), LabelledData.LABEL, k, seed).cache();
    try {
      List<BinaryMetrics> folds = new ArrayList<>();
      for (int f = 0; f < k; f++) {
        Dataset<Row> train = folded.where(col(StratifiedFolds.FOLD).notEqual(f));
        Dataset<Row> test = folded.where(col(StratifiedFolds.FOLD).equalTo(f));
        RiskModel model = kind.fit(train, data, configure);
        folds.add(BinaryMetrics.of(model.predict(test), "pd", LabelledData.LABEL));
      }
      return new EvaluationResult(k + "-fold stratified CV (seed " + seed + ")", List.copyOf(folds),
          BinaryMetrics.mean(folds));
    } finally {
      folded.unpersist();
    }
  }

  public static EvaluationResult holdout(LabelledData train, Dataset<Row> test, ModelKind kind,
      UnaryOperator<Scorecard> configure) {
    RiskModel model = kind.fit(train.rows(), train, configure);
    BinaryMetrics m = BinaryMetrics.of(model.predict(test), "pd", LabelledData.LABEL);
    return new EvaluationResult("holdout test file", List.of(m), m);
  }
}
