package io.credit.generator.internal;

/** Cities by tier (1 = largest) with the region code used in national id numbers. */
public final class Cities {
  public static final String[] NAMES = {"Beijing", "Shanghai", "Guangzhou", "Shenzhen", "Hangzhou", "Chengdu",
      "Wuhan", "Nanjing", "Xi'an", "Chongqing", "Suzhou", "Tianjin", "Kunming", "Nanning", "Guiyang", "Lanzhou",
      "Taiyuan", "Yinchuan", "Xining", "Haikou", "Zunyi", "Baoding", "Ganzhou", "Qujing"};
  public static final int[] TIERS = {1, 1, 1, 1, 2, 2, 2, 2, 2, 2, 2, 2, 3, 3, 3, 3, 3, 3, 3, 3, 4, 4, 4, 4};
  public static final int[] REGIONS = {110101, 310101, 440103, 440303, 330102, 510104, 420102, 320102, 610102,
      500101, 320505, 120101, 530102, 450102, 520102, 620102, 140105, 640104, 630102, 460105, 520302, 130602,
      360702, 530302};
  /** Relative population weights: big cities get more customers. */
  public static final double[] WEIGHTS = {6, 6, 5, 5, 4, 4, 3.5, 3.5, 3, 3, 3, 3, 2, 2, 2, 1.5, 1.5, 1, 1, 1,
      1, 1, 1, 1};
  public static final double TOTAL_WEIGHT;

  static {
    double t = 0;
    for (double w : WEIGHTS) {
      t += w;
    }
    TOTAL_WEIGHT = t;
  }

  private Cities() {}
}
