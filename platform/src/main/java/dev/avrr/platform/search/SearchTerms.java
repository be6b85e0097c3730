package dev.avrr.platform.search;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The terms a person is found by (docs/data-protection.md#search). A name is normalised — lower case, diacritics
 * removed, the letters that have none transliterated (æ → ae, ø → o, ß → ss, …), anything but letters and digits a
 * space — and cut into trigrams, so that a search finds part of a name and tolerates a misspelling ("Pahitad" finds
 * "Påhittad"), each word searched on its own. Identifiers, dates of birth, years and nationalities are exact terms, an identifier normalised to its
 * letters and digits. The terms are kept and compared only as keyed hashes ({@link BlindIndex}); each carries its
 * kind, so that a year never matches a part of a name.
 */
public final class SearchTerms {

    /** Letters that Unicode decomposition leaves as they are, as they are commonly written without them. */
    private static final Map<Integer, String> LETTERS = Map.ofEntries(Map.entry((int) 'æ', "ae"),
            Map.entry((int) 'ø', "o"), Map.entry((int) 'œ', "oe"), Map.entry((int) 'ß', "ss"), Map.entry((int) 'đ', "d"),
            Map.entry((int) 'ð', "d"), Map.entry((int) 'þ', "th"), Map.entry((int) 'ł', "l"), Map.entry((int) 'ı', "i"),
            Map.entry((int) 'ħ', "h"), Map.entry((int) 'ŧ', "t"), Map.entry((int) 'ŋ', "ng"));

    /** The share of a searched word's trigrams a person's names must hold to be found. */
    public static final double NAME_MATCH = 0.7;

    private SearchTerms() {
    }

    /** Lower case, without diacritics, transliterated, letters and digits in words separated by one space. */
    public static String normalise(String text) {
        if (text == null) {
            return "";
        }
        String lower = text.toLowerCase(Locale.ROOT);
        StringBuilder mapped = new StringBuilder(lower.length());
        lower.codePoints().forEach(cp -> {
            String replacement = LETTERS.get(cp);
            if (replacement != null) {
                mapped.append(replacement);
            } else {
                mapped.appendCodePoint(cp);
            }
        });
        String stripped = Normalizer.normalize(mapped, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
        return stripped.replaceAll("[^\\p{L}\\p{N}]+", " ").trim();
    }

    /** The trigrams of a normalised text, each word padded as a word's start and end ("  p", " pa", …, "ad "). */
    public static Set<String> trigrams(String normalised) {
        Set<String> grams = new LinkedHashSet<>();
        for (String word : normalised.split(" ")) {
            if (word.isEmpty()) {
                continue;
            }
            String padded = "  " + word + " ";
            int[] cps = padded.codePoints().toArray();
            for (int i = 0; i + 3 <= cps.length; i++) {
                grams.add(new String(cps, i, 3));
            }
        }
        return grams;
    }

    /** The name terms of a person's names, given and family together. */
    public static Set<String> name(String... names) {
        Set<String> terms = new LinkedHashSet<>();
        for (String n : names) {
            trigrams(normalise(n)).forEach(g -> terms.add("n:" + g));
        }
        return terms;
    }

    /**
     * The name terms of a searched name, word by word: a person is found when their names hold, for every word
     * searched, {@link #nameMatchesNeeded} of its terms.
     */
    public static List<Set<String>> searchedWords(String searched) {
        List<Set<String>> words = new ArrayList<>();
        for (String word : normalise(searched).split(" ")) {
            if (!word.isEmpty()) {
                words.add(name(word));
            }
        }
        return words;
    }

    /** How many of a searched word's terms a person's name must hold. */
    public static int nameMatchesNeeded(int searchedTerms) {
        return Math.max(1, (int) Math.ceil(searchedTerms * NAME_MATCH));
    }

    /** The whole name, exact (the duplicate check's name). */
    public static String fullName(String given, String family) {
        return "f:" + normalise(given + " " + family);
    }

    /** An identifier of a type, exact on its letters and digits (spaces, hyphens and case do not count). */
    public static String identifier(String type, String value) {
        return "i:" + type + ":" + value.toUpperCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]", "");
    }

    public static String dateOfBirth(LocalDate date) {
        return "d:" + date;
    }

    /** The year of birth: known from the date, or the estimated year. */
    public static String birthYear(int year) {
        return "y:" + year;
    }

    public static String nationality(String code) {
        return "c:" + code.toUpperCase(Locale.ROOT);
    }
}
