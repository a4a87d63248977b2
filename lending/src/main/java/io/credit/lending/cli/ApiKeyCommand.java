package io.credit.lending.cli;

import io.credit.core.cli.BadInputException;
import io.credit.lending.api.ApiKeys;
import io.credit.lending.policy.Products;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code ./credit api-key --name N}: a new API key, and the line that stores only its hash. */
@Command(name = "api-key", mixinStandardHelpOptions = true,
    description = "Create an API key for `./credit serve`: prints the key once (give it to the caller) and the "
        + "entry to add to the API key file, which holds only the key's SHA-256.")
public class ApiKeyCommand implements Callable<Integer> {
  @Option(names = "--name", required = true, description = "Who the key is for (letters, digits, . _ -).")
  String name;

  @Option(names = "--products", split = ",", defaultValue = "*",
      description = "Products it may read, comma-separated, or * (default).")
  List<String> products;

  @Override
  public Integer call() {
    if (!name.matches("[A-Za-z0-9._-]{1,64}")) {
      throw new BadInputException("--name must be 1–64 letters, digits, '.', '_' or '-'");
    }
    for (String p : products) {
      if (!"*".equals(p) && !Products.CODE.matcher(p).matches()) {
        throw new BadInputException("--products: not a product code: " + p + " (e.g. CREDIT_LINE, RENTAL_APARTMENT)");
      }
    }
    String key = ApiKeys.newKey();
    System.out.println("API key (shown once, not stored): " + key);
    System.out.println("Add to the API key file (default <data-dir>/api-keys.yaml):");
    System.out.println("keys:");
    System.out.println("  - name: " + name);
    System.out.println("    sha256: " + ApiKeys.hash(key));
    System.out.println("    products: [" + String.join(", ", products.stream().map(p -> "\"" + p + "\"").toList()) + "]");
    return 0;
  }
}
