package dev.avrr.platform.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** How names and identifiers become search terms (docs/data-protection.md#search). */
class SearchTermsTest {

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({
            "Påhittad,              pahittad",
            "PÅHITTAD,              pahittad",
            "Pahittad,              pahittad",
            "Påhittadsdottir,       pahittadsdottir",
            "Ødegård,               odegard",
            "Æsa Bjørnstad,         aesa bjornstad",
            "Müller-Lüdenscheidt,   muller ludenscheidt",
            "Straße,                strasse",
            "Låtsas  Fiktiv-Son ,   latsas fiktiv son",
            "'O''Fiktiv',           o fiktiv",
            "Çelik Şahin,           celik sahin",
            "Nguyễn,                nguyen",
    })
    void normalise(String written, String normalised) {
        assertEquals(normalised, SearchTerms.normalise(written));
    }

    @Test
    void trigramsPadEachWord() {
        assertEquals(Set.of("  a", " ab", "abc", "bc ", "  x", " x "), SearchTerms.trigrams("abc x"));
    }

    @ParameterizedTest(name = "{0} finds {1}: {2}")
    @CsvSource({
            "Pahittad,      Testa Påhittad,   true",
            "påhit,         Testa Påhittad,   true",
            "Pahitad,       Testa Påhittad,   true",
            "Testa Pahitad, Testa Påhittad,   true",
            "Fiktivsen,     Testa Påhittad,   false",
            "Tasta,         Testa Påhittad,   false",
            "Testa Pahittadxyz, Testa Påhittadabc, false",
            "Testa Fiktivsen,   Testa Påhittad,    false",
    })
    void aNameIsFoundByPartOrWithAMisspelling(String searched, String held, boolean found) {
        Set<String> terms = SearchTerms.name(held);
        boolean everyWord = SearchTerms.searchedWords(searched).stream().allMatch(word -> {
            Set<String> shared = new HashSet<>(word);
            shared.retainAll(terms);
            return shared.size() >= SearchTerms.nameMatchesNeeded(word.size());
        });
        assertEquals(found, everyWord);
    }

    @Test
    void identifiersAreExactOnTheirLettersAndDigits() {
        assertEquals(SearchTerms.identifier("SAMORDNINGSNUMMER", "701063-2391"),
                SearchTerms.identifier("SAMORDNINGSNUMMER", " 7010632391 "));
        assertTrue(!SearchTerms.identifier("DUF_NUMBER", "200205705502")
                .equals(SearchTerms.identifier("DUF_NUMBER", "200205705503")));
        assertTrue(!SearchTerms.identifier("DUF_NUMBER", "200205705502")
                .equals(SearchTerms.identifier("D_NUMBER", "200205705502")), "the type is part of the term");
    }
}
