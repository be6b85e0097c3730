package dev.avrr.platform.probe;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.persistence.OptimisticLockException;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;

import dev.avrr.platform.audit.AuditTrail;
import dev.avrr.platform.events.Events;
import dev.avrr.platform.outbox.Outbox;
import dev.avrr.platform.problem.Problems;
import dev.avrr.vocabulary.Roles;
import io.agroal.api.AgroalDataSource;

/** A test-only resource: one command that changes data and announces it through the outbox. */
@Path("/api/v1/probes")
public class ProbeResource {

    public enum Colour {
        RED, GREEN
    }

    public record Nested(@NotBlank @Size(max = 10) String code) {
    }

    public record ProbeCommand(@NotBlank @Size(max = 40) String label, @NotNull Integer count, Colour colour,
            @Valid Nested nested, List<@Valid Nested> items, Boolean fail, String key, Integer sequence,
            java.time.LocalDate day, java.time.OffsetDateTime at, java.math.BigDecimal amount,
            @jakarta.validation.constraints.PastOrPresent java.time.LocalDate happenedOn) {
    }

    @Inject
    Outbox outbox;

    @Inject
    Events events;

    @Inject
    AuditTrail audit;

    @Inject
    AgroalDataSource dataSource;

    @POST
    @RolesAllowed(Roles.CASEWORKER)
    @Transactional
    @Operation(summary = "Record a probe and announce it (test only)")
    @RequestBody(content = @Content(mediaType = "application/json", examples = @ExampleObject(name = "probe",
            value = "{\"label\":\"first\",\"count\":1,\"colour\":\"RED\"}")))
    public Response record(@Valid @NotNull ProbeCommand command) throws Exception {
        UUID id = UUID.randomUUID();
        try (var c = dataSource.getConnection(); var ps = c.prepareStatement("INSERT INTO probe VALUES (?, ?)")) {
            ps.setObject(1, id);
            ps.setString(2, command.label());
            ps.executeUpdate();
        }
        String key = command.key() != null ? command.key() : id.toString();
        Map<String, Object> data = new java.util.HashMap<>();
        data.put("probeId", id.toString());
        data.put("count", command.count());
        data.put("fail", Boolean.TRUE.equals(command.fail()));
        data.put("key", key);
        data.put("sequence", command.sequence() == null ? 0 : command.sequence());
        outbox.add(key, events.create("avrr.case.probe-recorded.v1", key, data));
        audit.success(AuditTrail.CREATE, "probe", id);
        return Response.status(201).entity(Map.of("id", id)).build();
    }

    @GET
    @Path("/{id}")
    @RolesAllowed(Roles.CASEWORKER)
    @Operation(summary = "Read a probe (test only)")
    @Transactional
    public Map<String, Object> read(@PathParam("id") UUID id) throws Exception {
        try (var c = dataSource.getConnection(); var ps = c.prepareStatement("SELECT label FROM probe WHERE id = ?")) {
            ps.setObject(1, id);
            try (var rs = ps.executeQuery()) {
                if (!rs.next()) {
                    throw Problems.notFound("probe");
                }
                audit.success(AuditTrail.READ, "probe", id);
                return Map.of("id", id, "label", rs.getString(1));
            }
        }
    }

    @POST
    @Path("/boom")
    @RolesAllowed(Roles.CASEWORKER)
    @Operation(summary = "Fail with an internal error (test only)")
    public void boom() {
        throw new IllegalStateException("secret detail: Kari Nordmann, SELECT * FROM person");
    }

    @POST
    @Path("/stale")
    @RolesAllowed(Roles.CASEWORKER)
    @Operation(summary = "Fail with a concurrent change (test only)")
    public void stale() {
        throw new OptimisticLockException("row was updated by another transaction");
    }
}
