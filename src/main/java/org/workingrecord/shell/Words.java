package org.workingrecord.shell;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The translation bundle for text made outside a page (Word documents, spreadsheets, CSV files, answers in
 * words): the same {@code vaadin-i18n/translations.properties} the pages use, read as MessageFormat (plurals with
 * {@code choice}), in the app's one language, English.
 */
public final class Words {

    private static final Locale LANGUAGE = Locale.ENGLISH;
    private static final ResourceBundle BUNDLE = ResourceBundle.getBundle("vaadin-i18n.translations", LANGUAGE);

    private Words() {
    }

    public static String get(String key, Object... args) {
        String pattern = BUNDLE.getString(key);
        return args.length == 0 ? pattern : new MessageFormat(pattern, LANGUAGE).format(args);
    }
}
