package dev.avrr.monitoring.notifications;

import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import dev.avrr.platform.protection.ProtectedString;
import dev.avrr.platform.protection.ServiceRecord;
import dev.avrr.platform.sharing.Viewer;

/**
 * An office's or a mission's signed webhook for one channel; its signing secret is protected at rest. It holds the
 * roles, organisation and country of the token that registered it: the sharing rule sees the subscriber as that
 * token, so a subscription never receives what its owner could not read.
 */
@Entity
@Table(name = "notification_subscription")
public class NotificationSubscription implements ServiceRecord {

    @Id
    public UUID id;

    @Column(nullable = false)
    public String org;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Channel channel;

    /** The subscriber's roles that the sharing rule knows (caseworker, mission), comma separated. */
    @Column(nullable = false)
    public String roles;

    @Column
    public String country;

    @Column(nullable = false)
    public String url;

    @Convert(converter = ProtectedString.class)
    @Column(nullable = false)
    public String secret;

    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;

    @Column(name = "updated_at", nullable = false)
    public OffsetDateTime updatedAt;

    @Version
    public long version;

    /** The subscriber as the sharing rule sees it. */
    public Viewer viewer() {
        Set<String> r = Arrays.stream(roles.split(",")).filter(s -> !s.isBlank()).collect(Collectors.toSet());
        return new Viewer(r, Optional.of(org), Optional.ofNullable(country));
    }
}
