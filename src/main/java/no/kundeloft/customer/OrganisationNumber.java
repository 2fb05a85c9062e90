package no.kundeloft.customer;

/**
 * The Norwegian organisation number: nine digits, the last a MOD11 check digit over the first eight
 * with the weights 3, 2, 7, 6, 5, 4, 3, 2.
 */
public final class OrganisationNumber {

    private static final int[] WEIGHTS = {3, 2, 7, 6, 5, 4, 3, 2};

    private OrganisationNumber() {}

    /** Removes the spaces people type ("923 609 016"), keeping anything else as it is. */
    public static String normalise(String input) {
        return input == null ? null : input.replaceAll("\\s", "");
    }

    /** True for nine digits with a correct check digit. */
    public static boolean isValid(String number) {
        if (number == null || !number.matches("\\d{9}")) {
            return false;
        }
        Integer check = checkDigit(number.substring(0, 8));
        return check != null && check == number.charAt(8) - '0';
    }

    /**
     * The check digit for eight leading digits, or null when there is none (remainder 1): such
     * numbers are never issued.
     */
    public static Integer checkDigit(String firstEight) {
        int sum = 0;
        for (int i = 0; i < 8; i++) {
            sum += (firstEight.charAt(i) - '0') * WEIGHTS[i];
        }
        int check = 11 - sum % 11;
        if (check == 11) {
            return 0;
        }
        return check == 10 ? null : check;
    }
}
