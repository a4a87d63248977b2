package io.credit.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Headless Chromium renders the index, the portfolio and a customer page to PNG without a console
 * message (a script error or a console.error would print one). Screenshots are kept in
 * {@code reports/target/screenshots/} to look at. Skipped, with a message, only when no Chromium is
 * installed ({@code apt-get install -y chromium}; the CI script installs it).
 */
@Tag("slow")
class BrowserScreenshotTest {
  static final int WIDTH = 1280;

  @Test
  void indexPortfolioAndCustomerPagesRenderWithoutConsoleErrors(@TempDir Path tmp) throws Exception {
    Optional<String> chromium = findChromium();
    Assumptions.assumeTrue(chromium.isPresent(),
        "chromium is not installed (apt-get install -y chromium): browser test skipped");
    Path shots = Path.of("target", "screenshots").toAbsolutePath();
    Files.createDirectories(shots);
    try (SiteFixture fx = new SiteFixture(tmp, 2000)) {
      String customer = org.jsoup.Jsoup.parse(fx.site.resolve("customers.html").toFile(), "UTF-8")
          .selectFirst("table[data-search] tbody a").attr("href");
      for (String page : List.of("index.html", "portfolio.html", customer)) {
        Path png = shots.resolve(page.replace('/', '-').replace(".html", ".png"));
        List<String> console = screenshot(chromium.get(), fx.site.resolve(page), png, tmp);
        assertEquals(List.of(), console, page + " printed console messages");
        BufferedImage img = ImageIO.read(png.toFile());
        assertEquals(WIDTH, img.getWidth(), page);
        assertTrue(distinctColours(img) > 20, page + " rendered something (not a blank page)");
      }
    }
  }

  static List<String> screenshot(String chromium, Path page, Path png, Path tmp)
      throws IOException, InterruptedException {
    Files.deleteIfExists(png);
    Path profile = Files.createTempDirectory(tmp, "chromium-profile");
    Path log = tmp.resolve("chromium-" + png.getFileName() + ".log");
    Process p = new ProcessBuilder(chromium, "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
        "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
        "--user-data-dir=" + profile, "--enable-logging=stderr", "--v=0", "--hide-scrollbars",
        "--window-size=" + WIDTH + ",2000", "--screenshot=" + png, page.toUri().toString())
        .redirectErrorStream(true).redirectOutput(log.toFile()).start();
    if (!p.waitFor(120, TimeUnit.SECONDS)) {
      p.destroyForcibly();
      throw new AssertionError("chromium did not finish within 120 s on " + page);
    }
    assertTrue(Files.isRegularFile(png), "chromium wrote no screenshot of " + page + ":\n"
        + Files.readString(log, StandardCharsets.UTF_8));
    List<String> console = new ArrayList<>();
    for (String line : Files.readAllLines(log, StandardCharsets.UTF_8)) {
      if (line.contains(":CONSOLE") || line.contains("Uncaught")) {
        console.add(line);
      }
    }
    return console;
  }

  static int distinctColours(BufferedImage img) {
    java.util.Set<Integer> colours = new java.util.HashSet<>();
    for (int y = 0; y < img.getHeight(); y += 7) {
      for (int x = 0; x < img.getWidth(); x += 7) {
        colours.add(img.getRGB(x, y));
      }
    }
    return colours.size();
  }

  static Optional<String> findChromium() {
    String path = System.getenv().getOrDefault("PATH", "/usr/bin:/bin");
    for (String name : List.of("chromium", "chromium-browser", "google-chrome", "google-chrome-stable")) {
      for (String dir : path.split(File.pathSeparator)) {
        Path candidate = Path.of(dir, name);
        if (Files.isExecutable(candidate)) {
          return Optional.of(candidate.toString());
        }
      }
    }
    return Optional.empty();
  }
}
