package dev.avrr.grant.allocation;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import dev.avrr.grant.ledger.Account;
import dev.avrr.grant.ledger.EntryType;
import dev.avrr.grant.ledger.LedgerEntry;
import dev.avrr.grant.money.Money;
import dev.avrr.platform.http.ETags;
import dev.avrr.platform.http.Page;
import dev.avrr.platform.http.PageRequest;
import dev.avrr.vocabulary.Roles;

@Path("/api/v1")
@Tag(name = "Entitlements")
@Produces(MediaType.APPLICATION_JSON)
public class EntitlementResource {

    static final String[] READERS = { Roles.CASEWORKER, Roles.MISSION, Roles.FINANCE, Roles.AUDITOR };

    /** One ledger entry: a positive amount debits the account, a negative one credits it. */
    @Schema(name = "LedgerEntry")
    public record LedgerEntryView(long id, UUID transactionId, EntryType entryType, Account account, String category,
            @Schema(implementation = SignedMoney.class) Money amount, UUID referenceId, UUID reversesTransaction,
            OffsetDateTime recordedAt) {

        static LedgerEntryView of(LedgerEntry e) {
            return new LedgerEntryView(e.id, e.transactionId, e.entryType, e.account, e.category,
                    Money.of(e.amount, e.currency), e.referenceId, e.reversesTransaction, e.recordedAt);
        }
    }

    /** OpenAPI only: a ledger amount carries its sign (the credit side is negative), which {@code Money} never does. */
    @Schema(name = "SignedMoney", requiredProperties = { "amount", "currency" })
    record SignedMoney(
            @Schema(type = SchemaType.STRING, pattern = "^-?\\d{1,12}([.]\\d{1,2})?$", example = "-5000.00")
            String amount,
            @Schema(pattern = "[A-Z]{3}") String currency) {
    }

    /** OpenAPI only: {@code @Schema(implementation)} cannot name {@code Page<LedgerEntryView>}; this mirrors it. */
    @Schema(name = "PageLedgerEntryView")
    record LedgerPage(List<LedgerEntryView> items, int page, int size, long totalItems,
            @Schema(description = Page.CAPPED) boolean totalItemsCapped) {
    }

    @Inject
    Entitlements entitlements;

    @GET
    @Path("/cases/{caseId}/entitlements")
    @RolesAllowed({ Roles.CASEWORKER, Roles.MISSION, Roles.FINANCE, Roles.AUDITOR })
    @Operation(summary = "The entitlements of a case, one per beneficiary, with each category's figures (roles: "
            + "caseworker — its office's cases; mission — its country's returnees; finance; auditor)")
    @APIResponse(responseCode = "200", description = "OK", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = EntitlementView.class, type = SchemaType.ARRAY),
            examples = @ExampleObject(name = "applicant-and-child", externalValue = "examples/case-entitlements.json")))
    public List<EntitlementView> forCase(@PathParam("caseId") UUID caseId) {
        return entitlements.forCase(caseId, READERS);
    }

    @GET
    @Path("/entitlements/{id}")
    @RolesAllowed({ Roles.CASEWORKER, Roles.MISSION, Roles.FINANCE, Roles.AUDITOR })
    @Operation(summary = "One entitlement with each category's allocated, converted, reserved, disbursed and "
            + "available money; the ETag changes with every movement (roles: caseworker, mission, finance, auditor, "
            + "within their scope)")
    @APIResponse(responseCode = "200", description = "OK", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = EntitlementView.class),
            examples = @ExampleObject(name = "after-conversion-and-payment", externalValue = "examples/entitlement.json")))
    public Response read(@PathParam("id") UUID id) {
        EntitlementView view = entitlements.read(id, READERS);
        return Response.ok(view).tag(ETags.of(view.version())).build();
    }

    @GET
    @Path("/entitlements/{id}/ledger")
    @RolesAllowed({ Roles.CASEWORKER, Roles.MISSION, Roles.FINANCE, Roles.AUDITOR })
    @Operation(summary = "The entitlement's double-entry ledger, oldest first, paged (roles: caseworker, mission, "
            + "finance, auditor, within their scope)")
    @APIResponse(responseCode = "200", description = "OK", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = LedgerPage.class),
            examples = @ExampleObject(name = "first-transaction", externalValue = "examples/ledger-first-transaction.json")))
    public Page<LedgerEntryView> ledger(@PathParam("id") UUID id, @QueryParam("page") Integer page,
            @QueryParam("size") Integer size) {
        Page<LedgerEntry> found = entitlements.ledger(id, PageRequest.of(page, size), READERS);
        return found.map(LedgerEntryView::of);
    }
}
