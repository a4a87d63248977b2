package io.credit.generator.internal;

import java.io.BufferedOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

/**
 * Writes one daily CSV file, streaming, and counts its physical lines (header = line 1) so that
 * injected bad records can be located in the manifest. Our clean values never contain commas,
 * quotes or line breaks, so fields are written unquoted.
 */
public final class CsvOut implements Closeable {
  private final OutputStream out;
  private final FileKind kind;
  private final LocalDate date;
  private final DirtInjector dirt;
  private int line;
  private long cleanRows;

  public CsvOut(Path dir, FileKind kind, LocalDate date, DirtInjector dirt) throws IOException {
    this.out = new BufferedOutputStream(Files.newOutputStream(dir.resolve(kind.fileName())), 1 << 20);
    this.kind = kind;
    this.date = date;
    this.dirt = dirt;
    writeLine(String.join(",", kind.header()));
  }

  /** Writes a clean row, then perhaps a bad record derived from it. */
  public void row(String... fields) {
    writeLine(String.join(",", fields));
    cleanRows++;
    if (dirt != null) {
      dirt.maybeInject(this, fields);
    }
  }

  void writeLine(String text) {
    writeRaw(text.getBytes(StandardCharsets.UTF_8));
  }

  void writeRaw(byte[] bytes) {
    try {
      out.write(bytes);
      out.write('\n');
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    line++;
  }

  /** The physical line number of the last line written. */
  int line() {
    return line;
  }

  FileKind kind() {
    return kind;
  }

  LocalDate date() {
    return date;
  }

  public long cleanRows() {
    return cleanRows;
  }

  @Override
  public void close() throws IOException {
    out.close();
  }
}
