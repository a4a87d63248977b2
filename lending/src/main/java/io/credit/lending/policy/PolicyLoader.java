package io.credit.lending.policy;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import io.credit.core.cli.BadInputException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Reads a policy file (YAML, or JSON for a {@code .json} file), refusing unknown keys, and
 * validates it with {@link PolicyValidator}. Errors name the file, the key path and how to fix it.
 */
public final class PolicyLoader {
  /** The policy shipped with the platform. */
  public static final String DEFAULT_RESOURCE = "io/credit/lending/default-policy.yaml";

  private PolicyLoader() {}

  /** The shipped default policy. */
  public static LoadedPolicy loadDefault() {
    try (InputStream in = PolicyLoader.class.getClassLoader().getResourceAsStream(DEFAULT_RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("default policy missing from the classpath: " + DEFAULT_RESOURCE);
      }
      return parse(in.readAllBytes(), "classpath:" + DEFAULT_RESOURCE, false);
    } catch (IOException e) {
      throw new IllegalStateException("cannot read the default policy", e);
    }
  }

  /** A policy file; {@code null} means the shipped default. */
  public static LoadedPolicy load(Path file) {
    if (file == null) {
      return loadDefault();
    }
    if (!Files.isRegularFile(file)) {
      throw new BadInputException("policy file not found: " + file + " (give a YAML or JSON policy file, "
          + "or leave out --policy for the shipped default)");
    }
    try {
      return parse(Files.readAllBytes(file), file.toString(), file.getFileName().toString().endsWith(".json"));
    } catch (IOException e) {
      throw new BadInputException("cannot read policy file " + file + ": " + e.getMessage(), e);
    }
  }

  /** Parses and validates policy text; {@code json} picks the JSON parser, else YAML. */
  public static LoadedPolicy parse(byte[] bytes, String source, boolean json) {
    ObjectMapper mapper = (json ? new ObjectMapper() : new YAMLMapper())
        .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
        .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
        .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
        .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
    if (new String(bytes, StandardCharsets.UTF_8).isBlank()) {
      throw new BadInputException("policy " + source + " is empty: start from the shipped default ("
          + DEFAULT_RESOURCE + ")");
    }
    LendingPolicy policy;
    try {
      policy = mapper.readValue(bytes, LendingPolicy.class);
    } catch (UnrecognizedPropertyException e) {
      String known = e.getKnownPropertyIds() == null ? "" : e.getKnownPropertyIds().stream()
          .map(Object::toString).sorted().collect(Collectors.joining(", "));
      throw new BadInputException("policy " + source + " is invalid: unknown key '" + e.getPropertyName()
          + "' at " + path(e) + " (line " + e.getLocation().getLineNr() + "); known keys there: " + known);
    } catch (JacksonException e) {
      throw new BadInputException("policy " + source + " is not a valid policy file at " + path(e)
          + (e.getLocation() == null ? "" : " (line " + e.getLocation().getLineNr() + ")") + ": "
          + e.getOriginalMessage());
    } catch (IOException e) {
      throw new BadInputException("cannot read policy " + source + ": " + e.getMessage(), e);
    }
    if (policy == null) {
      throw new BadInputException("policy " + source + " is empty");
    }
    List<String> errors = PolicyValidator.validate(policy);
    if (!errors.isEmpty()) {
      throw new BadInputException("policy " + source + " is invalid:\n  - " + String.join("\n  - ", errors));
    }
    return new LoadedPolicy(policy, sha256(bytes), source, new String(bytes, StandardCharsets.UTF_8));
  }

  private static String path(JacksonException e) {
    if (!(e instanceof JsonMappingException m) || m.getPath().isEmpty()) {
      return "the top level";
    }
    StringBuilder sb = new StringBuilder();
    for (JsonMappingException.Reference r : m.getPath()) {
      if (r.getFieldName() != null) {
        sb.append(sb.isEmpty() ? "" : ".").append(r.getFieldName());
      } else if (r.getIndex() >= 0) {
        sb.append('[').append(r.getIndex()).append(']');
      }
    }
    return sb.isEmpty() ? "the top level" : sb.toString();
  }

  static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
