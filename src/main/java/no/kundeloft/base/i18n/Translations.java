package no.kundeloft.base.i18n;

import com.vaadin.flow.i18n.I18NProvider;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import org.springframework.stereotype.Component;

/**
 * Every text the user sees, in Norwegian bokmål and English, from {@code
 * i18n/messages*.properties}. Bokmål comes first, so a browser in any other language than English
 * gets Norwegian.
 */
@Component
public class Translations implements I18NProvider {

    public static final Locale NORWEGIAN = Locale.forLanguageTag("nb-NO");
    public static final Locale ENGLISH = Locale.forLanguageTag("en-GB");
    public static final List<Locale> LOCALES = List.of(NORWEGIAN, ENGLISH);
    static final String BUNDLE = "i18n/messages";

    @Override
    public List<Locale> getProvidedLocales() {
        return LOCALES;
    }

    @Override
    public String getTranslation(String key, Locale locale, Object... params) {
        try {
            String pattern = bundle(locale).getString(key);
            return params.length == 0 ? pattern : new MessageFormat(pattern, locale).format(params);
        } catch (MissingResourceException e) {
            return "!" + key + "!";
        }
    }

    /** The supported locale closest to the given one: English for English, otherwise bokmål. */
    public static Locale supported(Locale locale) {
        return locale != null && "en".equals(locale.getLanguage()) ? ENGLISH : NORWEGIAN;
    }

    /** The supported locale for a stored language tag such as "nb" or "en"; null stays null. */
    public static Locale forLanguageTag(String tag) {
        return tag == null || tag.isBlank() ? null : supported(Locale.forLanguageTag(tag));
    }

    static ResourceBundle bundle(Locale locale) {
        Locale supported = supported(locale);
        return ResourceBundle.getBundle(
                BUNDLE,
                supported,
                ResourceBundle.Control.getNoFallbackControl(
                        ResourceBundle.Control.FORMAT_PROPERTIES));
    }
}
