package io.credit.scoring.registry;

import io.credit.core.cli.BadInputException;
import java.util.List;

/** A promotion the gates refuse; the message lists every failed gate and how to override. */
public class PromotionRefusedException extends BadInputException {
  private final List<String> failures;

  public PromotionRefusedException(String model, List<String> failures) {
    super("promotion of " + model + " refused: " + String.join("; ", failures)
        + " (to promote anyway, give --override \"reason\", which is recorded in the audit log)");
    this.failures = List.copyOf(failures);
  }

  public List<String> failures() {
    return failures;
  }
}
