package io.credit.cluster;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.spark.launcher.JavaModuleOptions;

/**
 * A real Spark standalone cluster on loopback: one master and one worker, each a child JVM started
 * from this JVM's class path (no Spark distribution). The worker launches executors the way it does
 * in production, through {@code org.apache.spark.launcher.WorkerCommandBuilder}, which needs:
 * <ul>
 *   <li>{@code SPARK_HOME} with a {@code jars/} folder: the executor class path is
 *       {@code spark.executor.extraClassPath}, then {@code SPARK_HOME/conf}, then {@code SPARK_HOME/jars/*};
 *       the folder must exist or the launch fails with "Library directory ... does not exist";</li>
 *   <li>{@code SPARK_SCALA_VERSION=2.13} in the worker's environment: without it the builder looks
 *       for {@code SPARK_HOME/launcher/target/scala-2.13} (a Spark source build) and fails with
 *       "Cannot find any build directories".</li>
 * </ul>
 * This class builds that layout under {@code baseDir}: {@code spark-home/jars/} holds a symbolic
 * link to every jar of the class path, {@code spark-home/conf/log4j2.properties} the daemons' and
 * executors' logging. Logs: {@code baseDir/master.log}, {@code baseDir/worker.log} and
 * {@code baseDir/work/<app>/<executor>/stderr}.
 *
 * <p>{@link #close()} stops the worker's executors, the worker and the master (forcibly after a
 * grace period); a shutdown hook does the same if the test JVM exits without closing, and the
 * daemons exit by themselves if the test JVM is killed outright ({@link ExitWithParent}).
 */
public final class StandaloneCluster implements AutoCloseable {
  private static final Duration START_TIMEOUT = Duration.ofSeconds(120);
  private static final Duration STOP_GRACE = Duration.ofSeconds(10);
  private static final Pattern ALIVE_WORKERS = Pattern.compile("\"aliveworkers\"\\s*:\\s*(\\d+)");
  private static final String LOOPBACK = "127.0.0.1";

  private final Path baseDir;
  private final int masterPort;
  private final int masterWebUiPort;
  private final List<Process> daemons = new ArrayList<>();
  private final Thread shutdownHook = new Thread(this::stopDaemons, "standalone-cluster-stop");
  private boolean closed;

  /**
   * Worker resources.
   *
   * @param cores  cores the worker offers (executors take one each)
   * @param memory memory the worker offers, e.g. {@code 1g}
   */
  public record Worker(int cores, String memory) {}

  private StandaloneCluster(Path baseDir, int masterPort, int masterWebUiPort) {
    this.baseDir = baseDir;
    this.masterPort = masterPort;
    this.masterWebUiPort = masterWebUiPort;
  }

  /** Starts a master and one worker, and returns once the worker has registered with the master. */
  public static StandaloneCluster start(Path baseDir, Worker worker) throws IOException, InterruptedException {
    Files.createDirectories(baseDir);
    Path sparkHome = baseDir.resolve("spark-home");
    ClasspathLayout classpath = ClasspathLayout.ofThisJvm();
    if (!Files.isDirectory(sparkHome.resolve("jars"))) {
      classpath.linkJarsInto(sparkHome.resolve("jars"));
    }
    Path conf = Files.createDirectories(sparkHome.resolve("conf"));
    Files.writeString(conf.resolve("log4j2.properties"), LOG_CONFIG, StandardCharsets.UTF_8);

    StandaloneCluster cluster = new StandaloneCluster(baseDir, freePort(), freePort());
    Runtime.getRuntime().addShutdownHook(cluster.shutdownHook);
    try {
      cluster.launch("org.apache.spark.deploy.master.Master", "master", sparkHome, classpath, List.of(
          "--host", LOOPBACK, "--port", String.valueOf(cluster.masterPort),
          "--webui-port", String.valueOf(cluster.masterWebUiPort)));
      cluster.launch("org.apache.spark.deploy.worker.Worker", "worker", sparkHome, classpath, List.of(
          "--host", LOOPBACK, "--webui-port", "0",
          "--cores", String.valueOf(worker.cores()), "--memory", worker.memory(),
          "--work-dir", Files.createDirectories(baseDir.resolve("work")).toString(),
          cluster.masterUrl()));
      cluster.awaitWorkers(1);
      return cluster;
    } catch (IOException | InterruptedException | RuntimeException e) {
      cluster.close();
      throw e;
    }
  }

  /** {@code spark://127.0.0.1:<port>}. */
  public String masterUrl() {
    return "spark://" + LOOPBACK + ":" + masterPort;
  }

  /** Process id of the worker JVM (executors are its child processes). */
  public long workerPid() {
    return daemons.get(1).pid();
  }

  /** Folder of the cluster's logs and work directories. */
  public Path baseDir() {
    return baseDir;
  }

