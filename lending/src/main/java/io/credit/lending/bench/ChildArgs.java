package io.credit.lending.bench;

import java.util.HashMap;
import java.util.Map;

/**
 * The {@code --name value} pairs that {@link ServeBenchmark} passes to its child processes (the load
 * generator and the publisher). Not a user-facing command line: the parent writes them.
 */
final class ChildArgs {
  private ChildArgs() {}

  static Map<String, String> parse(String[] args) {
    Map<String, String> opt = new HashMap<>();
    for (int i = 0; i + 1 < args.length; i += 2) {
      opt.put(args[i].replaceFirst("^--", ""), args[i + 1]);
    }
    return opt;
  }
}
