package io.credit.features.cli;

import io.credit.features.catalog.CatalogMarkdown;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code ./credit features catalog}: print the feature catalogue as markdown, or write it into a README. */
@Command(name = "catalog", mixinStandardHelpOptions = true,
    description = "Print the feature catalogue (markdown), or replace the generated section of a README with it.")
public class CatalogCommand implements Callable<Integer> {
  @Option(names = "--update", paramLabel = "README", description = "Replace the generated catalogue section of this file.")
  Path readme;

  @Override
  public Integer call() throws IOException {
    if (readme == null) {
      System.out.print(CatalogMarkdown.table());
      return 0;
    }
    String text = Files.readString(readme, StandardCharsets.UTF_8);
    Files.writeString(readme, CatalogMarkdown.replaceSection(text), StandardCharsets.UTF_8);
    System.out.println("catalogue written to " + readme);
    return 0;
  }
}
