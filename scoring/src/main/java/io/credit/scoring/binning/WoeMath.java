package io.credit.scoring.binning;

/**
 * Weight of evidence and information value. WOE of a bin is {@code ln((goods/G) / (bads/B))}; a bin
 * with no goods or no bads gets 0.5 added to both counts so its WOE stays finite; an empty bin has
 * WOE 0. IV of a bin is {@code (goods/G - bads/B) * WOE}.
 */
public final class WoeMath {
  private WoeMath() {}

  public static double woe(long goods, long bads, long totalGoods, long totalBads) {
    if (goods + bads == 0) {
      return 0.0;
    }
    double g = goods;
    double b = bads;
    if (goods == 0 || bads == 0) {
      g += 0.5;
      b += 0.5;
    }
    return Math.log((g / totalGoods) / (b / totalBads));
  }

  public static double iv(long goods, long bads, long totalGoods, long totalBads) {
    if (goods + bads == 0) {
      return 0.0;
    }
    return ((double) goods / totalGoods - (double) bads / totalBads) * woe(goods, bads, totalGoods, totalBads);
  }
}
