package io.credit.generator.internal;

/**
 * Synthetic identity data in the documented patterns: pinyin names, 18-character national id
 * numbers (region code, birth date, sequence, ISO 7064 MOD 11-2 check character) and 11-digit
 * mobile numbers. Every value is made up; none belongs to a real person.
 */
public final class Identities {
  private static final String[] SURNAMES = {"Wang", "Li", "Zhang", "Liu", "Chen", "Yang", "Huang", "Zhao",
      "Wu", "Zhou", "Xu", "Sun", "Ma", "Zhu", "Hu", "Guo", "He", "Lin", "Gao", "Luo"};
  private static final String[] GIVEN = {"Wei", "Fang", "Na", "Min", "Jing", "Li", "Qiang", "Lei", "Jun",
      "Yang", "Yong", "Yan", "Jie", "Tao", "Ming", "Chao", "Xiu", "Hua", "Ping", "Gang", "Hui", "Xin", "Yu",
      "Lan", "Bo", "Ning", "Kai", "Rui", "Hao", "Ting"};
  private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
  private static final char[] CHECK = {'1', '0', 'X', '9', '8', '7', '6', '5', '4', '3', '2'};

  private Identities() {}

  public static String name(Rng rng) {
    String given = GIVEN[rng.nextInt(GIVEN.length)];
    if (rng.chance(0.5)) {
      given += GIVEN[rng.nextInt(GIVEN.length)].toLowerCase();
    }
    return SURNAMES[rng.nextInt(SURNAMES.length)] + " " + given;
  }

  /** 6-digit region code + yyyyMMdd + 3-digit sequence + check character. */
  public static String nationalId(int regionCode, int year, int month, int day, Rng rng) {
    String body = String.format("%06d%04d%02d%02d%03d", regionCode, year, month, day, rng.nextInt(1000));
    return body + checkCharacter(body);
  }

  public static char checkCharacter(String first17) {
    int sum = 0;
    for (int i = 0; i < 17; i++) {
      sum += (first17.charAt(i) - '0') * WEIGHTS[i];
    }
    return CHECK[sum % 11];
  }

  /** 1, then 3–9, then 9 digits. */
  public static String phone(Rng rng) {
    return "1" + (3 + rng.nextInt(7)) + String.format("%09d", rng.nextInt(1_000_000_000));
  }
}
