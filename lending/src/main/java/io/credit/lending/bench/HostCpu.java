package io.credit.lending.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The host's CPU time counters ({@code /proc/stat}, Linux only), to tell how much of a measured
 * window the hypervisor took: steal time is CPU time the virtual machine was ready to use but
 * another guest had. On a shared virtual machine it moves the latency tail more than anything in
 * the process, so the benchmark reports it beside each phase's figures.
 */
record HostCpu(long steal, long total) {
  private static final Path PROC_STAT = Path.of("/proc/stat");

  /** The counters now, or empty where {@code /proc/stat} cannot be read (not Linux). */
  static Optional<HostCpu> read() {
    try {
      return Files.readAllLines(PROC_STAT).stream().filter(l -> l.startsWith("cpu ")).findFirst().map(HostCpu::parse);
    } catch (IOException | RuntimeException e) {
      return Optional.empty();
    }
  }

  /** From the aggregate line: {@code cpu user nice system idle iowait irq softirq steal [guest guest_nice]}. */
  static HostCpu parse(String cpuLine) {
    String[] f = cpuLine.trim().split("\\s+");
    long total = 0;
    for (int i = 1; i <= Math.min(8, f.length - 1); i++) { // guest time is already counted in user
      total += Long.parseLong(f[i]);
    }
    return new HostCpu(f.length > 8 ? Long.parseLong(f[8]) : 0, total);
  }

  /** Percent of the CPU time since {@code before} that was stolen, rounded to 0.1; null when unknown. */
  static Double stealPercent(Optional<HostCpu> before, Optional<HostCpu> after) {
    if (before.isEmpty() || after.isEmpty() || after.get().total() <= before.get().total()) {
      return null;
    }
    double share = (after.get().steal() - before.get().steal()) / (double) (after.get().total() - before.get().total());
    return Math.round(share * 1000) / 10.0;
  }
}
