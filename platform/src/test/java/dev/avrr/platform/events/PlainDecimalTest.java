package dev.avrr.platform.events;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

import dev.avrr.vocabulary.events.DisbursementPaid;

class PlainDecimalTest {

    private final ObjectMapper json = new ObjectMapper().registerModule(new JavaTimeModule());

    @Test
    void a_small_exchange_rate_is_written_in_plain_notation_and_read_back_equal() throws Exception {
        BigDecimal rate = new BigDecimal("1E-7");
        DisbursementPaid.Payment paid = new DisbursementPaid.Payment("SUBSISTENCE", new BigDecimal("800.00"), "NOK",
                new BigDecimal("8000000000.00"), "VES", rate);

        JsonNode written = json.readTree(json.writeValueAsString(paid));

        assertEquals("0.0000001", written.get("exchangeRate").asText());
        assertEquals("800.00", written.get("amount").asText());
        assertEquals(0, rate.compareTo(json.treeToValue(written, DisbursementPaid.Payment.class).exchangeRate()));
    }
}
