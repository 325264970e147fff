package org.mizan.platform.boundary;

import java.text.Collator;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/** Menus whose labels the JDK knows in every language: the months and the countries. */
public final class LocaleChoices {

    private LocaleChoices() {
    }

    /** The months by number and name, as Iraqis name them in Arabic. */
    public static List<Choice> months(Locale locale) {
        List<Choice> months = new ArrayList<>();
        List<String> names = monthNames(locale, TextStyle.FULL_STANDALONE);
        for (Month m : Month.values()) {
            months.add(new Choice(m.getValue(), m.getValue() + " · " + names.get(m.ordinal())));
        }
        return List.copyOf(months);
    }

    /**
     * The names of the twelve months, January first, as the language writes them in Iraq: the Arabic names as the Levant
     * has them (كانون الثاني …), not as Egypt (يناير …) or the Maghreb (جانفي …) does. The month menus and the calendars
     * (date pickers, the dashboard's schedule) all take them from here.
     */
    public static List<String> monthNames(Locale locale, TextStyle style) {
        Locale monthLocale = "ar".equals(locale.getLanguage()) ? Locale.forLanguageTag("ar-IQ") : locale;
        return Arrays.stream(Month.values()).map(m -> m.getDisplayName(style, monthLocale)).toList();
    }

    /** The countries by ISO code, in the language's alphabetical order, Iraq first: nearly every case is there. */
    public static List<Choice> countries(Locale locale) {
        Collator collator = Collator.getInstance(locale);
        List<Choice> countries = new ArrayList<>();
        for (String code : Locale.getISOCountries()) {
            countries.add(new Choice(code, countryName(code, locale)));
        }
        countries.sort(Comparator.comparing(Choice::label, collator));
        countries.sort(Comparator.comparing(c -> !"IQ".equals(c.value())));
        return List.copyOf(countries);
    }

    public static String countryName(String code, Locale locale) {
        return new Locale.Builder().setRegion(code).build().getDisplayCountry(locale);
    }
}
