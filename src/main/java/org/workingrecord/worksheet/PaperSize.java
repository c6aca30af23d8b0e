package org.workingrecord.worksheet;

import java.util.Locale;
import java.util.Set;

/** Paper for printing; US Letter where it is the custom, A4 everywhere else. */
public enum PaperSize {
    A4(11906, 16838), LETTER(12240, 15840);

    private static final Set<String> LETTER_COUNTRIES = Set.of("US", "CA", "MX", "PH", "CL", "CO", "VE");

    final int widthTwips;
    final int heightTwips;

    PaperSize(int widthTwips, int heightTwips) {
        this.widthTwips = widthTwips;
        this.heightTwips = heightTwips;
    }

    public static PaperSize forLocale(Locale locale) {
        return locale != null && LETTER_COUNTRIES.contains(locale.getCountry()) ? LETTER : A4;
    }

    /** "a4" or "letter" from a URL; anything else falls back to the locale's default. */
    public static PaperSize parse(String value, Locale locale) {
        if ("letter".equalsIgnoreCase(value)) {
            return LETTER;
        }
        if ("a4".equalsIgnoreCase(value)) {
            return A4;
        }
        return forLocale(locale);
    }
}
