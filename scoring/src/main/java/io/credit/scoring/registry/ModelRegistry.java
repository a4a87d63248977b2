package io.credit.scoring.registry;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.credit.core.cli.BadInputException;
import io.credit.core.model.ScoreBand;
import io.credit.scoring.evaluation.Psi;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/** The {@code models} and {@code backtests} tables: register, look up, promote (gated), retire. */
public final class ModelRegistry {
  private static final ObjectMapper MAPPER = new ObjectMapper();
  /** The only kind that may become champion. */
  static final String SCORECARD = "scorecard";
  private final Jdbi jdbi;

  public ModelRegistry(Jdbi jdbi) {
    this.jdbi = jdbi;
  }

  /** Registers a new version (next number for the name) as a challenger. */
  public ModelRecord register(NewModel m) {
    return jdbi.inTransaction(h -> {
      int version = h.createQuery("select coalesce(max(version), 0) + 1 from models where model_name = :n")
          .bind("n", m.name()).mapTo(Integer.class).one();
      h.createUpdate("insert into models (model_name, version, kind, stage, created_at, train_from, train_to, "
              + "as_of_dates, feature_set_version, hyper_parameters, metrics, provenance, training_data_hash, "
              + "artifact_path) values (:name, :version, :kind, :stage, :created, :from, :to, :asOf, :fsv, :hp, "
              + ":metrics, :prov, :hash, :path)")
          .bind("name", m.name()).bind("version", version).bind("kind", m.kind())
          .bind("stage", ModelStage.CHALLENGER.dbValue()).bind("created", LocalDateTime.now())
          .bind("from", m.trainFrom()).bind("to", m.trainTo()).bind("asOf", m.asOfDates())
          .bind("fsv", m.featureSetVersion()).bind("hp", m.hyperParameters()).bind("metrics", m.metrics())
          .bind("prov", m.provenance()).bind("hash", m.trainingDataHash()).bind("path", m.artifactPath())
          .execute();
      return find(h, m.name(), version).orElseThrow();
    });
  }

  public List<ModelRecord> list() {
    return jdbi.withHandle(h -> h.createQuery("select * from models order by model_name, version")
        .map((rs, ctx) -> map(rs)).list());
  }

  public Optional<ModelRecord> find(ModelRef ref) {
    return jdbi.withHandle(h -> find(h, ref.name(), ref.version()));
  }

  public ModelRecord require(ModelRef ref) {
    return find(ref).orElseThrow(() -> new BadInputException("no model " + ref + " in the registry "
        + "(see ./credit models list)"));
  }

  public Optional<ModelRecord> champion(String name) {
    return jdbi.withHandle(h -> h.createQuery("select * from models where model_name = :n and stage = 'champion'")
        .bind("n", name).map((rs, ctx) -> map(rs)).findOne());
  }

  /** Stores a backtest and returns its id. */
  public long saveBacktest(BacktestRecord b) {
    return jdbi.withHandle(h -> h.createUpdate("insert into backtests (run_at, model_name, model_version, as_of_date, "
            + "rows_evaluated, bads, auc, ks, gini, brier, score_psi, details) values (:runAt, :name, :version, :asOf, "
            + ":rows, :bads, :auc, :ks, :gini, :brier, :psi, :details)")
        .bind("runAt", b.runAt()).bind("name", b.modelName()).bind("version", b.modelVersion())
        .bind("asOf", b.asOfDate()).bind("rows", b.rowsEvaluated()).bind("bads", b.bads()).bind("auc", b.auc())
        .bind("ks", b.ks()).bind("gini", b.gini()).bind("brier", b.brier()).bind("psi", b.scorePsi())
        .bind("details", b.details()).executeAndReturnGeneratedKeys("id").mapTo(Long.class).one());
  }

  public List<BacktestRecord> backtests(ModelRef ref) {
    return jdbi.withHandle(h -> h.createQuery("select * from backtests where model_name = :n and model_version = :v "
            + "order by as_of_date desc, run_at desc, id desc")
        .bind("n", ref.name()).bind("v", ref.version()).map((rs, ctx) -> mapBacktest(rs)).list());
  }

