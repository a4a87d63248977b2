package io.credit.reports.site;

import io.pebbletemplates.pebble.PebbleEngine;
import io.pebbletemplates.pebble.loader.ClasspathLoader;
import io.pebbletemplates.pebble.template.PebbleTemplate;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Renders pages with Pebble (HTML auto-escaping on) and writes each table as CSV beside its page,
 * plus the shared stylesheet and search script; returns the bytes written.
 */
public final class SiteWriter {
  private static final String TEMPLATES = "io/credit/reports/templates";
  private static final List<String> ASSETS = List.of("site.css", "search.js");
  private static final CSVFormat CSV = CSVFormat.DEFAULT.builder().setRecordSeparator('\n').get();

  private final PebbleEngine engine;
  private final Path root;
  private final Map<String, Object> site;
  private long bytes;
  private int files;

  /**
   * @param root folder the site is written into (created if absent)
   * @param site values every page can read as {@code site.*} (date, generated time, navigation)
   */
  public SiteWriter(Path root, Map<String, Object> site) {
    ClasspathLoader loader = new ClasspathLoader(SiteWriter.class.getClassLoader());
    loader.setPrefix(TEMPLATES);
    loader.setSuffix(".peb");
    this.engine = new PebbleEngine.Builder().loader(loader).strictVariables(false).cacheActive(true).build();
    this.root = root;
    this.site = Map.copyOf(site);
  }

  public void writeAssets() {
    for (String asset : ASSETS) {
      try (InputStream in = SiteWriter.class.getClassLoader().getResourceAsStream(TEMPLATES + "/" + asset)) {
        if (in == null) {
          throw new IllegalStateException("missing resource " + asset);
        }
        Path target = root.resolve("assets").resolve(asset);
        Files.createDirectories(target.getParent());
        Files.write(target, in.readAllBytes());
        count(target);
      } catch (IOException e) {
        throw new UncheckedIOException("cannot write " + asset + " into " + root, e);
      }
    }
  }

  public void write(Page page) {
    PebbleTemplate template = engine.getTemplate(page.template());
    Map<String, Object> ctx = new HashMap<>(page.model());
    Map<String, Table> tables = new LinkedHashMap<>();
    Map<String, String> csv = new HashMap<>();
    for (Table t : page.tables()) {
      tables.put(t.id(), t);
      csv.put(t.id(), page.csvHref(t));
    }
    ctx.put("site", site);
    ctx.put("title", page.title());
    ctx.put("root", page.root());
    ctx.put("tables", tables);
    ctx.put("csv", csv);
    ctx.put("path", page.path());
    Path file = root.resolve(page.path());
    try {
      Files.createDirectories(file.getParent());
      try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
        template.evaluate(w, ctx);
      }
      count(file);
      for (Table t : page.tables()) {
        writeCsv(file.getParent().resolve(page.csvHref(t)), t);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write page " + file, e);
    }
  }

  private void writeCsv(Path file, Table t) throws IOException {
    Files.createDirectories(file.getParent());
    try (CSVPrinter p = new CSVPrinter(Files.newBufferedWriter(file, StandardCharsets.UTF_8), CSV)) {
      p.printRecord(t.headers());
      for (List<Cell> row : t.rows()) {
        p.printRecord(row.stream().map(Cell::raw).toList());
      }
    }
    count(file);
  }

  private void count(Path file) throws IOException {
    bytes += Files.size(file);
    files++;
  }

  public long bytesWritten() {
    return bytes;
  }

  public int filesWritten() {
    return files;
  }
}
