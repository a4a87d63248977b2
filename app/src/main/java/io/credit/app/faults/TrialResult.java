package io.credit.app.faults;

import java.util.List;

/**
 * One trial: where it aimed and where the kill landed (the step running when SIGKILL was sent, or
 * {@code none} when the child finished first), how many restarts it took, and the invariants.
 */
record TrialResult(int trial, String fault, String targetStep, String killedIn, long offsetMillis, int restarts,
    List<Integer> restartExitCodes, List<InvariantResult> invariants, String note) {

  boolean passed() {
    return !invariants.isEmpty() && invariants.stream().allMatch(InvariantResult::holds);
  }

  List<String> failedInvariants() {
    return invariants.stream().filter(i -> !i.holds()).map(InvariantResult::name).toList();
  }
}
