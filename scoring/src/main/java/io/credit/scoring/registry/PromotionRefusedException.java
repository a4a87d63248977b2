package io.credit.scoring.registry;

import io.credit.core.cli.BadInputException;
import java.util.List;

/** A promotion the gates refuse; the message lists every failed gate and how to override. */
public class PromotionRefusedException extends BadInputException {
  private final List<String> failures;

  public PromotionRefusedException(String model, List<String> failures) {
    this(model, failures, true);
  }

  /** {@code overridable}: whether {@code --override} can lift the refusal (a failed gate) or not (a GBT). */
  public PromotionRefusedException(String model, List<String> failures, boolean overridable) {
    super("promotion of " + model + " refused: " + String.join("; ", failures) + (overridable
        ? " (to promote anyway, give --override \"reason\", which is recorded in the audit log)"
        : " (--override does not apply)"));
    this.failures = List.copyOf(failures);
  }

  public List<String> failures() {
    return failures;
  }
}
