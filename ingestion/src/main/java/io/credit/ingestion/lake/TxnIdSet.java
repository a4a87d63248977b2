package io.credit.ingestion.lake;

import java.nio.charset.StandardCharsets;
import org.apache.commons.codec.digest.MurmurHash3;

/**
 * A set of transaction ids held as 128-bit MurmurHash3 fingerprints in two primitive arrays (open
 * addressing): about 21 bytes per id instead of ~100 for a {@code HashSet<String>}, so a 10-million-row
 * day needs ~210 MiB. With 128 bits, a false "duplicate" needs a collision of probability ~1e-24 per pair.
 */
public final class TxnIdSet {
  private static final double MAX_LOAD = 0.75;
  private long[] high;
  private long[] low;
  private boolean[] used;
  private int size;
  private int mask;

  public TxnIdSet(int expected) {
    int capacity = Integer.highestOneBit(Math.max(16, (int) (expected / MAX_LOAD)) * 2 - 1);
    allocate(capacity);
  }

  private void allocate(int capacity) {
    high = new long[capacity];
    low = new long[capacity];
    used = new boolean[capacity];
    mask = capacity - 1;
    size = 0;
  }

  /** Adds the id; returns {@code false} when it was already present. */
  public boolean add(String txnId) {
    long[] h = MurmurHash3.hash128x64(txnId.getBytes(StandardCharsets.UTF_8));
    return add(h[0], h[1]);
  }

  public boolean contains(String txnId) {
    long[] h = MurmurHash3.hash128x64(txnId.getBytes(StandardCharsets.UTF_8));
    int i = (int) h[0] & mask;
    while (used[i]) {
      if (high[i] == h[0] && low[i] == h[1]) {
        return true;
      }
      i = (i + 1) & mask;
    }
    return false;
  }

  private boolean add(long h0, long h1) {
    int i = (int) h0 & mask;
    while (used[i]) {
      if (high[i] == h0 && low[i] == h1) {
        return false;
      }
      i = (i + 1) & mask;
    }
    used[i] = true;
    high[i] = h0;
    low[i] = h1;
    size++;
    if (size > MAX_LOAD * high.length) {
      grow();
    }
    return true;
  }

  private void grow() {
    long[] oldHigh = high;
    long[] oldLow = low;
    boolean[] oldUsed = used;
    allocate(oldHigh.length * 2);
    for (int i = 0; i < oldHigh.length; i++) {
      if (oldUsed[i]) {
        add(oldHigh[i], oldLow[i]);
      }
    }
  }

  public int size() {
    return size;
  }
}
