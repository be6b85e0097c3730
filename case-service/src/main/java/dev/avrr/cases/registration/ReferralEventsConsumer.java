package dev.avrr.cases.registration;

import java.util.concurrent.CompletionStage;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import org.eclipse.microprofile.reactive.messaging.Incoming;

import dev.avrr.cases.consent.Consents;
import dev.avrr.cases.export.DataProtectionRequests;
import dev.avrr.platform.events.EventEnvelope;
import dev.avrr.platform.events.EventTypes;
import dev.avrr.platform.inbox.Inbox;
import dev.avrr.platform.inbox.Subscription;
import dev.avrr.vocabulary.events.AccessPartAssembled;
import dev.avrr.vocabulary.events.ErasureAnswered;
import dev.avrr.vocabulary.events.ReferralAccepted;
import dev.avrr.vocabulary.events.ReferralApplicationSigned;
import dev.avrr.vocabulary.events.ReferralConsentGiven;
import dev.avrr.vocabulary.events.ReferralConsentWithdrawn;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.reactive.messaging.annotations.Blocking;
import io.smallrye.reactive.messaging.kafka.KafkaRecordBatch;

/**
 * Reads referral-service's topic, each event exactly once: an accepted referral becomes a case; a consent to
 * share with IOM withdrawn stops sharing from the case; a signed application is noted on it; referral-service's
 * part of an access request, and its answers to an erasure, join their requests. Other types are
 * not case-service's concern.
 */
@ApplicationScoped
public class ReferralEventsConsumer {

    static final Subscription CONSUMER = new Subscription("case-service.referral-events", EventTypes.REFERRAL_TOPIC);

    @Inject
    Inbox inbox;

    @Inject
    CaseRegistration registration;

    @Inject
    Consents consents;

    @Inject
    DataProtectionRequests requests;

    @Incoming("referral-events")
    @Blocking
    public CompletionStage<Void> consume(KafkaRecordBatch<String, String> batch) {
        return inbox.receiveBatch(CONSUMER, batch.getRecords(), this::apply);
    }

    /** Named at start, so that an operator can redrive this consumer's parked events before it receives any. */
    void register(@Observes StartupEvent start) {
        inbox.register(CONSUMER, this::apply);
    }

    private void apply(EventEnvelope event) {
        switch (event.type()) {
            case ReferralAccepted.TYPE -> registration.onReferralAccepted(event);
            case ReferralConsentWithdrawn.TYPE -> consents.onReferralConsentWithdrawn(event);
            case ReferralConsentGiven.TYPE -> consents.onReferralConsentGiven(event);
            case ReferralApplicationSigned.TYPE -> consents.onApplicationSigned(event);
            case AccessPartAssembled.REFERRAL -> requests.onPart(event);
            case ErasureAnswered.REFERRAL -> requests.onErasureAnswer(event);
            default -> {
            }
        }
    }
}
