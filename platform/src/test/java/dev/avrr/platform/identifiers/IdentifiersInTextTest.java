package dev.avrr.platform.identifiers;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** What counts as an identifier in text that is to reach a partner, as a table. */
class IdentifiersInTextTest {

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
            "The shop is doing well and the children are at school | false",
            "We met on 3 May and again in June                    | false",
            "I received 500 euros in 2026                         | false",
            "The shop opened on 2026-05-03, and again 03.06.2026    | false",
            "My number is 701063-2391                              | true",
            "Call me on +47 912 34 567                             | true",
            "personnummer 19701003 2391                            | true",
            "write to testa.fiktiv@example.org                     | true",
            "passport AB1234567                                    | true",
            "DUF 2020 1234 5678                                    | true" })
    void finds(String text, boolean found) {
        assertEquals(found, IdentifiersInText.found(text));
    }
}
