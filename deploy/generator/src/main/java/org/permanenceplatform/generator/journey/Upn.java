package org.permanenceplatform.generator.journey;

import java.time.LocalDate;

/**
 * A synthetic unique pupil number shaped like a real one: check letter, the LA's 3-digit code, a 4-digit school,
 * the 2-digit year of allocation and a 3-digit serial. The check letter follows the DfE's rule (characters 2 to 13
 * weighted 2 to 13, the sum modulo 23 picking a letter from A-Z without I, O and S), so validators accept it.
 */
final class Upn {

    private static final String CHECK_LETTERS = "ABCDEFGHJKLMNPQRTUVWXYZ";

    private Upn() {
    }

    static String of(String laCode, LocalDate birthDate, Draw draw) {
        String body = laCode + draw.between(2000, 7999) + digits((birthDate.getYear() + 5) % 100, 2)
                + digits(draw.between(0, 999), 3);
        int sum = 0;
        for (int i = 0; i < body.length(); i++) {
            sum += (body.charAt(i) - '0') * (i + 2);
        }
        return CHECK_LETTERS.charAt(sum % 23) + body;
    }

    /** {@code value} with leading zeros to {@code width} digits (String.format is slow a million times over). */
    static String digits(int value, int width) {
        String plain = Integer.toString(value);
        return "0".repeat(Math.max(0, width - plain.length())) + plain;
    }
}
