package dev.avrr.monitoring.notifications;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.sse.OutboundSseEvent;
import jakarta.ws.rs.sse.Sse;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import dev.avrr.platform.problem.Problem;
import dev.avrr.platform.problem.Problems;
import dev.avrr.platform.query.Where;
import dev.avrr.platform.security.Caller;
import dev.avrr.vocabulary.Roles;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.infrastructure.Infrastructure;

/**
 * Notifications pushed to offices and missions: a signed webhook per channel, a server-sent-events stream for the
 * frontend, and the same notifications as a list to catch up. Each caller gets only the notifications of the
 * returnees the sharing rule lets it see.
 */
@Path("/api/v1/monitoring")
@Tag(name = "Notifications")
@Produces(MediaType.APPLICATION_JSON)
public class NotificationResource {

    private static final int CATCH_UP = 100;
    /** The longest a stream stays open, even for a token that does not expire sooner. */
    private static final Duration MAX_OPEN = Duration.ofHours(1);

    @Inject
    Notifications notifications;

    @Inject
    NotificationConfig config;

    @Inject
    ObjectMapper json;

    @Inject
    Caller caller;

    @Schema(name = "NotificationRegistration")
    public record Registration(@NotBlank @Size(max = 500) @Schema(description = "An https URL") String url) {
    }

