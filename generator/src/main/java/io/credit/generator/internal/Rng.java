package io.credit.generator.internal;

/**
 * A small, fast, re-seedable pseudo-random generator (SplitMix64). The generator re-seeds it for
 * every (customer, day), so output depends only on the seed, never on the order of work.
 */
public final class Rng {
  private long state;
  private double spareGaussian = Double.NaN;

  public Rng reseed(long seed, long a, long b) {
    state = mix(seed ^ mix(a * 0x9E3779B97F4A7C15L + b));
    spareGaussian = Double.NaN;
    return this;
  }

  public static long mix(long z) {
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }

  public long nextLong() {
    state += 0x9E3779B97F4A7C15L;
    return mix(state);
  }

  /** Uniform in [0, 1). */
  public double nextDouble() {
    return (nextLong() >>> 11) * 0x1.0p-53;
  }

  public int nextInt(int bound) {
    return (int) ((nextLong() >>> 33) % bound);
  }

  public boolean chance(double p) {
    return nextDouble() < p;
  }

  public double gaussian() {
    if (!Double.isNaN(spareGaussian)) {
      double g = spareGaussian;
      spareGaussian = Double.NaN;
      return g;
    }
    double u1 = Math.max(nextDouble(), 1e-300);
    double u2 = nextDouble();
    double r = Math.sqrt(-2 * Math.log(u1));
    spareGaussian = r * Math.sin(2 * Math.PI * u2);
    return r * Math.cos(2 * Math.PI * u2);
  }

  public double logNormal(double median, double sigma) {
    return median * Math.exp(sigma * gaussian());
  }

  /** Poisson by inversion (small means) or a rounded normal approximation (large means). */
  public int poisson(double mean) {
    if (mean <= 0) {
      return 0;
    }
    if (mean > 30) {
      return Math.max(0, (int) Math.round(mean + Math.sqrt(mean) * gaussian()));
    }
    double l = Math.exp(-mean);
    int k = 0;
    double p = nextDouble();
    while (p > l) {
      k++;
      p *= nextDouble();
    }
    return k;
  }

  /** Index drawn from unnormalised weights. */
  public int pick(double[] weights, double total) {
    double x = nextDouble() * total;
    for (int i = 0; i < weights.length; i++) {
      x -= weights[i];
      if (x < 0) {
        return i;
      }
    }
    return weights.length - 1;
  }
}
