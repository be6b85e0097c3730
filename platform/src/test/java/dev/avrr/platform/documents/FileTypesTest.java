package dev.avrr.platform.documents;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.Optional;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A file's type is told from its first bytes, whatever it claims to be. */
class FileTypesTest {

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({
            "255044462d312e370a,         application/pdf",
            "89504e470d0a1a0a0000,       image/png",
            "ffd8ffe000104a464946,       image/jpeg",
            "ffd8ffdb,                   image/jpeg",
            "2550444621,                 ''",
            "89504e470d0a1a,             ''",
            "ffd8,                       ''",
            "3c68746d6c3e,               ''",
            "504b0304,                   ''",
            "47494638396101,             ''",
            "'',                         ''" })
    void theTypeComesFromTheContent(String hex, String mediaType) {
        Optional<String> told = FileTypes.of(HexFormat.of().parseHex(hex)).map(FileTypes.FileType::mediaType);
        assertEquals(mediaType.isEmpty() ? Optional.empty() : Optional.of(mediaType), told);
    }

    @ParameterizedTest
    @CsvSource({ "report.pdf", "photo.jpg" })
    void aNameSaysNothing(String name) {
        assertEquals(Optional.empty(), FileTypes.of(name.getBytes(StandardCharsets.UTF_8)));
    }
}