    /** A subscription; its secret only in the answer that made it. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "NotificationSubscription")
    public record SubscriptionView(UUID id, String org, Channel channel, String url, OffsetDateTime createdAt,
            OffsetDateTime updatedAt, @Schema(description = "Shown once: keep it to verify X-Avrr-Signature")
            String secret) {

        static SubscriptionView of(NotificationSubscription s, String secret) {
            return new SubscriptionView(s.id, s.org, s.channel, s.url, s.createdAt, s.updatedAt, secret);
        }
    }

    /** A notification: ids, kind, escalation level, time and where its details are read. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "Notification")
    public record NotificationView(UUID id, long seq, NotificationKind kind,
            @Schema(description = "For WORK_ITEM_OPENED, the kind of item, as on the work queue of the service "
                    + "that holds it (e.g. REFERRAL_TO_ACCEPT, PLAN_TO_APPROVE)", maxLength = 40) String itemKind,
            @Schema(description = "The case, where there is one (a referral to accept has none yet)") UUID caseId,
            UUID subjectId, int level, OffsetDateTime occurredAt,
            @Schema(description = "The API path where the subject is read, on the service that holds it")
            String href) {

        static NotificationView of(Notification n) {
            return new NotificationView(n.id, n.seq, n.kind, n.itemKind, n.caseId, n.subjectId, n.level, n.createdAt,
                    n.href());
        }
    }

    @PUT
    @Path("/notification-subscriptions/{channel}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.CASEWORKER, Roles.MISSION })
    @Operation(summary = "Register (201, with the signing secret, shown once) or change (200) your organisation's "
            + "HTTPS webhook for a channel: ALL notifications of your returnees, or ESCALATIONS only (roles: "
            + "caseworker — your office's cases; mission — your country's returnees)")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = Registration.class),
            examples = @ExampleObject(name = "office", externalValue = "examples/notifications/subscribe.json")))
    @APIResponse(responseCode = "200", description = "Changed: the webhook has the new URL; the secret is not shown "
            + "again", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = SubscriptionView.class)))
    @APIResponse(responseCode = "201", description = "Created", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = SubscriptionView.class), examples = @ExampleObject(
                    name = "with-secret", externalValue = "examples/notification-subscription-with-secret.json")))
    @APIResponse(responseCode = "404", description = "No such channel",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "The URL fails the webhook target rules (webhook-target)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response subscribe(@PathParam("channel") Channel channel, @Valid @NotNull Registration registration) {
        Notifications.Subscribed s = notifications.subscribe(channel, registration.url().trim());
        SubscriptionView view = SubscriptionView.of(s.subscription(), s.secret());
        return s.created() ? Response.created(URI.create("/api/v1/monitoring/notification-subscriptions/"
                + s.subscription().channel)).entity(view).build() : Response.ok(view).build();
    }

    @GET
    @Path("/notification-subscriptions")
    @RolesAllowed({ Roles.CASEWORKER, Roles.MISSION })
    @Operation(summary = "Your organisation's notification webhooks, never their secrets (roles: caseworker, "
            + "mission)")
    @APIResponse(responseCode = "200", description = "OK", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = SubscriptionView[].class),
            examples = @ExampleObject(name = "both", externalValue = "examples/notification-subscriptions.json")))
    public List<SubscriptionView> subscriptions() {
        return notifications.subscriptions().stream().map(s -> SubscriptionView.of(s, null)).toList();
    }

    @DELETE
    @Path("/notification-subscriptions/{channel}")
    @RolesAllowed({ Roles.CASEWORKER, Roles.MISSION })
    @Operation(summary = "Remove a channel's webhook; its pending deliveries are cancelled (roles: caseworker, "
            + "mission)")
    @APIResponse(responseCode = "204", description = "Removed")
    @APIResponse(responseCode = "404", description = "No webhook for that channel, or no such channel",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response unsubscribe(@PathParam("channel") Channel channel) {
        notifications.unsubscribe(channel);
        return Response.noContent().build();
    }

    @GET
    @Path("/notifications")
    @RolesAllowed({ Roles.CASEWORKER, Roles.MISSION })
    @Operation(summary = "Your notifications after a sequence number, oldest first, at most 100: to catch up after "
            + "the stream was closed (roles: caseworker — your office's cases; mission — your country's returnees)")
    @APIResponse(responseCode = "200", description = "OK", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = NotificationView[].class),
            examples = @ExampleObject(name = "raised-and-escalated", externalValue = "examples/notifications.json")))
    public List<NotificationView> list(@QueryParam("after") @Size(max = 19) String after) {
        return notifications.after(notifications.visibleToCaller(), from(after, "after"), CATCH_UP).stream()
                .map(NotificationView::of).toList();
    }

    @GET
    @Path("/notifications/stream")
    @Produces(MediaType.SERVER_SENT_EVENTS)
    @RolesAllowed({ Roles.CASEWORKER, Roles.MISSION })
    @Operation(summary = "Your notifications as server-sent events (event name: the kind; id: the sequence number, "
            + "so a reconnect with Last-Event-ID resumes where it stopped); the stream ends when your token expires, "
            + "at the latest after an hour (roles: caseworker, mission)")
    @APIResponse(responseCode = "200", description = "The stream: one event per notification, its data a "
            + "Notification", content = @Content(mediaType = MediaType.SERVER_SENT_EVENTS,
                    schema = @Schema(implementation = NotificationView.class),
                    examples = @ExampleObject(name = "raised", summary = "The data of one event (event: ALERT_RAISED, "
                            + "id: 41)", externalValue = "examples/notification-raised.json")))
    public Multi<OutboundSseEvent> stream(@HeaderParam("Last-Event-ID") @Size(max = 19) String lastEventId,
            @Context Sse sse) {
        Where visible = notifications.visibleToCaller();
        AtomicLong last = new AtomicLong(from(lastEventId, "Last-Event-ID"));
        // The stream ends when the caller's token does: the client reconnects with a fresh one and Last-Event-ID.
        Duration open = caller.expiresAt().map(at -> Duration.between(Instant.now(), at)).orElse(MAX_OPEN);
        return Multi.createFrom().ticks().every(config.streamPoll()).select().first(open.compareTo(MAX_OPEN) > 0
                ? MAX_OPEN : open).onOverflow().drop()
                .emitOn(Infrastructure.getDefaultWorkerPool())
                .onItem().transformToIterable(tick -> notifications.after(visible, last.get(), CATCH_UP))
                .map(n -> {
                    last.set(n.seq);
                    return sse.newEventBuilder().id(Long.toString(n.seq)).name(n.kind.name())
                            .mediaType(MediaType.APPLICATION_JSON_TYPE).data(write(NotificationView.of(n))).build();
                });
    }

    private String write(NotificationView view) {
        try {
            return json.writeValueAsString(view);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Could not write a notification", e);
        }
    }

    private static long from(String value, String name) {
        if (value == null || value.isBlank()) {
            return 0;
        }
        try {
            long seq = Long.parseLong(value.trim());
            if (seq >= 0) {
                return seq;
            }
        } catch (NumberFormatException e) {
            // refused below
        }
        throw Problems.invalid(name, "must be a sequence number (a whole number >= 0)");
    }
}
