package dev.avrr.platform.events;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Event type names {@code avrr.<service>.<event>.v<n>}, and the topic of each producing service. */
public final class EventTypes {

    private static final Pattern TYPE = Pattern.compile("avrr\\.(referral|case|grant|monitoring)\\.[a-z][a-z0-9-]*\\.v[1-9][0-9]*");

    public static final String REFERRAL_TOPIC = "avrr.referral";
    public static final String CASE_TOPIC = "avrr.case";
    public static final String GRANT_TOPIC = "avrr.grant";
    public static final String MONITORING_TOPIC = "avrr.monitoring";

    private EventTypes() {
    }

    public static String producer(String type) {
        Matcher m = TYPE.matcher(type == null ? "" : type);
        if (!m.matches()) {
            throw new IllegalArgumentException("Not an AVRR event type: avrr.<service>.<event>.v<n>");
        }
        return m.group(1);
    }

    /** The CloudEvents {@code source} of this type's producer, {@code /avrr/<service>-service}. */
    public static String sourceOf(String type) {
        return "/avrr/" + producingService(type);
    }

    /** The service that produces events of this type, {@code <service>-service}. */
    public static String producingService(String type) {
        return producer(type) + "-service";
    }

    /**
     * The compacted topic of a producer's event keys ({@code avrr.<producer>.keys}): the key of each subject whose
     * events carry a sealed part, and its tombstone once the subject was erased (docs/data-protection.md).
     */
    public static String keyTopicOf(String producer) {
        return "avrr." + producer + ".keys";
    }

    /** What the outbox names a key record of this producer (not an event: it has no envelope). */
    public static String keyRecordTypeOf(String producer) {
        return "avrr." + producer + ".subject-key";
    }

    /** The producers, as the event types name them. */
    public static java.util.List<String> producers() {
        return java.util.List.of("referral", "case", "grant", "monitoring");
    }

    /** The topic that carries events of this type: one topic per producing service. */
    public static String topicOf(String type) {
        return "avrr." + producer(type);
    }
}
