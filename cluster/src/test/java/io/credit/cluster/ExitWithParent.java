package io.credit.cluster;

import java.lang.reflect.Method;
import java.util.Arrays;

/**
 * Runs a main class in a child JVM that exits when the JVM that started it is gone, even if that
 * one was killed with SIGKILL and never ran its shutdown hooks: the child's own hooks then run (a
 * Spark worker's kill its executors). Usage: {@code ExitWithParent <parent pid> <main class> <args…>}.
 */
public final class ExitWithParent {
  private ExitWithParent() {}

  public static void main(String[] args) throws Exception {
    long parentPid = Long.parseLong(args[0]);
    ProcessHandle.of(parentPid).ifPresentOrElse(
        parent -> parent.onExit().thenRun(() -> {
          System.err.println("parent JVM " + parentPid + " is gone: exiting");
          System.exit(143);
        }),
        () -> System.exit(143));
    Method main = Class.forName(args[1]).getMethod("main", String[].class);
    main.invoke(null, (Object) Arrays.copyOfRange(args, 2, args.length));
  }
}
