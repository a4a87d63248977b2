package io.credit.reports.read;

import java.util.List;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.statement.SqlQuery;

/** The model registry, its backtests and the promotion history from the audit log. */
public interface ModelReads {
  @SqlQuery("select model_name, version, kind, stage, created_at, train_from, train_to, as_of_dates, "
      + "feature_set_version, hyper_parameters, metrics, provenance, training_data_hash, artifact_path, "
      + "stage_changed_at from models order by model_name, version desc")
  @RegisterConstructorMapper(ModelRow.class)
  List<ModelRow> models();

  @SqlQuery("select id, run_at, model_name, model_version, as_of_date, rows_evaluated, bads, auc, ks, gini, brier, "
      + "score_psi, details from backtests order by as_of_date desc, run_at desc, id desc")
  @RegisterConstructorMapper(BacktestRow.class)
  List<BacktestRow> backtests();

  @SqlQuery("select at_time, actor, action, subject, details from audit_log where action like 'MODEL%' "
      + "order by at_time, id")
  @RegisterConstructorMapper(AuditEntry.class)
  List<AuditEntry> modelEvents();
}
