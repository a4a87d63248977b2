package io.credit.ingestion.validate;

import io.credit.core.privacy.Pseudonymizer;
import java.time.LocalDate;
import java.time.Period;
import java.util.regex.Pattern;

/** Rules of {@code customers.csv}; hashes national id, phone and device with the platform key. */
public final class CustomerValidator implements RecordValidator<CustomerRecord> {
  static final Pattern CUSTOMER_ID = Pattern.compile("C\\d{8}");
  private static final Pattern NATIONAL_ID = Pattern.compile("\\d{17}[\\dX]");
  private static final Pattern PHONE = Pattern.compile("1\\d{10}");
  /** Column indices in {@link FileKind#CUSTOMERS} order. */
  private static final int ID = 0, NAME = 1, NATIONAL = 2, PHONE_NO = 3, BIRTH = 4, CITY = 5, TIER = 6, DEVICE = 7,
      ID_VERIFIED = 8, PHONE_VERIFIED = 9, OPENED = 10, CONSENT_SCORING = 11, CONSENT_SHARING = 12, FRAUD = 13,
      AML = 14;

  private final Pseudonymizer pseudonymizer;
  private final ErasedCustomers erased;

  /**
   * @param pseudonymizer hashes the identifiers; {@code null} checks only (hash fields stay null)
   * @param erased        customers erased on a data-subject request, never re-created
   */
  public CustomerValidator(Pseudonymizer pseudonymizer, ErasedCustomers erased) {
    this.pseudonymizer = pseudonymizer;
    this.erased = erased;
  }

  @Override
  public CustomerRecord validate(Fields f, LocalDate runDate) {
    RecordValidator.requirePresent(f, ID, NAME, NATIONAL, PHONE_NO, BIRTH, CITY, TIER, ID_VERIFIED, PHONE_VERIFIED,
        OPENED, CONSENT_SCORING, CONSENT_SHARING, FRAUD, AML);
    String id = f.matching(ID, CUSTOMER_ID, "'C' followed by 8 digits");
    f.text(NAME, 1, 100);
    String nationalId = f.matching(NATIONAL, NATIONAL_ID, "17 digits and a digit or X");
    String phone = f.matching(PHONE_NO, PHONE, "11 digits starting with 1");
    LocalDate birth = f.date(BIRTH);
    String city = f.text(CITY, 1, 50);
    int tier = f.integer(TIER);
    if (tier < 1 || tier > 4) {
      throw new Reject(RuleCode.OUT_OF_RANGE, "city_tier must be 1–4, is " + tier);
    }
    String device = f.optionalText(DEVICE, 1, 64);
    boolean idVerified = f.bool(ID_VERIFIED);
    boolean phoneVerified = f.bool(PHONE_VERIFIED);
    LocalDate opened = f.date(OPENED);
    boolean consentScoring = f.bool(CONSENT_SCORING);
    boolean consentSharing = f.bool(CONSENT_SHARING);
    boolean fraud = f.bool(FRAUD);
    boolean aml = f.bool(AML);
    if (birth.isAfter(runDate)) {
      throw new Reject(RuleCode.FUTURE_DATE, "birth_date is after the business date " + runDate);
    }
    int age = Period.between(birth, runDate).getYears();
    if (age > 120) {
      throw new Reject(RuleCode.OUT_OF_RANGE, "age at the business date must be 0–120, is " + age);
    }
    if (opened.isAfter(runDate)) {
      throw new Reject(RuleCode.FUTURE_DATE, "account_open_date " + opened + " is after the business date " + runDate);
    }
    erased.requireNotErased(id);
    return new CustomerRecord(id, hash(nationalId), hash(phone), birth, city, tier, hash(device), idVerified, phoneVerified, opened, consentScoring,
        consentSharing, fraud, aml);
  }

  private String hash(String raw) {
    return raw == null || pseudonymizer == null ? null : pseudonymizer.hex(raw);
  }
}
