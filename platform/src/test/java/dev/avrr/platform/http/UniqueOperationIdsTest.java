package dev.avrr.platform.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.junit.jupiter.api.Test;

class UniqueOperationIdsTest {

    @Test
    void shared_method_names_are_prefixed_with_their_tag_and_unique_ones_kept() {
        Operation referrals = op("list", "Referrals");
        Operation counselling = op("list", "Return counselling");
        Operation create = op("create", "Referrals");
        OpenAPI doc = OASFactory.createOpenAPI().paths(OASFactory.createPaths()
                .addPathItem("/api/v1/referrals", OASFactory.createPathItem().GET(referrals).POST(create))
                .addPathItem("/api/v1/counselling/residents", OASFactory.createPathItem().GET(counselling)));

        new UniqueOperationIds().filterOpenAPI(doc);

        assertEquals("referralsList", referrals.getOperationId());
        assertEquals("returnCounsellingList", counselling.getOperationId());
        assertEquals("create", create.getOperationId());
    }

    @Test
    void the_same_method_name_twice_under_one_tag_fails_the_build() {
        OpenAPI doc = OASFactory.createOpenAPI().paths(OASFactory.createPaths()
                .addPathItem("/a", OASFactory.createPathItem().GET(op("read", "Cases")))
                .addPathItem("/b", OASFactory.createPathItem().GET(op("read", "Cases"))));

        assertThrows(IllegalStateException.class, () -> new UniqueOperationIds().filterOpenAPI(doc));
    }

    private static Operation op(String id, String tag) {
        return OASFactory.createOperation().operationId(id).tags(List.of(tag));
    }
}
