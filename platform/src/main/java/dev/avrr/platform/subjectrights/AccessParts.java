package dev.avrr.platform.subjectrights;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import dev.avrr.platform.audit.AuditTrail;
import dev.avrr.platform.events.EventTypes;
import dev.avrr.platform.events.Events;
import dev.avrr.platform.outbox.Outbox;
import dev.avrr.platform.time.Now;
import dev.avrr.vocabulary.events.AccessPartAssembled;
import dev.avrr.vocabulary.events.AccessRequested;

/**
 * A service's part of a person's access request (docs/data-protection.md#access): who read the person's records,
 * from the service's own audit trail, and the part announced — sealed — in the transaction that assembled it, which
 * is audited as an export. Every service that holds a case's people answers the same way.
 */
@ApplicationScoped
public class AccessParts {

    /** The audit trail's name for an access request's part. */
    public static final String RESOURCE = "access-request";

    private static final String LOG = "SELECT occurred_at, org, roles, action, resource_type, outcome FROM audit_entry "
            + "WHERE resource_type = ? AND resource_id = ANY (?) ORDER BY occurred_at, id";

    @Inject
    DataSource dataSource;

    @Inject
    Outbox outbox;

    @Inject
    Events events;

    @Inject
    AuditTrail audit;

    /**
     * Every access to the given records, oldest first.
     *
     * @param records the ids of the records, by the audit trail's resource type
     */
    public List<AccessPartAssembled.AccessEntry> accessLog(Map<String, ? extends Collection<?>> records) {
        List<AccessPartAssembled.AccessEntry> entries = new ArrayList<>();
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(LOG)) {
            for (Map.Entry<String, ? extends Collection<?>> type : records.entrySet()) {
                if (type.getValue().isEmpty()) {
                    continue;
                }
                ps.setString(1, type.getKey());
                ps.setArray(2, c.createArrayOf("text", type.getValue().stream().map(Object::toString).toArray()));
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        entries.add(new AccessPartAssembled.AccessEntry(rs.getObject(1, OffsetDateTime.class),
                                rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6)));
                    }
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read the audit trail", e);
        }
        entries.sort(Comparator.comparing(AccessPartAssembled.AccessEntry::at));
        return List.copyOf(entries);
    }

    /**
     * Announces this service's part of the request, sealed, keyed as the service's topic is.
     *
     * @param type the service's own type: {@link AccessPartAssembled#REFERRAL}, {@link AccessPartAssembled#GRANT} or
     *             {@link AccessPartAssembled#MONITORING}
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void contribute(String type, AccessRequested request, AccessPartAssembled.Part part) {
        boolean referral = EventTypes.REFERRAL_TOPIC.equals(EventTypes.topicOf(type));
        if (referral && request.referralId() == null) {
            throw new IllegalArgumentException("referral-service's part is keyed by the referral");
        }
        String key = (referral ? request.referralId() : request.caseId()).toString();
        outbox.add(key, events.createWithPersonal(type, key, new AccessPartAssembled(request.requestId(),
                request.caseId(), request.referralId(), Now.time()), part));
        audit.success(AuditTrail.EXPORT, RESOURCE, request.requestId());
    }
}
