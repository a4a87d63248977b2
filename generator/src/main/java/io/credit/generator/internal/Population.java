package io.credit.generator.internal;

import io.credit.generator.Archetype;
import io.credit.generator.GeneratorSettings;

/**
 * Every customer's hidden traits and running state, held in primitive arrays so that a million
 * customers fit in a small heap. A latent creditworthiness drives both behaviour (through noisy
 * traits) and the monthly default hazard; the social graph links customers of similar latent risk.
 */
public final class Population {
  public static final int FRIENDS = 4;
  public static final int NEVER = Integer.MAX_VALUE;
  static final int MAX_PENDING = 8;

  public final int size;
  public final long seed;
  public final float[] latent;
  public final byte[] archetype;
  public final float[] monthlyHazard;
  public final int[] defaultDay;
  public final int[] openDay;
  public final int[] birthDay;
  public final int[] verifiedDay;
  public final int[] fraudDay;
  public final int[] amlDay;
  // behaviour traits, each a noisy function of the latent risk
  final float[] income;
  final float[] incomeMissProb;
  final float[] purchaseRate;
  final float[] nightShare;
  final float[] highRiskShare;
  final float[] cashRate;
  final float[] transferRate;
  final float[] onTimeProb;
  final float[] lineShare;
  final float[] ticketSigma;
  final float[] moveRate;
  final float[] deviceRate;
  final byte[] payday;
  final byte[] statementDay;
  final long[] limitCents;
  final long[] instalmentCents;
  final int[] friends;
  // running state
  final short[] city;
  final short[] deviceSeq;
  final boolean[] consentScoring;
  final boolean[] consentSharing;
  final boolean[] phoneVerified;
  final long[] balanceCents;
  final long[] cycleSpendCents;
  final int[] pendingPayDay;
  final long[] pendingAmount;
  final String[] pendingStatement;

  Population(int size, long seed) {
    this.size = size;
    this.seed = seed;
    latent = new float[size];
    archetype = new byte[size];
    monthlyHazard = new float[size];
    defaultDay = new int[size];
    openDay = new int[size];
    birthDay = new int[size];
    verifiedDay = new int[size];
    fraudDay = new int[size];
    amlDay = new int[size];
    income = new float[size];
    incomeMissProb = new float[size];
    purchaseRate = new float[size];
    nightShare = new float[size];
    highRiskShare = new float[size];
    cashRate = new float[size];
    transferRate = new float[size];
    onTimeProb = new float[size];
    lineShare = new float[size];
    ticketSigma = new float[size];
    moveRate = new float[size];
    deviceRate = new float[size];
    payday = new byte[size];
    statementDay = new byte[size];
    limitCents = new long[size];
    instalmentCents = new long[size];
    friends = new int[size * FRIENDS];
    city = new short[size];
    deviceSeq = new short[size];
    consentScoring = new boolean[size];
    consentSharing = new boolean[size];
    phoneVerified = new boolean[size];
    balanceCents = new long[size];
    cycleSpendCents = new long[size];
    pendingPayDay = new int[size * MAX_PENDING];
    pendingAmount = new long[size * MAX_PENDING];
    pendingStatement = new String[size * MAX_PENDING];
  }

