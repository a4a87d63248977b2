package io.credit.generator.internal;

import static io.credit.generator.internal.DirtKind.BAD_CODE;
import static io.credit.generator.internal.DirtKind.BAD_DATE;
import static io.credit.generator.internal.DirtKind.BAD_NUMBER;
import static io.credit.generator.internal.DirtKind.COLUMN_COUNT;
import static io.credit.generator.internal.DirtKind.DATE_MISMATCH;
import static io.credit.generator.internal.DirtKind.DUPLICATE;
import static io.credit.generator.internal.DirtKind.FUTURE_DATE;
import static io.credit.generator.internal.DirtKind.INVALID_ENCODING;
import static io.credit.generator.internal.DirtKind.MALFORMED_LINE;
import static io.credit.generator.internal.DirtKind.OUT_OF_RANGE;
import static io.credit.generator.internal.DirtKind.REQUIRED;
import static io.credit.generator.internal.DirtKind.UNKNOWN_CUSTOMER;
import static io.credit.generator.internal.DirtKind.UNKNOWN_STATEMENT;

import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.Map;

/**
 * Injects realistic bad records after clean rows, at the configured rate, and lists each one in
 * {@code dirty_manifest.csv} (date, file, line, kind, expected_rule). Every bad record has exactly
 * one defect, and (except duplicates) a fresh id, so exactly one rule applies to it.
 */
public final class DirtInjector implements Closeable {
  private static final Map<FileKind, DirtKind[]> KINDS = new EnumMap<>(FileKind.class);

  static {
    KINDS.put(FileKind.TRANSACTIONS, new DirtKind[] {MALFORMED_LINE, COLUMN_COUNT, INVALID_ENCODING, REQUIRED,
        BAD_DATE, BAD_NUMBER, OUT_OF_RANGE, BAD_CODE, DATE_MISMATCH, FUTURE_DATE, UNKNOWN_CUSTOMER, DUPLICATE});
    KINDS.put(FileKind.CUSTOMERS, new DirtKind[] {MALFORMED_LINE, COLUMN_COUNT, INVALID_ENCODING, REQUIRED,
        BAD_DATE, BAD_NUMBER, OUT_OF_RANGE, BAD_CODE, FUTURE_DATE});
    KINDS.put(FileKind.STATEMENTS, new DirtKind[] {COLUMN_COUNT, REQUIRED, BAD_DATE, BAD_NUMBER, OUT_OF_RANGE,
        BAD_CODE, DATE_MISMATCH, UNKNOWN_CUSTOMER});
    KINDS.put(FileKind.PAYMENTS, new DirtKind[] {COLUMN_COUNT, REQUIRED, BAD_DATE, BAD_NUMBER, OUT_OF_RANGE,
        DATE_MISMATCH, UNKNOWN_STATEMENT});
  }

  private final double rate;
  private final Rng rng = new Rng();
  private final BufferedWriter manifest;
  private long injected;
  private long serial;

  public DirtInjector(double rate, long seed, Path manifestFile) throws IOException {
    this.rate = rate;
    this.rng.reseed(seed, 0xD1127L, 0);
    this.manifest = Files.newBufferedWriter(manifestFile, StandardCharsets.UTF_8);
    manifest.write("date,file,line,kind,expected_rule\n");
  }

