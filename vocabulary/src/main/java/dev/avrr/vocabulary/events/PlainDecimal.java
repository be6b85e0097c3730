package dev.avrr.vocabulary.events;

import java.io.IOException;
import java.math.BigDecimal;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;

/**
 * Amounts and rates in events are decimal strings in plain notation ("0.0000001", never "1E-7"), whatever the
 * mapper's settings: {@code BigDecimal.toString()} switches to exponent notation for small rates and the AsyncAPI
 * document (deploy/contracts) allows plain decimals only.
 */
public final class PlainDecimal extends StdSerializer<BigDecimal> {

    private static final long serialVersionUID = 1L;

    public PlainDecimal() {
        super(BigDecimal.class);
    }

    @Override
    public void serialize(BigDecimal value, JsonGenerator gen, SerializerProvider provider) throws IOException {
        gen.writeString(value.toPlainString());
    }
}