  /** Draws the population for the settings; deterministic for the seed. */
  public static Population create(GeneratorSettings s) {
    Population p = new Population(s.customers(), s.seed());
    int from = (int) s.from().toEpochDay();
    int to = (int) s.to().toEpochDay();
    Rng rng = new Rng();
    Archetype[] types = Archetype.values();
    for (int i = 0; i < p.size; i++) {
      rng.reseed(s.seed(), i, -1);
      double z = rng.gaussian();
      p.latent[i] = (float) z;
      double u = rng.nextDouble();
      int a = 0;
      for (double acc = types[0].share(); a < types.length - 1 && u > acc; acc += types[++a].share()) {
        // find the archetype whose cumulative share covers u
      }
      Archetype type = types[a];
      p.archetype[i] = (byte) a;
      double h = sigmoid(-5.75 + 1.3 * z + type.riskShift());
      p.monthlyHazard[i] = (float) h;

      boolean joinsLater = rng.chance(0.15);
      p.openDay[i] = joinsLater ? from + rng.nextInt(Math.max(1, to - from + 1)) : from - 30 - rng.nextInt(1800);
      int age = switch (type) {
        case STUDENT -> 18 + rng.nextInt(6);
        case RETIREE -> 60 + rng.nextInt(20);
        default -> 22 + rng.nextInt(38);
      };
      if (rng.chance(0.003)) {
        age = 16 + rng.nextInt(2); // a few minors slip in: the age gate must catch them
      }
      p.birthDay[i] = from - age * 365 - rng.nextInt(365);
      // default: geometric number of months from the later of 'from' and three months after opening
      int start = Math.max(from, p.openDay[i] + 90);
      double months = Math.floor(Math.log(Math.max(rng.nextDouble(), 1e-12)) / Math.log(1 - h));
      double dd = start + months * 30.4 + rng.nextInt(30);
      p.defaultDay[i] = dd > to + 800 ? NEVER : (int) dd;

      double verifyP = 0.97 - 0.12 * sigmoid(z);
      p.verifiedDay[i] = !rng.chance(verifyP) ? NEVER
          : joinsLater ? p.openDay[i] + rng.nextInt(20) : Integer.MIN_VALUE;
      p.fraudDay[i] = rng.chance(0.002 * (1 + 3 * sigmoid(2 * z - 2))) ? from + rng.nextInt(Math.max(1, to - from + 1)) : NEVER;
      p.amlDay[i] = rng.chance(0.001) ? from + rng.nextInt(Math.max(1, to - from + 1)) : NEVER;

      double incomeNoise = rng.logNormal(1, 0.35);
      p.income[i] = (float) (type.medianMonthlyIncome() * incomeNoise * Math.exp(-0.18 * trait(z, rng)));
      p.incomeMissProb[i] = (float) (0.01 + 0.18 * sigmoid(1.5 * trait(z, rng) - 1.5));
      p.purchaseRate[i] = (float) (0.33 * Math.pow(p.income[i] / 9000.0, 0.35) * rng.logNormal(1, 0.25));
      p.nightShare[i] = (float) (0.02 + 0.20 * sigmoid(1.3 * trait(z, rng) - 1.2));
      p.highRiskShare[i] = (float) (0.004 + 0.16 * sigmoid(1.6 * trait(z, rng) - 1.8));
      p.cashRate[i] = (float) ((0.3 + 2.5 * sigmoid(trait(z, rng) - 0.5)) / 30.0);
      p.transferRate[i] = (float) ((0.5 + 2.5 * rng.nextDouble()) / 30.0);
      p.onTimeProb[i] = (float) (0.995 - 0.40 * sigmoid(1.6 * trait(z, rng) - 1.4));
      p.lineShare[i] = (float) (0.10 + 0.65 * sigmoid(1.2 * trait(z, rng) - 0.3));
      p.ticketSigma[i] = (float) (0.45 + 0.55 * sigmoid(trait(z, rng)));
      p.moveRate[i] = (float) ((0.004 + 0.03 * sigmoid(trait(z, rng) - 1)) / 30.0);
      p.deviceRate[i] = (float) ((0.01 + 0.10 * sigmoid(1.3 * trait(z, rng) - 1)) / 30.0);
      p.payday[i] = (byte) (new int[] {1, 5, 10, 15, 20, 25, 28}[rng.nextInt(7)]);
      p.statementDay[i] = (byte) (1 + rng.nextInt(28));
      boolean hasLine = rng.chance(type == Archetype.STUDENT ? 0.5 : 0.8);
      p.limitCents[i] = hasLine ? roundTo(p.income[i] * (0.8 + 1.2 * rng.nextDouble()) * Math.exp(-0.2 * z), 500) * 100 : 0;
      p.instalmentCents[i] = rng.chance(0.18) ? Math.round(p.income[i] * (0.05 + 0.15 * rng.nextDouble())) * 100 : 0;

      p.city[i] = (short) rng.pick(Cities.WEIGHTS, Cities.TOTAL_WEIGHT);
      p.consentScoring[i] = rng.chance(0.97);
      p.consentSharing[i] = rng.chance(0.8);
      p.phoneVerified[i] = rng.chance(0.98);
      p.balanceCents[i] = Math.round(p.income[i] * (0.1 + 1.2 * rng.nextDouble())) * 100;
      java.util.Arrays.fill(p.pendingPayDay, i * MAX_PENDING, (i + 1) * MAX_PENDING, NEVER);
    }
    SocialGraph.link(p, rng);
    return p;
  }

  /** A behaviour trait: the latent risk seen through noise. */
  private static double trait(double z, Rng rng) {
    return z + 0.8 * rng.gaussian();
  }

  static double sigmoid(double x) {
    return 1 / (1 + Math.exp(-x));
  }

  private static long roundTo(double value, int step) {
    return Math.max(step, Math.round(value / step) * step);
  }

  public Archetype archetypeOf(int i) {
    return Archetype.values()[archetype[i]];
  }

  /** The probability of defaulting within 12 months implied by the monthly hazard. */
  public double pd12(int i) {
    return 1 - Math.pow(1 - monthlyHazard[i], 12);
  }

  /** {@code C} and the customer's number, 8 digits. */
  public static String customerId(int i) {
    return "C" + pad(i + 1, 8);
  }

  /** Zero-padded decimal (faster than String.format on the hot path). */
  public static String pad(long value, int width) {
    String digits = Long.toString(value);
    if (digits.length() >= width) {
      return digits;
    }
    return "0".repeat(width - digits.length()) + digits;
  }
}