  /**
   * Promotes a challenger to champion (the previous champion is retired), if the gates pass or an
   * override reason is given; either way the decision is recorded in {@code audit_log}.
   *
   * @return the gate failures that were overridden (empty when every gate passed)
   */
  public List<String> promote(ModelRef ref, PromotionGates gates, String override, String actor) {
    return promote(ref, gates, override, actor, null);
  }

  /**
   * {@link #promote(ModelRef, PromotionGates, String, String)} with the reason for the promotion
   * (why, e.g. a change ticket), recorded in {@code audit_log} with who and when.
   */
  public List<String> promote(ModelRef ref, PromotionGates gates, String override, String actor, String reason) {
    ModelRecord candidate = require(ref);
    if (candidate.stage() != ModelStage.CHALLENGER) {
      throw new BadInputException(ref + " is " + candidate.stage().dbValue() + ": only a challenger can be promoted");
    }
    requireInterpretable(candidate);
    Optional<ModelRecord> champion = champion(ref.name());
    List<String> failures = champion.map(c -> gateFailures(candidate, c, gates)).orElse(List.of());
    boolean overridden = !failures.isEmpty();
    if (overridden && (override == null || override.isBlank())) {
      throw new PromotionRefusedException(ref.toString(), failures);
    }
    jdbi.useTransaction(h -> {
      LocalDateTime now = LocalDateTime.now();
      champion.ifPresent(c -> setStage(h, c.name(), c.version(), ModelStage.RETIRED, now));
      setStage(h, ref.name(), ref.version(), ModelStage.CHAMPION, now);
      Map<String, Object> details = new LinkedHashMap<>();
      details.put("previous_champion", champion.map(ModelRecord::id).orElse(null));
      details.put("gates", gates);
      details.put("failed_gates", failures);
      if (overridden) {
        details.put("override_reason", override);
      }
      if (reason != null && !reason.isBlank()) {
        details.put("reason", reason);
      }
      audit(h, actor, overridden ? "MODEL_PROMOTED_OVERRIDE" : "MODEL_PROMOTED", ref.toString(), details);
    });
    return failures;
  }

  /**
   * The champion scores customers into {@code scores}, with dimension sub-scores and reason codes: only a
   * scorecard carries them. Any other kind (the GBT challenger) is refused, with no override: it exists
   * to be compared with the scorecard in backtests.
   */
  private static void requireInterpretable(ModelRecord candidate) {
    if (!SCORECARD.equals(candidate.kind())) {
      throw new PromotionRefusedException(candidate.id(), List.of(candidate.id() + " is a " + candidate.kind()
          + " model: the champion must be an interpretable scorecard (it gives every customer dimension sub-scores "
          + "and reason codes); a " + candidate.kind() + " model stays a challenger, compared in backtests"), false);
    }
  }

  public void retire(ModelRef ref, String actor) {
    retire(ref, actor, null);
  }

  /** Retires a model version; who, when and why ({@code reason}, may be null) go to {@code audit_log}. */
  public void retire(ModelRef ref, String actor, String reason) {
    ModelRecord m = require(ref);
    if (m.stage() == ModelStage.RETIRED) {
      throw new BadInputException(ref + " is already retired");
    }
    jdbi.useTransaction(h -> {
      setStage(h, ref.name(), ref.version(), ModelStage.RETIRED, LocalDateTime.now());
      Map<String, Object> details = new LinkedHashMap<>();
      details.put("previous_stage", m.stage().dbValue());
      if (reason != null && !reason.isBlank()) {
        details.put("reason", reason);
      }
      audit(h, actor, "MODEL_RETIRED", ref.toString(), details);
    });
  }

