package no.kundeloft.customer;

/**
 * Phone numbers compared by their digits, however they are written ("+47 900 12 345", "0047
 * 90012345", "900 12 345").
 */
public final class PhoneNumbers {

    /** A Norwegian number's own digits: the last eight, after any country code. */
    public static final int NATIONAL_DIGITS = 8;

    private PhoneNumbers() {}

    /** The number's digits only, as contacts keep them for matching; null for none. */
    public static String digits(String phone) {
        return phone == null ? null : phone.replaceAll("\\D", "");
    }

    /**
     * A LIKE pattern for a digits column that ends with the number's last eight digits, or null
     * when it has fewer (too short to tell one person from another).
     */
    public static String endingWith(String phone) {
        String digits = digits(phone);
        return digits == null || digits.length() < NATIONAL_DIGITS
                ? null
                : "%" + digits.substring(digits.length() - NATIONAL_DIGITS);
    }
}
