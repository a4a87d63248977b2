package io.credit.generator.internal;

import java.util.Arrays;

/**
 * Links each customer to a few others with homophily: customers are ordered by a noisy copy of
 * their latent risk and befriend near neighbours in that order, so risky customers mostly know
 * risky customers (with some random links).
 */
final class SocialGraph {
  private SocialGraph() {}

  static void link(Population p, Rng rng) {
    int n = p.size;
    if (n < 2) {
      Arrays.fill(p.friends, 0);
      return;
    }
    long[] keyed = new long[n];
    for (int i = 0; i < n; i++) {
      rng.reseed(p.seed, i, -2);
      float noisy = (float) (p.latent[i] + 0.6 * rng.gaussian());
      // sortable: float bits mapped to an ordered int in the high word, index in the low word
      int bits = Float.floatToIntBits(noisy);
      bits ^= (bits >> 31) & 0x7fffffff;
      keyed[i] = ((long) bits << 32) | i;
    }
    Arrays.sort(keyed);
    int[] order = new int[n];
    for (int r = 0; r < n; r++) {
      order[r] = (int) keyed[r];
    }
    int[] rank = new int[n];
    for (int r = 0; r < n; r++) {
      rank[order[r]] = r;
    }
    for (int i = 0; i < n; i++) {
      rng.reseed(p.seed, i, -3);
      for (int k = 0; k < Population.FRIENDS; k++) {
        int friend;
        if (rng.chance(0.15)) {
          friend = rng.nextInt(n);
        } else {
          int offset = 1 + rng.nextInt(Math.min(50, n - 1));
          int r = rank[i] + (rng.chance(0.5) ? offset : -offset);
          r = Math.floorMod(r, n);
          friend = order[r];
        }
        if (friend == i) {
          friend = (i + 1) % n;
        }
        p.friends[i * Population.FRIENDS + k] = friend;
      }
    }
  }
}
