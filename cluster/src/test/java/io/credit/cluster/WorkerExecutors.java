package io.credit.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.SparkSession;

/** Checks that a session's tasks run in executor JVMs that the cluster's worker launched. */
final class WorkerExecutors {
  private WorkerExecutors() {}

  /**
   * Tasks of this session run in an executor JVM that the worker launched, not in the driver; the
   * task code ({@link ExecutorPid}) comes from the application jar, so this also proves the jar
   * reached the executor. The master lists the application.
   */
  static void assertTasksRunInAnExecutorOfTheWorker(StandaloneCluster cluster, SparkSession spark) {
    long driverPid = ProcessHandle.current().pid();
    List<Long> pids = spark.range(0, 8, 1, 4).as(Encoders.LONG())
        .mapPartitions(new ExecutorPid(), Encoders.LONG()).collectAsList();

    assertEquals(4, pids.size(), "one pid per partition");
    for (long pid : pids) {
      assertNotEquals(driverPid, pid, "a task ran in the driver JVM");
      assertEquals(cluster.workerPid(),
          ProcessHandle.of(pid).flatMap(ProcessHandle::parent).map(ProcessHandle::pid).orElse(-1L),
          "the JVM that ran the task is a child of the worker");
    }
    String state = cluster.masterState();
    assertTrue(state.contains("\"name\" : \"" + spark.sparkContext().appName() + "\""),
        "the master lists the application: " + state);
  }
}
