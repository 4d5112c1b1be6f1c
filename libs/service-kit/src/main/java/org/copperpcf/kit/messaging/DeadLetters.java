package org.copperpcf.kit.messaging;

import java.nio.charset.StandardCharsets;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.apache.kafka.clients.producer.ProducerRecord;
import org.copperpcf.kit.outbox.OutboxSender;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * Parks a record that can never be applied on a dead-letter topic, for consumers that take a poll's records at a
 * time: there, failing the whole batch would send the good records to the dead-letter topic with the bad one. The
 * headers match what SmallRye's own dead-letter queue writes, so both kinds read the same. Sent with the outbox
 * relay's producer.
 */
@ApplicationScoped
public class DeadLetters {
    private final OutboxSender sender;

    public DeadLetters(OutboxSender sender) {
        this.sender = sender;
    }

    /**
     * Sends {@code value} to {@code topic} and waits for the broker's acknowledgement, so a caller that commits
     * afterwards never loses the record.
     */
    public void send(String topic, String value, String consumer, String reason) {
        ProducerRecord<String, String> record = new ProducerRecord<>(topic, value);
        record.headers().add("dead-letter-reason", reason.getBytes(StandardCharsets.UTF_8));
        record.headers().add("dead-letter-consumer", consumer.getBytes(StandardCharsets.UTF_8));
        try {
            sender.send(record).get(15, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while dead-lettering a record to " + topic, e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("cannot dead-letter a record to " + topic, e);
        }
    }
}
