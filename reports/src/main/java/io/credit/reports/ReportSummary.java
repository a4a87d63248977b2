package io.credit.reports;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

/**
 * What one report run wrote.
 *
 * @param date          business date
 * @param outDir        the site's folder (open {@code index.html})
 * @param pages         HTML pages written
 * @param customerPages of which customer pages
 * @param files         files written (pages, CSV, assets)
 * @param bytes         total size
 * @param millis        time taken
 * @param psiVerdict    score stability against the previous run: stable, watch, shifted or none
 * @param warnings      warnings shown on the index and run pages
 */
public record ReportSummary(LocalDate date, Path outDir, int pages, int customerPages, int files, long bytes,
    long millis, String psiVerdict, List<String> warnings) {}
