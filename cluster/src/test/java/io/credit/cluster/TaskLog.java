package io.credit.cluster;

import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import org.apache.spark.SparkContext;
import org.apache.spark.scheduler.SparkListener;
import org.apache.spark.scheduler.SparkListenerStageSubmitted;
import org.apache.spark.scheduler.SparkListenerTaskEnd;
import org.apache.spark.storage.RDDInfo;
import scala.jdk.javaapi.CollectionConverters;

/**
 * Where a session's tasks ran: for every finished task, the job group it belongs to (set with
 * {@link SparkContext#setJobGroup}), the executor that ran it ({@code driver} under {@code local[*]})
 * and whether its stage scans a JDBC source (an RDD named {@code JDBCRDD}: the task itself opens a
 * connection to the database and runs the query). Listener events are delivered asynchronously;
 * read the log once the session is stopped (stopping drains the listener bus).
 */
final class TaskLog extends SparkListener {
  /** Spark's name of the RDD that runs a JDBC query, one connection per partition. */
  static final String JDBC_RDD = "JDBCRDD";
  private static final String JOB_GROUP = "spark.jobGroup.id";

  /** One finished task. */
  record Task(String group, int stageId, String executorId, boolean readsDatabase) {}

  private record Stage(String group, boolean readsDatabase) {}

  private final Map<Integer, Stage> stages = new ConcurrentHashMap<>();
  private final List<Task> tasks = new CopyOnWriteArrayList<>();

  @Override
  public void onStageSubmitted(SparkListenerStageSubmitted submitted) {
    Properties properties = submitted.properties();
    String group = properties == null ? null : properties.getProperty(JOB_GROUP);
    boolean jdbc = CollectionConverters.asJava(submitted.stageInfo().rddInfos()).stream()
        .map(RDDInfo::name).anyMatch(JDBC_RDD::equals);
    stages.put(submitted.stageInfo().stageId(), new Stage(group, jdbc));
  }

  @Override
  public void onTaskEnd(SparkListenerTaskEnd end) {
    Stage stage = stages.getOrDefault(end.stageId(), new Stage(null, false));
    tasks.add(new Task(stage.group(), end.stageId(), end.taskInfo().executorId(), stage.readsDatabase()));
  }

  /** The finished tasks of a job group. */
  List<Task> tasksOf(String group) {
    return tasks.stream().filter(t -> group.equals(t.group())).toList();
  }
}
