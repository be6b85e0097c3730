package dev.avrr.platform.http;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;

import io.quarkus.smallrye.openapi.OpenApiFilter;

/**
 * Operation ids are the resource methods' names (generated clients call {@code referrals.create(...)}); where two
 * resources of one service share a method name ({@code list}, {@code read}), each such id is prefixed with its
 * operation's tag ({@code consentList}, {@code referralsList}) so that every id in the document is unique.
 */
@OpenApiFilter(stages = OpenApiFilter.RunStage.BUILD)
public class UniqueOperationIds implements OASFilter {

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        List<Operation> operations = new ArrayList<>();
        for (PathItem item : openAPI.getPaths().getPathItems().values()) {
            operations.addAll(item.getOperations().values());
        }
        Map<String, Integer> uses = new HashMap<>();
        operations.stream().map(Operation::getOperationId).filter(id -> id != null)
                .forEach(id -> uses.merge(id, 1, Integer::sum));
        for (Operation operation : operations) {
            String id = operation.getOperationId();
            if (id != null && uses.get(id) > 1 && operation.getTags() != null && !operation.getTags().isEmpty()) {
                operation.setOperationId(prefixed(operation.getTags().get(0), id));
            }
        }
        Map<String, Integer> after = new HashMap<>();
        operations.stream().map(Operation::getOperationId).filter(id -> id != null)
                .forEach(id -> after.merge(id, 1, Integer::sum));
        after.forEach((id, count) -> {
            if (count > 1) {
                throw new IllegalStateException("OpenAPI operation id '" + id + "' is used " + count
                        + " times under one tag; rename one of the resource methods");
            }
        });
    }

    static String prefixed(String tag, String method) {
        StringBuilder out = new StringBuilder();
        for (String word : tag.split("[^A-Za-z0-9]+")) {
            if (word.isEmpty()) {
                continue;
            }
            out.append(out.length() == 0 ? word.toLowerCase(Locale.ROOT)
                    : word.substring(0, 1).toUpperCase(Locale.ROOT) + word.substring(1).toLowerCase(Locale.ROOT));
        }
        return out + method.substring(0, 1).toUpperCase(Locale.ROOT) + method.substring(1);
    }
}