  List<String> gateFailures(ModelRecord candidate, ModelRecord champion, PromotionGates gates) {
    List<String> failures = new ArrayList<>();
    List<BacktestRecord> mine = backtests(new ModelRef(candidate.name(), candidate.version()));
    if (mine.isEmpty()) {
      failures.add("no backtest of " + candidate.id() + " (run ./credit backtest first)");
      return failures;
    }
    BacktestRecord latest = mine.get(0);
    Optional<BacktestRecord> theirs = backtests(new ModelRef(champion.name(), champion.version())).stream()
        .filter(b -> b.asOfDate().equals(latest.asOfDate())).findFirst();
    if (theirs.isEmpty()) {
      failures.add("champion " + champion.id() + " has no backtest on " + latest.asOfDate() + " to compare with");
      return failures;
    }
    BacktestRecord c = theirs.get();
    if (latest.auc() < c.auc() + gates.aucMargin()) {
      failures.add(String.format(java.util.Locale.ROOT,
          "AUC %.4f on %s does not beat the champion's %.4f by the required margin %.4f", latest.auc(),
          latest.asOfDate(), c.auc(), gates.aucMargin()));
    }
    double psi = Psi.of(bandCounts(c.details()), bandCounts(latest.details()));
    if (!Double.isNaN(psi) && psi > gates.maxPsi()) {
      failures.add(String.format(java.util.Locale.ROOT,
          "score PSI %.4f against the champion's population on %s is above %.4f", psi, latest.asOfDate(),
          gates.maxPsi()));
    }
    return failures;
  }

  /** Counts per score band from a backtest's details ({@code band_counts}). */
  static double[] bandCounts(String details) {
    double[] out = new double[ScoreBand.values().length];
    try {
      JsonNode node = MAPPER.readTree(details == null ? "{}" : details).path("band_counts");
      for (ScoreBand b : ScoreBand.values()) {
        out[b.ordinal()] = node.path(b.name()).asDouble(0);
      }
    } catch (java.io.IOException e) {
      throw new IllegalStateException("unreadable backtest details", e);
    }
    return out;
  }

  private static void setStage(Handle h, String name, int version, ModelStage stage, LocalDateTime at) {
    h.createUpdate("update models set stage = :s, stage_changed_at = :at where model_name = :n and version = :v")
        .bind("s", stage.dbValue()).bind("at", at).bind("n", name).bind("v", version).execute();
  }

  private static void audit(Handle h, String actor, String action, String subject, Map<String, ?> details) {
    String json;
    try {
      json = MAPPER.writeValueAsString(details);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
    h.createUpdate("insert into audit_log (at_time, actor, action, subject, details) "
            + "values (:at, :actor, :action, :subject, :details)")
        .bind("at", LocalDateTime.now()).bind("actor", actor == null ? "unknown" : actor).bind("action", action)
        .bind("subject", subject).bind("details", json).execute();
  }

  private static Optional<ModelRecord> find(Handle h, String name, int version) {
    return h.createQuery("select * from models where model_name = :n and version = :v")
        .bind("n", name).bind("v", version).map((rs, ctx) -> map(rs)).findOne();
  }

  private static ModelRecord map(ResultSet rs) throws SQLException {
    return new ModelRecord(rs.getString("model_name"), rs.getInt("version"), rs.getString("kind"),
        ModelStage.fromDb(rs.getString("stage")), rs.getObject("created_at", LocalDateTime.class),
        rs.getObject("train_from", LocalDate.class), rs.getObject("train_to", LocalDate.class),
        rs.getString("as_of_dates"), rs.getString("feature_set_version"), rs.getString("hyper_parameters"),
        rs.getString("metrics"), rs.getString("provenance"), rs.getString("training_data_hash"),
        rs.getString("artifact_path"), rs.getObject("stage_changed_at", LocalDateTime.class));
  }

  private static BacktestRecord mapBacktest(ResultSet rs) throws SQLException {
    double psi = rs.getDouble("score_psi");
    Double scorePsi = rs.wasNull() ? null : psi;
    return new BacktestRecord(rs.getLong("id"), rs.getObject("run_at", LocalDateTime.class),
        rs.getString("model_name"), rs.getInt("model_version"), rs.getObject("as_of_date", LocalDate.class),
        rs.getLong("rows_evaluated"), rs.getLong("bads"), rs.getDouble("auc"), rs.getDouble("ks"),
        rs.getDouble("gini"), rs.getDouble("brier"), scorePsi, rs.getString("details"));
  }
}
