package dev.avrr.platform.inbox;

import java.util.function.BiConsumer;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.reactive.messaging.Metadata;
import org.jboss.logging.Logger;

import dev.avrr.platform.faults.EventRejectedException;
import io.smallrye.common.annotation.Identifier;
import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.kafka.IncomingKafkaRecord;
import io.smallrye.reactive.messaging.kafka.KafkaConnectorIncomingConfiguration;
import io.smallrye.reactive.messaging.kafka.KafkaConsumer;
import io.smallrye.reactive.messaging.kafka.fault.KafkaFailureHandler;
import io.vertx.mutiny.core.Vertx;

/**
 * The consumers' failure strategy ({@code failure-strategy=park-poison}): only a poison event — one the inbox
 * refused for good, an {@link EventRejectedException} — goes to the channel's dead-letter topic
 * ({@code dead-letter-queue.*} settings, as for the connector's own strategy). Any other failure that reaches
 * the connector (the service stopping while it waits out a fault, an error outside the inbox) stops the channel
 * without committing the record: the service reports itself unhealthy, and after its restart the record is
 * delivered again. So no fault of the infrastructure ever turns an accepted step into a dead letter.
 */
@ApplicationScoped
@Identifier(ParkPoison.STRATEGY)
public class ParkPoison implements KafkaFailureHandler.Factory {

    public static final String STRATEGY = "park-poison";
    private static final Logger LOG = Logger.getLogger(ParkPoison.class);

    @Inject
    @Identifier(KafkaFailureHandler.Strategy.DEAD_LETTER_QUEUE)
    KafkaFailureHandler.Factory deadLetters;

    @Inject
    @Identifier(KafkaFailureHandler.Strategy.FAIL)
    KafkaFailureHandler.Factory stop;

    @Override
    public KafkaFailureHandler create(KafkaConnectorIncomingConfiguration config, Vertx vertx,
            KafkaConsumer<?, ?> consumer, BiConsumer<Throwable, Boolean> reportFailure) {
        KafkaFailureHandler park = deadLetters.create(config, vertx, consumer, reportFailure);
        KafkaFailureHandler halt = stop.create(config, vertx, consumer, reportFailure);
        String channel = config.getChannel();
        return new KafkaFailureHandler() {
            @Override
            public <K, V> Uni<Void> handle(IncomingKafkaRecord<K, V> record, Throwable reason, Metadata metadata) {
                if (poison(reason)) {
                    return park.handle(record, reason, metadata);
                }
                LOG.errorf("Channel %s stops on %s at %s-%d offset %d: the record stays unprocessed and is delivered "
                        + "again after a restart", channel, EventRejectedException.safeReason(reason), record.getTopic(),
                        record.getPartition(), record.getOffset());
                return halt.handle(record, reason, metadata);
            }

            @Override
            public void terminate() {
                park.terminate();
                halt.terminate();
            }
        };
    }

    /** Whether the failure is the inbox's final refusal of the event. */
    static boolean poison(Throwable reason) {
        for (Throwable t = reason; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof EventRejectedException) {
                return true;
            }
        }
        return false;
    }
}
