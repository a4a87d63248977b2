package io.credit.app.nightly;

import com.fasterxml.jackson.databind.JsonNode;
import io.credit.app.CreditCli;
import io.credit.core.cli.JsonOption;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Runs {@code ./credit} commands for the tests: in this JVM, or as a real child process. */
final class Cli {
  private Cli() {}

  /** What a command returned and printed. */
  record Run(int exit, String out, String err) {
    /** The one-line JSON summary {@code --json} prints last. */
    JsonNode json() {
      List<String> lines = out.lines().filter(l -> !l.isBlank()).toList();
      try {
        return JsonOption.mapper().readTree(lines.get(lines.size() - 1));
      } catch (IOException e) {
        throw new UncheckedIOException("last line is not JSON: " + this, e);
      }
    }

    @Override
    public String toString() {
      return "exit " + exit + "\n--- stdout\n" + out + "\n--- stderr\n" + err;
    }
  }

  /** {@code CreditCli.execute(args)} with standard output and error captured. */
  static synchronized Run inProcess(String... args) {
    PrintStream out = System.out;
    PrintStream err = System.err;
    ByteArrayOutputStream capturedOut = new ByteArrayOutputStream();
    ByteArrayOutputStream capturedErr = new ByteArrayOutputStream();
    try (PrintStream o = new PrintStream(capturedOut, true, StandardCharsets.UTF_8);
        PrintStream e = new PrintStream(capturedErr, true, StandardCharsets.UTF_8)) {
      System.setOut(o);
      System.setErr(e);
      int exit = CreditCli.execute(args);
      return new Run(exit, capturedOut.toString(StandardCharsets.UTF_8), capturedErr.toString(StandardCharsets.UTF_8));
    } finally {
      System.setOut(out);
      System.setErr(err);
    }
  }

  /** Starts {@code io.credit.app.CreditCli args} in a child JVM (test class path, Spark's JVM flags), output to files. */
  static Process start(Path outFile, Path errFile, String... args) throws IOException {
    List<String> cmd = new ArrayList<>();
    cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    cmd.add("-Xmx1g");
    for (String f : System.getProperty("credit.spark.jvm.flags", "").split("\\s+")) {
      if (!f.isBlank()) {
        cmd.add(f);
      }
    }
    cmd.add("-cp");
    cmd.add(System.getProperty("java.class.path"));
    cmd.add(CreditCli.class.getName());
    cmd.addAll(List.of(args));
    ProcessBuilder pb = new ProcessBuilder(cmd).redirectOutput(outFile.toFile()).redirectError(errFile.toFile());
    pb.environment().put("SPARK_LOCAL_IP", "127.0.0.1");
    pb.environment().remove("CREDIT_LOG_FORMAT");
    return pb.start();
  }

  /** Runs a child to its end (at most {@code timeoutSeconds}, then kills it and fails). */
  static Run child(Path dir, long timeoutSeconds, String... args) throws IOException, InterruptedException {
    Files.createDirectories(dir);
    Path out = Files.createTempFile(dir, "child", ".out");
    Path err = Files.createTempFile(dir, "child", ".err");
    Process p = start(out, err, args);
    if (!p.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
      p.destroyForcibly().waitFor();
      throw new AssertionError("child did not finish within " + timeoutSeconds + " s: "
          + new Run(-1, Files.readString(out), Files.readString(err)));
    }
    return new Run(p.exitValue(), Files.readString(out), Files.readString(err));
  }
}