  /** The master's state as JSON (workers, applications), from its web UI. */
  public String masterState() {
    HttpRequest request = HttpRequest.newBuilder(URI.create("http://" + LOOPBACK + ":" + masterWebUiPort + "/json/"))
        .timeout(Duration.ofSeconds(5)).build();
    try {
      return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString()).body();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private void launch(String mainClass, String name, Path sparkHome, ClasspathLayout classpath, List<String> args)
      throws IOException {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(jvmFlags());
    command.add("-Xmx256m");
    command.add("-Dlog4j2.configurationFile=" + sparkHome.resolve("conf/log4j2.properties"));
    // the master drops a lost worker after this many seconds (default 60)
    command.add("-Dspark.worker.timeout=15");
    // no REST submission server: it would take the fixed port 6066
    command.add("-Dspark.master.rest.enabled=false");
    command.add("-cp");
    command.add(classpath.asClassPath());
    command.add(ExitWithParent.class.getName());
    command.add(String.valueOf(ProcessHandle.current().pid()));
    command.add(mainClass);
    command.addAll(args);
    ProcessBuilder builder = new ProcessBuilder(command)
        .redirectErrorStream(true)
        .redirectOutput(baseDir.resolve(name + ".log").toFile());
    Map<String, String> env = builder.environment();
    env.put("SPARK_HOME", sparkHome.toString());
    env.put("SPARK_CONF_DIR", sparkHome.resolve("conf").toString());
    env.put("SPARK_SCALA_VERSION", "2.13");
    env.put("SPARK_LOCAL_IP", LOOPBACK);
    env.remove("SPARK_CLASSPATH");
    env.remove("SPARK_DIST_CLASSPATH");
    daemons.add(builder.start());
  }

  /** The JVM flags Spark needs on Java 17: the build's {@code spark.jvm.flags}, else Spark's own list. */
  static List<String> jvmFlags() {
    String flags = System.getProperty("credit.spark.jvm.flags");
    if (flags == null || flags.isBlank()) {
      flags = JavaModuleOptions.defaultModuleOptions();
    }
    return Arrays.stream(flags.trim().split("\\s+")).toList();
  }

  private void awaitWorkers(int expected) throws InterruptedException {
    Instant deadline = Instant.now().plus(START_TIMEOUT);
    String lastState = "(no answer yet)";
    while (Instant.now().isBefore(deadline)) {
      for (Process daemon : daemons) {
        if (!daemon.isAlive()) {
          throw new IllegalStateException("a Spark daemon exited with code " + daemon.exitValue()
              + "; see the logs in " + baseDir);
        }
      }
      try {
        lastState = masterState();
        Matcher alive = ALIVE_WORKERS.matcher(lastState);
        if (alive.find() && Integer.parseInt(alive.group(1)) >= expected) {
          return;
        }
      } catch (UncheckedIOException notUpYet) {
        lastState = notUpYet.getMessage();
      }
      Thread.sleep(250);
    }
    throw new IllegalStateException("no worker registered with " + masterUrl() + " within " + START_TIMEOUT
        + "; last master state: " + lastState + "; see the logs in " + baseDir);
  }

  @Override
  public synchronized void close() {
    if (closed) {
      return;
    }
    closed = true;
    stopDaemons();
    try {
      Runtime.getRuntime().removeShutdownHook(shutdownHook);
    } catch (IllegalStateException jvmShuttingDown) {
      // the hook is running or about to: nothing to remove
    }
  }

  /** Stops the worker (which kills its executors), then the master; kills whatever is left. */
  private void stopDaemons() {
    List<Process> reversed = new ArrayList<>(daemons);
    java.util.Collections.reverse(reversed);
    for (Process daemon : reversed) {
      List<ProcessHandle> children = daemon.descendants().toList();
      daemon.destroy();
      try {
        if (!daemon.waitFor(STOP_GRACE.toSeconds(), TimeUnit.SECONDS)) {
          daemon.destroyForcibly().waitFor(STOP_GRACE.toSeconds(), TimeUnit.SECONDS);
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        daemon.destroyForcibly();
      }
      children.forEach(ProcessHandle::destroyForcibly);
    }
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getByName(LOOPBACK))) {
      socket.setReuseAddress(true);
      return socket.getLocalPort();
    }
  }

  private static final String LOG_CONFIG = """
      # Logging of the test cluster's master, worker and executors (files under the cluster folder).
      status = warn
      appender.console.type = Console
      appender.console.name = console
      appender.console.target = SYSTEM_ERR
      appender.console.layout.type = PatternLayout
      appender.console.layout.pattern = %d{HH:mm:ss.SSS} %-5p %c{1} - %m%n
      rootLogger.level = warn
      rootLogger.appenderRef.console.ref = console
      logger.deploy.name = org.apache.spark.deploy
      logger.deploy.level = info
      logger.executor.name = org.apache.spark.executor
      logger.executor.level = info
      """;
}
