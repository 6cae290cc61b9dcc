package io.contactscontracts.mock.internal.emulation;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;
import java.util.Locale;

/** E.164 normalisation with libphonenumber. */
final class PhoneNumbers {
  private static final PhoneNumberUtil UTIL = PhoneNumberUtil.getInstance();

  private PhoneNumbers() {}

  /**
   * The number in E.164, reading a number without {@code +} as a national number of {@code region} (an
   * ISO 3166 code such as {@code US}); the number as sent if it cannot be read as a possible number.
   */
  static String toE164(String number, String region) {
    String regionCode = region == null ? null : region.trim().toUpperCase(Locale.ROOT);
    if (regionCode != null && !UTIL.getSupportedRegions().contains(regionCode)) {
      regionCode = null;
    }
    try {
      PhoneNumber parsed = UTIL.parse(number, regionCode);
      return UTIL.isPossibleNumber(parsed) ? UTIL.format(parsed, PhoneNumberUtil.PhoneNumberFormat.E164) : number;
    } catch (NumberParseException e) {
      return number;
    }
  }
}
