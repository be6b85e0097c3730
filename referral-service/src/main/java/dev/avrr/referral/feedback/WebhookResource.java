package dev.avrr.referral.feedback;

import java.net.URI;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import com.fasterxml.jackson.annotation.JsonInclude;

import dev.avrr.platform.http.Page;
import dev.avrr.platform.http.PageRequest;
import dev.avrr.platform.http.QueryParams;
import dev.avrr.platform.webhooks.DeliveryStatus;
import dev.avrr.vocabulary.Roles;

/** Återkoppling by push: the organisation's webhook for its referrals' timelines. */
@Path("/api/v1/webhook-subscription")
@Tag(name = "Feedback")
@Produces(MediaType.APPLICATION_JSON)
public class WebhookResource {

    @Inject
    Webhooks webhooks;

    @Schema(name = "WebhookRegistration")
    public record Registration(@NotBlank @Size(max = 500) @Schema(description = "An https URL") String url) {
    }

    /** The subscription; the secret only in the answer that made or rotated it. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "WebhookSubscription")
    public record SubscriptionView(String org, String url, OffsetDateTime createdAt, OffsetDateTime secretRotatedAt,
            OffsetDateTime previousSecretSignsUntil, @Schema(description = "Shown once: keep it to verify "
                    + "X-Avrr-Signature") String secret) {

        static SubscriptionView of(WebhookSubscription s, String secret) {
            return new SubscriptionView(s.org, s.url, s.createdAt, s.secretRotatedAt, s.previousSecretUntil, secret);
        }
    }

    @Schema(name = "WebhookAttempt")
    public record AttemptView(OffsetDateTime at, Integer statusCode, String error, long durationMs) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "WebhookDelivery")
    public record DeliveryView(UUID id, UUID referralId, String kind, String code, DeliveryStatus status,
            int attempts, OffsetDateTime createdAt, OffsetDateTime nextAttemptAt, OffsetDateTime deliveredAt,
            List<AttemptView> attemptLog) {

        static DeliveryView of(Webhooks.DeliveryWithAttempts d) {
            WebhookDelivery x = d.delivery();
            return new DeliveryView(x.id, x.referralId, x.entryKind, x.entryCode, x.status, x.attempts, x.createdAt,
                    x.nextAttemptAt, x.deliveredAt, d.attempts().stream()
                            .map(a -> new AttemptView(a.attemptedAt, a.statusCode, a.error, a.durationMs)).toList());
        }
    }

    /** OpenAPI only: {@code @Schema(implementation)} cannot name {@code Page<DeliveryView>}; this mirrors it. */
    @Schema(name = "WebhookDeliveryPage")
    record DeliveryPage(List<DeliveryView> items, int page, int size, long totalItems,
            @Schema(description = Page.CAPPED) boolean totalItemsCapped) {
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.PARTNER, Roles.COORDINATOR })
    @Operation(summary = "Register (201, with the signing secret, shown once) or change (200) your organisation's "
            + "HTTPS callback for timeline entries (roles: partner, coordinator)")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = Registration.class),
            examples = @ExampleObject(name = "callback", externalValue = "examples/feedback/subscribe-callback.json")))
    @APIResponse(responseCode = "200", description = "Changed: the callback now has the new URL; the secret is not "
            + "shown again", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = SubscriptionView.class),
            examples = @ExampleObject(name = "subscription", externalValue = "examples/subscription.json")))
    @APIResponse(responseCode = "201", description = "Created",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = SubscriptionView.class), examples = @ExampleObject(name = "subscription-with-secret", externalValue = "examples/subscription-with-secret.json")))
    @APIResponse(responseCode = "422", description = "The callback URL fails the webhook target rules (rule "
            + "webhook-target: https, a public host, no credentials or fragment)")
    public Response subscribe(@Valid @NotNull Registration registration) {
        Webhooks.Subscribed s = webhooks.subscribe(registration.url().trim());
        SubscriptionView view = SubscriptionView.of(s.subscription(), s.secret());
        return s.created() ? Response.created(URI.create("/api/v1/webhook-subscription")).entity(view).build()
                : Response.ok(view).build();
    }

    @GET
    @RolesAllowed({ Roles.PARTNER, Roles.COORDINATOR })
    @Operation(summary = "Your organisation's callback (never its secret) (roles: partner, coordinator)")
    @APIResponse(responseCode = "200", description = "OK", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = SubscriptionView.class),
            examples = @ExampleObject(name = "subscription", externalValue = "examples/subscription.json")))
    public SubscriptionView subscription() {
        return SubscriptionView.of(webhooks.read(), null);
    }

    @DELETE
    @RolesAllowed({ Roles.PARTNER, Roles.COORDINATOR })
    @Operation(summary = "Remove your organisation's callback; pending deliveries are cancelled (roles: partner, "
            + "coordinator)")
    @APIResponse(responseCode = "204", description = "Removed")
    public Response unsubscribe() {
        webhooks.unsubscribe();
        return Response.noContent().build();
    }

    @POST
    @Path("/secret-rotation")
    @RolesAllowed({ Roles.PARTNER, Roles.COORDINATOR })
    @Operation(summary = "Rotate the signing secret: the new one (shown once) signs from now on, the previous one "
            + "signs too for the grace period (roles: partner, coordinator)")
    @APIResponse(responseCode = "200", description = "OK", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = SubscriptionView.class),
            examples = @ExampleObject(name = "rotated", summary = "The new secret, shown once; the previous one "
                    + "signs too until previousSecretSignsUntil", externalValue = "examples/subscription-rotated.json")))
    public SubscriptionView rotate() {
        Webhooks.Subscribed s = webhooks.rotate();
        return SubscriptionView.of(s.subscription(), s.secret());
    }

    @GET
    @Path("/deliveries")
    @RolesAllowed({ Roles.PARTNER, Roles.COORDINATOR })
    @Operation(summary = "Deliveries to your callback with every attempt, newest first; filter by status and "
            + "referral, paged (roles: partner, coordinator)")
    @APIResponse(responseCode = "200", description = "OK", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = DeliveryPage.class),
            examples = @ExampleObject(name = "deliveries", externalValue = "examples/deliveries.json")))
    public Page<DeliveryView> deliveries(@QueryParam("status") @Size(max = 20) String status,
            @QueryParam("referralId") @Size(max = 36) String referralId,
            @QueryParam("page") Integer page, @QueryParam("size") Integer size) {
        Page<Webhooks.DeliveryWithAttempts> found = webhooks.deliveries(
                QueryParams.enumValue("status", status, DeliveryStatus.class),
                QueryParams.uuid("referralId", referralId), PageRequest.of(page, size));
        return found.map(DeliveryView::of);
    }
}
