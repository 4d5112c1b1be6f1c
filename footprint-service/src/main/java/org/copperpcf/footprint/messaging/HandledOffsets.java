package org.copperpcf.footprint.messaging;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.apache.kafka.common.TopicPartition;
import org.eclipse.microprofile.reactive.messaging.Message;

import io.smallrye.reactive.messaging.IncomingInterceptor;
import io.smallrye.reactive.messaging.kafka.api.IncomingKafkaRecordMetadata;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * How far each partition has been handled in this process: the offset after the last record whose processing
 * finished (acknowledged, or nacked and so dead-lettered). The consumer group's committed offsets cannot show a
 * replay's progress: the connector's throttled commit strategy ignores offsets at or below the highest it has
 * seen, so it commits nothing while replayed records are processed. As the default incoming interceptor it sees
 * every Kafka channel that has none of its own.
 */
@ApplicationScoped
public class HandledOffsets implements IncomingInterceptor {
    private final Map<TopicPartition, Long> next = new ConcurrentHashMap<>();

    @Override
    public void onMessageAck(Message<?> message) {
        handled(message);
    }

    @Override
    public void onMessageNack(Message<?> message, Throwable failure) {
        handled(message);
    }

    /** The offset after the last record handled since {@link #restart}, or null when none was. */
    Long position(TopicPartition partition) {
        return next.get(partition);
    }

    /** Forgets what was handled of these partitions: they are about to be read again from these offsets. */
    void restart(Map<TopicPartition, Long> from) {
        next.putAll(from);
    }

    private void handled(Message<?> message) {
        message.getMetadata(IncomingKafkaRecordMetadata.class).ifPresent(record -> next.put(
                new TopicPartition(record.getTopic(), record.getPartition()), record.getOffset() + 1));
    }
}
