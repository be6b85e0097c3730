package dev.avrr.platform.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.examples.Example;
import org.junit.jupiter.api.Test;

class ExampleFilesTest {

    @Test
    void anExampleNamingItsFileCarriesTheFilesJsonAsItsValue() {
        Example request = OASFactory.createExample().externalValue("examples/fictional-person.json");
        Example response = OASFactory.createExample().externalValue("examples/fictional-person.json");
        new ExampleFiles().filterOpenAPI(document(request, response));

        for (Example example : List.of(request, response)) {
            assertNull(example.getExternalValue());
            Map<?, ?> value = (Map<?, ?>) example.getValue();
            assertEquals("Fiktivsen", value.get("familyName"));
            assertEquals(List.of("am", "en"), value.get("languages"));
            // read as an inline value is: an amount keeps its two decimals
            assertEquals("6000.00", ((Map<?, ?>) value.get("amount")).get("amount"));
        }
    }

    @Test
    void anExampleOfAUrlIsLeftAsItIs() {
        Example example = OASFactory.createExample().externalValue("https://example.org/person.json");
        new ExampleFiles().filterOpenAPI(document(example, OASFactory.createExample().value(BigDecimal.ONE)));
        assertEquals("https://example.org/person.json", example.getExternalValue());
        assertNull(example.getValue());
    }

    @Test
    void aMissingFileFailsTheBuild() {
        Example example = OASFactory.createExample().externalValue("examples/nobody.json");
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> new ExampleFiles().filterOpenAPI(document(example, example)));
        assertTrue(e.getMessage().contains("examples/nobody.json"), e.getMessage());
    }

    private static OpenAPI document(Example request, Example response) {
        return OASFactory.createOpenAPI().paths(OASFactory.createPaths().addPathItem("/people",
                OASFactory.createPathItem().POST(OASFactory.createOperation()
                        .requestBody(OASFactory.createRequestBody().content(OASFactory.createContent()
                                .addMediaType("application/json",
                                        OASFactory.createMediaType().addExample("person", request))))
                        .responses(OASFactory.createAPIResponses().addAPIResponse("201",
                                OASFactory.createAPIResponse().content(OASFactory.createContent()
                                        .addMediaType("application/json",
                                                OASFactory.createMediaType().addExample("person", response))))))));
    }
}
