package dev.avrr.platform.http;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.function.Consumer;

import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.examples.Example;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import io.smallrye.openapi.runtime.io.JsonIO;

/**
 * The OpenAPI examples are JSON files of the service's resources ({@code src/main/resources/examples/}), not Java
 * strings: an {@code @ExampleObject(name = "…", externalValue = "examples/…json")} names its file, and this filter
 * puts the file's content in the document as the example's value, read as an inline value would be. A file that is
 * missing or not JSON fails the build. Examples whose external value is a URL are left as they are.
 */
@OpenApiFilter(stages = OpenApiFilter.RunStage.BUILD)
public class ExampleFiles implements OASFilter {

    /** The folder of the example files, and the prefix of an external value that names one. */
    public static final String FOLDER = "examples/";

    private final JsonIO<?, ?, ?, ?, ?> json = JsonIO.newInstance(null);

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getComponents() != null) {
            each(openAPI.getComponents().getExamples(), this::inline);
        }
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        for (PathItem item : openAPI.getPaths().getPathItems().values()) {
            for (Operation operation : item.getOperations().values()) {
                if (operation.getParameters() != null) {
                    for (Parameter parameter : operation.getParameters()) {
                        each(parameter.getExamples(), this::inline);
                        content(parameter.getContent());
                    }
                }
                if (operation.getRequestBody() != null) {
                    content(operation.getRequestBody().getContent());
                }
                if (operation.getResponses() != null && operation.getResponses().getAPIResponses() != null) {
                    operation.getResponses().getAPIResponses().values().forEach(r -> content(r.getContent()));
                }
            }
        }
    }

    private void content(Content content) {
        if (content != null && content.getMediaTypes() != null) {
            content.getMediaTypes().values().forEach(media -> each(media.getExamples(), this::inline));
        }
    }

    private void inline(Example example) {
        String file = example.getExternalValue();
        if (file == null || !file.startsWith(FOLDER)) {
            return;
        }
        String text = read(file);
        Object value = json.parseValue(text);
        if (value == null || value instanceof String) {
            throw new IllegalStateException("The OpenAPI example " + file + " is not a JSON object or array");
        }
        example.setValue(value);
        example.setExternalValue(null);
    }

    private static String read(String file) {
        ClassLoader loader = Thread.currentThread().getContextClassLoader();
        try (InputStream in = loader.getResourceAsStream(file)) {
            if (in == null) {
                throw new IllegalStateException("The OpenAPI example file " + file + " is missing");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static <T> void each(Map<String, T> map, Consumer<T> action) {
        if (map != null) {
            map.values().forEach(action);
        }
    }
}
