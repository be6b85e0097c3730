package dev.avrr.platform.protection;

import java.time.LocalDate;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/**
 * A date protected at rest, a date of birth: sealed like a {@link ProtectedString} (ISO-8601 text), bound to its
 * place, with the key of the entity's subject. Such a column cannot be compared or sorted in the database; what a
 * query needs of it (a year, whether a person was a minor on a date) is kept beside it.
 */
@Converter
public class ProtectedDate implements AttributeConverter<LocalDate, String> {

    @Override
    public String convertToDatabaseColumn(LocalDate attribute) {
        return attribute == null ? null : ProtectedString.cipher().protect(attribute, attribute.toString());
    }

    @Override
    public LocalDate convertToEntityAttribute(String dbData) {
        String value = ProtectedString.cipher().reveal(dbData);
        return value == null ? null : LocalDate.parse(value);
    }
}
