package io.credit.ingestion.mapping;

import io.credit.core.cli.BadInputException;
import io.credit.ingestion.lake.TransactionLake;
import io.credit.ingestion.read.LineReader;
import io.credit.ingestion.read.SourceLine;
import io.credit.ingestion.validate.Reject;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.batch.infrastructure.item.ExecutionContext;

/**
 * Splits a foreign multi-date transactions file into one spool file per business date, keeping every
 * line's bytes and original line number ({@code <line>\t<bytes>}), so that each date is then ingested
 * by the ordinary job with the file's own line numbers in its rejects. A line whose date cannot be read
 * goes to the date of the line before it (the first readable date for lines at the top), where
 * validation rejects it: nothing is dropped.
 */
public final class DateSplitter {
  private static final int MAX_OPEN = 128;
  private final LayoutMapping mapping;

  public DateSplitter(LayoutMapping mapping) {
    this.mapping = mapping;
  }

  /** The spool folder of one date: it holds a file named like the source. */
  public static Path dateDir(Path spoolRoot, LocalDate date) {
    return spoolRoot.resolve("date=" + date);
  }

  /**
   * Splits {@code file} under {@code spoolRoot} (emptied first); every line goes to {@code onlyDate} when
   * given. Returns the dates found, in order.
   */
  public List<LocalDate> split(Path file, Path spoolRoot, LocalDate onlyDate) {
    TransactionLake.deleteRecursively(spoolRoot);
    String name = file.getFileName().toString();
    Set<LocalDate> dates = new TreeSet<>();
    try (LineReader reader = new LineReader(file, Layouts.dialect(mapping), mapping.hasHeader(), false);
         Writers writers = new Writers(spoolRoot, name)) {
      reader.open(new ExecutionContext());
      byte[] header = mapping.hasHeader() ? String.join(String.valueOf(mapping.delimiterChar()), reader.header())
          .getBytes(StandardCharsets.UTF_8) : null;
      writers.header = header;
      MappedLayout layout = new MappedLayout(mapping, name, reader.header());
      List<Object[]> beforeFirstDate = new ArrayList<>();
      LocalDate current = onlyDate;
      for (SourceLine line = reader.read(); line != null; line = reader.read()) {
        LocalDate date = onlyDate != null ? onlyDate : dateOf(layout, line);
        byte[] bytes = reader.lastLineBytes();
        if (date == null && current == null) {
          beforeFirstDate.add(new Object[] {line.lineNumber(), bytes});
          continue;
        }
        if (date != null) {
          current = date;
        }
        if (!beforeFirstDate.isEmpty()) {
          for (Object[] early : beforeFirstDate) {
            writers.write(current, (Long) early[0], (byte[]) early[1]);
          }
          beforeFirstDate.clear();
        }
        dates.add(current);
        writers.write(current, line.lineNumber(), bytes);
      }
      if (!beforeFirstDate.isEmpty()) {
        throw new BadInputException(name + ": no line has a readable transaction date; check the mapping's "
            + "txn_time column and format");
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot split " + file, e);
    }
    return List.copyOf(dates);
  }

  private static LocalDate dateOf(MappedLayout layout, SourceLine line) {
    if (!line.isOk()) {
      return null;
    }
    try {
      String time = layout.canonical(line)[2];
      return time.length() >= 10 ? LocalDate.parse(time.substring(0, 10)) : null;
    } catch (Reject | java.time.DateTimeException e) {
      return null;
    }
  }

  /** Spool writers, at most {@value #MAX_OPEN} open at once (reopened in append mode). */
  private static final class Writers implements AutoCloseable {
    private final Path root;
    private final String name;
    private final Set<LocalDate> created = new HashSet<>();
    private byte[] header;
    private final Map<LocalDate, OutputStream> open = new LinkedHashMap<>(16, 0.75f, true) {
      @Override
      protected boolean removeEldestEntry(Map.Entry<LocalDate, OutputStream> eldest) {
        if (size() > MAX_OPEN) {
          closeQuietly(eldest.getValue());
          return true;
        }
        return false;
      }
    };

    Writers(Path root, String name) {
      this.root = root;
      this.name = name;
    }

    void write(LocalDate date, long lineNumber, byte[] bytes) throws IOException {
      OutputStream out = open.get(date);
      if (out == null) {
        Path dir = dateDir(root, date);
        Files.createDirectories(dir);
        boolean fresh = created.add(date);
        out = new BufferedOutputStream(Files.newOutputStream(dir.resolve(name), StandardOpenOption.CREATE,
            fresh ? StandardOpenOption.TRUNCATE_EXISTING : StandardOpenOption.APPEND), 1 << 16);
        open.put(date, out);
        if (fresh && header != null) {
          out.write("1\t".getBytes(StandardCharsets.US_ASCII));
          out.write(header);
          out.write('\n');
        }
      }
      out.write((lineNumber + "\t").getBytes(StandardCharsets.US_ASCII));
      out.write(bytes);
      out.write('\n');
    }

    private static void closeQuietly(OutputStream out) {
      try {
        out.close();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    @Override
    public void close() {
      open.values().forEach(Writers::closeQuietly);
      open.clear();
    }
  }
}
