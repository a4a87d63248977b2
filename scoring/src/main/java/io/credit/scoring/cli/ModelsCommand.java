package io.credit.scoring.cli;

import io.credit.core.cli.JsonOption;
import io.credit.core.cli.PlatformOptions;
import io.credit.core.db.Database;
import io.credit.scoring.registry.BacktestRecord;
import io.credit.scoring.registry.ModelRecord;
import io.credit.scoring.registry.ModelRef;
import io.credit.scoring.registry.ModelRegistry;
import io.credit.scoring.registry.PromotionGates;
import java.io.PrintStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code ./credit models list|show|promote|retire}: the model registry. */
@Command(name = "models", mixinStandardHelpOptions = true, description = "The model registry.",
    subcommands = {ModelsCommand.ListModels.class, ModelsCommand.Show.class, ModelsCommand.Promote.class,
        ModelsCommand.Retire.class})
public class ModelsCommand implements Runnable {
  @Override
  public void run() {
    new picocli.CommandLine(this).usage(System.out);
  }

  static String actor(String given) {
    return given != null && !given.isBlank() ? given : System.getProperty("user.name", "unknown");
  }

  @Command(name = "list", mixinStandardHelpOptions = true, description = "List every model version and its stage.")
  static class ListModels implements Callable<Integer> {
    @Mixin PlatformOptions platform;
    @Mixin JsonOption json;

    @Override
    public Integer call() {
      try (Database db = Database.open(platform.toConfig())) {
        List<ModelRecord> models = new ModelRegistry(db.jdbi()).list();
        PrintStream o = System.out;
        o.printf("%-30s %-10s %-11s %-19s %-12s%n", "model", "kind", "stage", "created", "trained to");
        for (ModelRecord m : models) {
          o.printf("%-30s %-10s %-11s %-19s %-12s%n", m.id(), m.kind(), m.stage().dbValue(),
              m.createdAt().withNano(0), m.trainTo() == null ? "" : m.trainTo());
        }
        json.print(o, Map.of("models", models.stream().map(m -> Map.of("model", m.id(), "stage",
            m.stage().dbValue(), "kind", m.kind())).toList()));
        return 0;
      }
    }
  }

  @Command(name = "show", mixinStandardHelpOptions = true, description = "Show one model version with its backtests.")
  static class Show implements Callable<Integer> {
    @Mixin PlatformOptions platform;
    @Mixin JsonOption json;
    @Parameters(paramLabel = "NAME:VERSION") String model;

    @Override
    public Integer call() {
      try (Database db = Database.open(platform.toConfig())) {
        ModelRegistry registry = new ModelRegistry(db.jdbi());
        ModelRef ref = ModelRef.parse(model);
        ModelRecord m = registry.require(ref);
        List<BacktestRecord> backtests = registry.backtests(ref);
        PrintStream o = System.out;
        o.printf("%s (%s), stage %s%n  created %s, training window %s – %s (as-of %s), feature set %s%n",
            m.id(), m.kind(), m.stage().dbValue(), m.createdAt().withNano(0), m.trainFrom(), m.trainTo(),
            m.asOfDates(), m.featureSetVersion());
        o.printf("  artifact %s%n  training data sha256 %s%n  hyper-parameters %s%n  metrics %s%n  provenance %s%n",
            m.artifactPath(), m.trainingDataHash(), m.hyperParameters(), m.metrics(), m.provenance());
        for (BacktestRecord b : backtests) {
          o.printf(Locale.ROOT, "  backtest %s: AUC %.4f KS %.4f Gini %.4f Brier %.4f PSI %s (%d rows)%n",
              b.asOfDate(), b.auc(), b.ks(), b.gini(), b.brier(),
              b.scorePsi() == null ? "n/a" : String.format(Locale.ROOT, "%.4f", b.scorePsi()), b.rowsEvaluated());
        }
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("model", m);
        s.put("backtests", backtests);
        json.print(o, s);
        return 0;
      }
    }
  }

  @Command(name = "promote", mixinStandardHelpOptions = true,
      description = "Make a challenger the champion (the previous champion is retired), if it passes the gates.")
  static class Promote implements Callable<Integer> {
    @Mixin PlatformOptions platform;
    @Mixin JsonOption json;
    @Parameters(paramLabel = "NAME:VERSION") String model;

    @Option(names = "--auc-margin", defaultValue = "0.005",
        description = "AUC the challenger must add over the champion on the latest backtest (default: ${DEFAULT-VALUE}).")
    double aucMargin;

    @Option(names = "--max-psi", defaultValue = "0.25",
        description = "Highest score PSI against the champion's population (default: ${DEFAULT-VALUE}).")
    double maxPsi;

    @Option(names = "--override", paramLabel = "REASON",
        description = "Promote despite failed gates; the reason is recorded in the audit log.")
    String override;

    @Option(names = "--actor", description = "Who promotes (default: the user name).")
    String actor;

    @Option(names = "--reason", paramLabel = "TEXT",
        description = "Why it is promoted (e.g. a change ticket); recorded in the audit log.")
    String reason;

    @Override
    public Integer call() {
      try (Database db = Database.open(platform.toConfig())) {
        ModelRef ref = ModelRef.parse(model);
        List<String> overridden = new ModelRegistry(db.jdbi()).promote(ref, new PromotionGates(aucMargin, maxPsi),
            override, actor(actor), reason);
        System.out.println(ref + " is now the champion" + (overridden.isEmpty() ? ""
            : " (gates overridden: " + String.join("; ", overridden) + ")"));
        json.print(System.out, Map.of("model", ref.toString(), "stage", "champion", "overridden_gates", overridden));
        return 0;
      }
    }
  }

  @Command(name = "retire", mixinStandardHelpOptions = true, description = "Retire a model version.")
  static class Retire implements Callable<Integer> {
    @Mixin PlatformOptions platform;
    @Mixin JsonOption json;
    @Parameters(paramLabel = "NAME:VERSION") String model;
    @Option(names = "--actor", description = "Who retires it (default: the user name).")
    String actor;

    @Option(names = "--reason", paramLabel = "TEXT", description = "Why it is retired; recorded in the audit log.")
    String reason;

    @Override
    public Integer call() {
      try (Database db = Database.open(platform.toConfig())) {
        ModelRef ref = ModelRef.parse(model);
        new ModelRegistry(db.jdbi()).retire(ref, actor(actor), reason);
        System.out.println(ref + " retired");
        json.print(System.out, Map.of("model", ref.toString(), "stage", "retired"));
        return 0;
      }
    }
  }
}
