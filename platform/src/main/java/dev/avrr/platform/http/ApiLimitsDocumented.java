package dev.avrr.platform.http;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.headers.Header;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;

import io.quarkus.smallrye.openapi.OpenApiFilter;

/**
 * Every string, list and integer of the OpenAPI document states the bound the code enforces where its field or
 * parameter states none of its own: text in a body at most {@link ApiLimits#MAX_TEXT} characters and a list at
 * most {@link ApiLimits#MAX_ITEMS} items ({@link StrictJson}), a parameter or header at most
 * {@link ApiLimits#MAX_PARAMETER} characters ({@link CleanRequests}), a UUID 36 and a date 10 characters, an
 * integer within its format's range (what the strict reader accepts), {@code page} and {@code size} within
 * {@link PageRequest}'s bounds.
 */
@OpenApiFilter(stages = OpenApiFilter.RunStage.BUILD)
public class ApiLimitsDocumented implements OASFilter {

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getComponents() != null && openAPI.getComponents().getSchemas() != null) {
            openAPI.getComponents().getSchemas().values().forEach(s -> bound(s, ApiLimits.MAX_TEXT));
        }
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        for (PathItem item : openAPI.getPaths().getPathItems().values()) {
            parameters(item.getParameters());
            for (Operation operation : item.getOperations().values()) {
                parameters(operation.getParameters());
                if (operation.getRequestBody() != null) {
                    content(operation.getRequestBody().getContent());
                }
                if (operation.getResponses() != null && operation.getResponses().getAPIResponses() != null) {
                    for (APIResponse response : operation.getResponses().getAPIResponses().values()) {
                        content(response.getContent());
                        if (response.getHeaders() != null) {
                            for (Header header : response.getHeaders().values()) {
                                bound(header.getSchema(), ApiLimits.MAX_PARAMETER);
                            }
                        }
                    }
                }
            }
        }
    }

    private static void parameters(List<Parameter> parameters) {
        if (parameters == null) {
            return;
        }
        for (Parameter p : parameters) {
            Schema schema = p.getSchema();
            if (schema == null) {
                continue;
            }
            if (p.getIn() == Parameter.In.QUERY && "page".equals(p.getName()) && isInteger(schema)) {
                range(schema, BigDecimal.ZERO, BigDecimal.valueOf(PageRequest.MAX_PAGE));
            } else if (p.getIn() == Parameter.In.QUERY && "size".equals(p.getName()) && isInteger(schema)) {
                range(schema, BigDecimal.ONE, BigDecimal.valueOf(PageRequest.MAX_SIZE));
            }
            bound(schema, ApiLimits.MAX_PARAMETER);
        }
    }

    private static void content(Content content) {
        if (content == null || content.getMediaTypes() == null) {
            return;
        }
        for (MediaType type : content.getMediaTypes().values()) {
            bound(type.getSchema(), ApiLimits.MAX_TEXT);
        }
    }

    /** States the bounds on this schema and every schema within it (a reference is bounded where it is defined). */
    private static void bound(Schema schema, int maxText) {
        if (schema == null || schema.getRef() != null) {
            return;
        }
        List<Schema.SchemaType> types = schema.getType() == null ? List.of() : schema.getType();
        if (types.contains(Schema.SchemaType.STRING) && schema.getMaxLength() == null && schema.getEnumeration() == null
                && schema.getConstValue() == null) {
            schema.setMaxLength(switch (schema.getFormat() == null ? "" : schema.getFormat()) {
                case "uuid" -> 36;
                case "date" -> 10;
                case "date-time" -> 35;
                default -> maxText;
            });
        }
        if (types.contains(Schema.SchemaType.ARRAY) && schema.getMaxItems() == null) {
            schema.setMaxItems(ApiLimits.MAX_ITEMS);
        }
        if (types.contains(Schema.SchemaType.INTEGER)) {
            boolean int32 = "int32".equals(schema.getFormat());
            range(schema, BigDecimal.valueOf(int32 ? Integer.MIN_VALUE : Long.MIN_VALUE),
                    BigDecimal.valueOf(int32 ? Integer.MAX_VALUE : Long.MAX_VALUE));
        }
        List<Schema> within = new ArrayList<>();
        if (schema.getProperties() != null) {
            within.addAll(schema.getProperties().values());
        }
        within.add(schema.getItems());
        within.add(schema.getAdditionalPropertiesSchema());
        for (List<Schema> group : Arrays.asList(schema.getAllOf(), schema.getOneOf(), schema.getAnyOf())) {
            if (group != null) {
                within.addAll(group);
            }
        }
        for (Schema s : within) {
            bound(s, maxText);
        }
    }

    private static boolean isInteger(Schema schema) {
        return schema.getType() != null && schema.getType().contains(Schema.SchemaType.INTEGER);
    }

    /** Sets the bounds that are not stated yet. */
    private static void range(Schema schema, BigDecimal minimum, BigDecimal maximum) {
        if (schema.getMinimum() == null && schema.getExclusiveMinimum() == null) {
            schema.setMinimum(minimum);
        }
        if (schema.getMaximum() == null && schema.getExclusiveMaximum() == null) {
            schema.setMaximum(maximum);
        }
    }
}
