package io.credit.cluster;

import java.util.Iterator;
import java.util.List;
import org.apache.spark.api.java.function.MapPartitionsFunction;

/**
 * The process id of the JVM that runs a partition. Being application code, it also proves that the
 * application jar reached the executors: without it they fail with {@code ClassNotFoundException}.
 */
public final class ExecutorPid implements MapPartitionsFunction<Long, Long> {
  @Override
  public Iterator<Long> call(Iterator<Long> partition) {
    return List.of(ProcessHandle.current().pid()).iterator();
  }
}
