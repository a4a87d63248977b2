package io.credit.ingestion.read;

import io.credit.core.cli.BadInputException;
import io.credit.ingestion.validate.RuleCode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemStreamReader;

/**
 * Reads a delimited file one physical line at a time, decoding each line strictly as UTF-8 (so one
 * bad line is rejected with {@code INVALID_ENCODING} instead of corrupting the rest) and splitting it
 * with a {@link CsvDialect}. A record must fit on one physical line.
 *
 * <p>A <em>numbered</em> file (a per-date spool of a foreign multi-date file) starts every line with
 * its original line number and a tab; the reader reports that number instead of its own count.
 *
 * <p>The reader keeps no restart state: the ingest steps are idempotent and re-read a file from its
 * start after a failure.
 */
public final class LineReader implements ItemStreamReader<SourceLine>, AutoCloseable {
  private final Path file;
  private final CsvDialect dialect;
  private final boolean hasHeader;
  private final boolean numbered;
  private final CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
      .onMalformedInput(CodingErrorAction.REPORT)
      .onUnmappableCharacter(CodingErrorAction.REPORT);

  private InputStream in;
  private final byte[] buf = new byte[1 << 20];
  private int bufPos;
  private int bufLimit;
  private byte[] line = new byte[1024];
  private int lineLength;
  private long physicalLine;
  private String[] header;

  public LineReader(Path file, CsvDialect dialect, boolean hasHeader, boolean numbered) {
    this.file = file;
    this.dialect = dialect;
    this.hasHeader = hasHeader;
    this.numbered = numbered;
  }

  @Override
  public void open(ExecutionContext executionContext) {
    try {
      in = Files.newInputStream(file);
      bufPos = 0;
      bufLimit = 0;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot open " + file, e);
    }
    physicalLine = 0;
    if (hasHeader) {
      SourceLine first = next();
      if (first == null || !first.isOk()) {
        throw new BadInputException(file.getFileName() + ": missing or unreadable header line"
            + (first == null ? "" : " (" + first.message() + ")") + "; the first line must name the columns");
      }
      header = Arrays.stream(first.fields()).map(String::strip).toArray(String[]::new);
      if (header.length > 0 && header[0].startsWith("\uFEFF")) {
        header[0] = header[0].substring(1);
      }
    }
  }

  /** The header's column names ({@code null} for a file without header). */
  public String[] header() {
    return header;
  }

  @Override
  public SourceLine read() {
    return next();
  }

  private SourceLine next() {
    try {
      if (!readLine()) {
        return null;
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
    physicalLine++;
    int start = 0;
    long number = physicalLine;
    if (numbered) {
      int tab = 0;
      while (tab < lineLength && line[tab] != '\t') {
        tab++;
      }
      number = Long.parseLong(new String(line, 0, tab, StandardCharsets.US_ASCII));
      start = tab + 1;
    }
    int end = lineLength;
    if (end > start && line[end - 1] == '\r') {
      end--;
    }
    String text;
    if (isAscii(line, start, end)) {
      text = new String(line, start, end - start, StandardCharsets.ISO_8859_1);
    } else {
      try {
        text = decoder.decode(ByteBuffer.wrap(line, start, end - start)).toString();
      } catch (CharacterCodingException e) {
        String lossy = new String(line, start, end - start, StandardCharsets.UTF_8);
        return SourceLine.bad(number, lossy, RuleCode.INVALID_ENCODING, "line is not valid UTF-8");
      }
    }
    try {
      return SourceLine.ok(number, text, dialect.split(text));
    } catch (CsvDialect.MalformedLineException e) {
      return SourceLine.bad(number, text, RuleCode.MALFORMED_LINE, "cannot parse CSV: " + e.getMessage());
    }
  }

  private boolean readLine() throws IOException {
    lineLength = 0;
    while (true) {
      if (bufPos == bufLimit) {
        bufLimit = in.read(buf, 0, buf.length);
        bufPos = 0;
        if (bufLimit <= 0) {
          bufLimit = 0;
          return lineLength > 0;
        }
      }
      int from = bufPos;
      int i = from;
      while (i < bufLimit && buf[i] != '\n') {
        i++;
      }
      append(from, i);
      if (i < bufLimit) {
        bufPos = i + 1;
        return true;
      }
      bufPos = bufLimit;
    }
  }

  private void append(int from, int to) {
    int n = to - from;
    if (lineLength + n > line.length) {
      line = Arrays.copyOf(line, Math.max(line.length * 2, lineLength + n));
    }
    System.arraycopy(buf, from, line, lineLength, n);
    lineLength += n;
  }

  private static boolean isAscii(byte[] bytes, int from, int to) {
    for (int i = from; i < to; i++) {
      if (bytes[i] < 0) {
        return false;
      }
    }
    return true;
  }

  /** The bytes of the line last read (without its line-number prefix or line end). */
  public byte[] lastLineBytes() {
    int start = 0;
    if (numbered) {
      while (start < lineLength && line[start] != '\t') {
        start++;
      }
      start++;
    }
    int end = lineLength;
    if (end > start && line[end - 1] == '\r') {
      end--;
    }
    return Arrays.copyOfRange(line, start, end);
  }

  @Override
  public void update(ExecutionContext executionContext) {
    // no restart state: steps re-read their file from the start
  }

  @Override
  public void close() {
    if (in != null) {
      try {
        in.close();
      } catch (IOException ignored) {
        // closing a read-only file
      }
      in = null;
    }
  }
}
