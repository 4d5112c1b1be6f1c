package org.copperpcf.supplier.model;

import java.util.Optional;

/**
 * The Unified Social Credit Code (统一社会信用代码) of GB 32100-2015: 18 characters from a 31-character alphabet (digits
 * and capitals without I, O, Z, S, V). Position 1 is the registering authority, 2 the organisation type, 3–8 the
 * administrative division, 9–17 the organisation code and 18 a check character: with weights 3^(i-1) mod 31,
 * {@code check = 31 - (Σ value(c_i) × w_i mod 31)}, where 31 maps to 0.
 */
public final class Uscc {
    private static final String ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static final int[] WEIGHTS = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};
    private static final int LENGTH = 18;

    private Uscc() {
    }

    /** Why {@code code} is not a valid USCC, or empty when it is. */
    public static Optional<String> problem(String code) {
        if (code == null || code.length() != LENGTH) {
            return Optional.of("must be 18 characters");
        }
        for (int i = 0; i < LENGTH; i++) {
            if (ALPHABET.indexOf(code.charAt(i)) < 0) {
                return Optional.of("character " + (i + 1) + " '" + code.charAt(i)
                        + "' is not allowed (digits and capitals except I, O, Z, S, V)");
            }
        }
        for (int i = 2; i < 8; i++) {
            if (!Character.isDigit(code.charAt(i))) {
                return Optional.of("characters 3 to 8 must be the digits of an administrative division code");
            }
        }
        char expected = checkCharacter(code.substring(0, LENGTH - 1));
        if (code.charAt(LENGTH - 1) != expected) {
            return Optional.of("check character is '" + code.charAt(LENGTH - 1) + "' but should be '" + expected + "'");
        }
        return Optional.empty();
    }

    /** The check character of the first 17 characters. */
    static char checkCharacter(String first17) {
        int sum = 0;
        for (int i = 0; i < WEIGHTS.length; i++) {
            sum += ALPHABET.indexOf(first17.charAt(i)) * WEIGHTS[i];
        }
        return ALPHABET.charAt((31 - sum % 31) % 31);
    }
}
