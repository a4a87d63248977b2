package io.credit.core.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.PrintStream;
import java.util.Map;
import picocli.CommandLine.Option;

/**
 * The {@code --json} option (a picocli mixin): when set, a command ends its output with one line
 * of JSON summarising what it did, for scripts and schedulers.
 */
public class JsonOption {
  private static final ObjectMapper MAPPER = new ObjectMapper()
      .findAndRegisterModules()
      .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

  @Option(names = "--json", description = "End with a one-line JSON summary (for scripts).")
  boolean json;

  public boolean enabled() {
    return json;
  }

  /** Prints the summary as the last line when {@code --json} was given. */
  public void print(PrintStream out, Map<String, ?> summary) {
    if (json) {
      out.println(toJson(summary));
      out.flush();
    }
  }

  public static String toJson(Object value) {
    try {
      return MAPPER.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write JSON summary", e);
    }
  }

  public static ObjectMapper mapper() {
    return MAPPER;
  }
}
