package io.credit.app.faults;

import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Where a trial kills the nightly child: an offset after the start of a target step. Steps are taken
 * round-robin so every step is hit; the offset is a seeded random fraction of the step's duration
 * in the clean run (at most 80 % of it, so the kill lands inside the step even when it runs a little faster).
 */
record KillPoint(String step, long offsetMillis) {
  static final List<String> STEPS = List.of("ingest", "features", "score", "eligibility", "report");

  static KillPoint plan(int trial, Random random, Map<String, Long> cleanStepMillis) {
    String step = STEPS.get(trial % STEPS.size());
    long span = Math.max(1, cleanStepMillis.getOrDefault(step, 1000L));
    return new KillPoint(step, (long) (random.nextDouble() * 0.8 * span));
  }
}
