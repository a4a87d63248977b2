package io.credit.lending.api;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import io.credit.core.cli.BadInputException;
import io.credit.lending.policy.Products;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The API keys the server accepts, read from a YAML file that stores only each key's SHA-256
 * (keys are 256-bit random tokens, so an unsalted hash cannot be reversed by guessing). A presented
 * key is hashed and compared with every entry in constant time ({@link MessageDigest#isEqual}),
 * without stopping at the first match.
 *
 * <pre>
 * keys:
 *   - name: rentals-partner
 *     sha256: 3f1c…            # ./credit api-key --name rentals-partner prints a key and this line
 *     products: [RENTAL_APARTMENT, RENTAL_CAR]    # or ["*"] for every product
 * </pre>
 */
public final class ApiKeys {
  /** Keys longer than this are refused before hashing. */
  static final int MAX_KEY_LENGTH = 256;
  private static final Pattern HEX64 = Pattern.compile("[0-9a-f]{64}");
  private static final Pattern NAME = Pattern.compile("[A-Za-z0-9._-]{1,64}");

  private record Entry(byte[] hash, ApiClient client) {}

  record FileEntry(@JsonProperty("name") String name, @JsonProperty("sha256") String sha256,
      @JsonProperty("products") List<String> products) {}

  record KeyFile(@JsonProperty("keys") List<FileEntry> keys) {}

  private final List<Entry> entries;

  private ApiKeys(List<Entry> entries) {
    this.entries = List.copyOf(entries);
  }

  /** Reads and checks a key file. */
  public static ApiKeys load(Path file) {
    if (!Files.isRegularFile(file)) {
      throw new BadInputException("API key file not found: " + file + " (create it with the lines "
          + "`./credit api-key --name NAME` prints, or pass --api-keys FILE)");
    }
    KeyFile parsed;
    try {
      parsed = new YAMLMapper().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
          .readValue(Files.readAllBytes(file), KeyFile.class);
    } catch (JacksonException e) {
      throw new BadInputException("API key file " + file + " is invalid: " + e.getOriginalMessage());
    } catch (IOException e) {
      throw new BadInputException("cannot read API key file " + file + ": " + e.getMessage(), e);
    }
    if (parsed == null || parsed.keys() == null || parsed.keys().isEmpty()) {
      throw new BadInputException("API key file " + file + " has no keys (expected a `keys:` list)");
    }
    List<Entry> entries = new ArrayList<>();
    List<String> errors = new ArrayList<>();
    for (int i = 0; i < parsed.keys().size(); i++) {
      FileEntry e = parsed.keys().get(i);
      String at = "keys[" + i + "]";
      if (e.name() == null || !NAME.matcher(e.name()).matches()) {
        errors.add(at + ".name: required, 1–64 letters, digits, '.', '_' or '-'");
      }
      if (e.sha256() == null || !HEX64.matcher(e.sha256()).matches()) {
        errors.add(at + ".sha256: required, the key's SHA-256 as 64 lower-case hex digits (never the key itself)");
      }
      if (e.products() == null || e.products().isEmpty()) {
        errors.add(at + ".products: required, product codes or \"*\"");
      } else {
        e.products().stream().filter(p -> !"*".equals(p) && (p == null || !Products.CODE.matcher(p).matches()))
            .forEach(p -> errors.add(at + ".products: not a product code: " + p));
      }
      if (errors.isEmpty()) {
        entries.add(new Entry(HexFormat.of().parseHex(e.sha256()),
            new ApiClient(e.name(), new LinkedHashSet<>(e.products()))));
      }
    }
    if (!errors.isEmpty()) {
      throw new BadInputException("API key file " + file + " is invalid:\n  - " + String.join("\n  - ", errors));
    }
    return new ApiKeys(entries);
  }

  /** Keys given in code (tests, benchmark): each client with the hash of its key. */
  public static ApiKeys of(List<String> hashes, List<ApiClient> clients) {
    List<Entry> entries = new ArrayList<>();
    for (int i = 0; i < hashes.size(); i++) {
      entries.add(new Entry(HexFormat.of().parseHex(hashes.get(i)), clients.get(i)));
    }
    return new ApiKeys(entries);
  }

  /** The client a presented key belongs to; every entry is compared, in constant time each. */
  public Optional<ApiClient> authenticate(String presentedKey) {
    if (presentedKey == null || presentedKey.isEmpty() || presentedKey.length() > MAX_KEY_LENGTH) {
      return Optional.empty();
    }
    byte[] hash = sha256(presentedKey);
    ApiClient found = null;
    for (Entry e : entries) {
      if (MessageDigest.isEqual(hash, e.hash()) && found == null) {
        found = e.client();
      }
    }
    return Optional.ofNullable(found);
  }

  /** Hex SHA-256 of a key, as stored in the key file. */
  public static String hash(String key) {
    return HexFormat.of().formatHex(sha256(key));
  }

  /** A new random key: {@code ck_} + 43 URL-safe characters (256 bits). */
  public static String newKey() {
    byte[] bytes = new byte[32];
    new SecureRandom().nextBytes(bytes);
    return "ck_" + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }

  private static byte[] sha256(String key) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