  void maybeInject(CsvOut out, String[] clean) {
    if (!rng.chance(rate)) {
      return;
    }
    DirtKind[] kinds = KINDS.get(out.kind());
    DirtKind kind = kinds[rng.nextInt(kinds.length)];
    String[] f = Arrays.copyOf(clean, clean.length);
    if (kind != DUPLICATE) {
      f[0] = freshId(out.kind(), f[0]);
    }
    byte[] line = mutate(out.kind(), kind, f, out.date());
    out.writeRaw(line);
    injected++;
    try {
      manifest.write(out.date() + "," + out.kind().fileName() + "," + out.line() + "," + kind + ","
          + expectedRule(out.kind(), kind) + "\n");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The ingestion rule that must catch a kind of dirt: a dated record (transaction, statement,
   * payment) dated after D is reported as DATE_MISMATCH; FUTURE_DATE is the customers' rule.
   */
  static DirtKind expectedRule(FileKind file, DirtKind kind) {
    return kind == FUTURE_DATE && file != FileKind.CUSTOMERS ? DATE_MISMATCH : kind;
  }

  private String freshId(FileKind file, String id) {
    // customers keep their id (a rejected copy must not invent a customer); others get a new one
    return file == FileKind.CUSTOMERS ? id : id + "X" + (++serial);
  }

  private byte[] mutate(FileKind file, DirtKind kind, String[] f, LocalDate date) {
    int dateCol = switch (file) {
      case CUSTOMERS -> 4;
      case TRANSACTIONS -> 2;
      case STATEMENTS -> 4;
      case PAYMENTS -> 3;
    };
    int numberCol = switch (file) {
      case CUSTOMERS -> 6;
      case TRANSACTIONS -> 3;
      case STATEMENTS -> 5;
      case PAYMENTS -> 4;
    };
    switch (kind) {
      case MALFORMED_LINE -> f[f.length - 2] = "\"" + f[f.length - 2] + "\"x";
      case COLUMN_COUNT -> f = Arrays.copyOf(f, f.length - 1 - rng.nextInt(2));
      case INVALID_ENCODING -> {
        return invalidUtf8(String.join(",", f), file == FileKind.CUSTOMERS ? 1 : 8);
      }
      case REQUIRED -> f[file == FileKind.CUSTOMERS ? 2 : 1] = "";
      case BAD_DATE -> f[dateCol] = file == FileKind.TRANSACTIONS
          ? date.getYear() + "-13-" + two(date.getDayOfMonth()) + f[dateCol].substring(10)
          : date.getYear() + "-02-30";
      case BAD_NUMBER -> f[numberCol] = rng.chance(0.5) ? "12.5.0" : "1O0.00";
      case OUT_OF_RANGE -> f[numberCol] = file == FileKind.CUSTOMERS ? "9" : "-" + f[numberCol];
      case BAD_CODE -> {
        switch (file) {
          case CUSTOMERS -> f[8] = "maybe";
          case TRANSACTIONS -> f[4] = "SIDEWAYS";
          default -> f[2] = "MORTGAGE";
        }
      }
      case DATE_MISMATCH -> shiftDate(f, file, date.minusDays(1 + rng.nextInt(30)));
      case FUTURE_DATE -> {
        if (file == FileKind.CUSTOMERS) {
          f[10] = date.plusDays(1 + rng.nextInt(30)).toString();
        } else {
          shiftDate(f, file, date.plusDays(1 + rng.nextInt(30)));
        }
      }
      case UNKNOWN_CUSTOMER -> f[1] = String.format("C99%06d", rng.nextInt(1_000_000));
      case UNKNOWN_STATEMENT -> f[1] = "S99999999-000000-X" + (++serial);
      case DUPLICATE -> {
        // the same line again: same id, counted as a duplicate
      }
    }
    return String.join(",", f).getBytes(StandardCharsets.UTF_8);
  }

  private static void shiftDate(String[] f, FileKind file, LocalDate other) {
    switch (file) {
      case TRANSACTIONS -> f[2] = other + f[2].substring(10);
      case STATEMENTS -> f[3] = other.toString();
      case PAYMENTS -> f[3] = other.toString();
      default -> throw new IllegalArgumentException(file.toString());
    }
  }

  private static byte[] invalidUtf8(String line, int column) {
    String[] parts = line.split(",", -1);
    StringBuilder before = new StringBuilder();
    for (int i = 0; i < column; i++) {
      before.append(parts[i]).append(',');
    }
    byte[] head = before.toString().getBytes(StandardCharsets.UTF_8);
    byte[] tail = line.substring(before.length()).getBytes(StandardCharsets.UTF_8);
    byte[] bad = {(byte) 0xC3, (byte) 0x28, (byte) 0xFF};
    byte[] all = new byte[head.length + bad.length + tail.length];
    System.arraycopy(head, 0, all, 0, head.length);
    System.arraycopy(bad, 0, all, head.length, bad.length);
    System.arraycopy(tail, 0, all, head.length + bad.length, tail.length);
    return all;
  }

  private static String two(int v) {
    return v < 10 ? "0" + v : Integer.toString(v);
  }

  public long injected() {
    return injected;
  }

  @Override
  public void close() throws IOException {
    manifest.close();
  }
}
