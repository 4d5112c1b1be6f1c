package org.copperpcf.kit.outbox;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.Future;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.serialization.StringSerializer;
import org.copperpcf.contracts.CloudEvent;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The relay's Kafka producer: idempotent, acknowledged by all in-sync replicas, and quick to fail when the broker is
 * away (the rows simply wait for the next round). Batches of up to 512 KB per partition (events of several KB each
 * would otherwise go a few per request). Made on first use, so a service boots without a broker.
 */
@ApplicationScoped
public class OutboxSender {
    private final String bootstrapServers;
    private Producer<String, String> producer;

    public OutboxSender(@ConfigProperty(name = "kafka.bootstrap.servers") String bootstrapServers) {
        this.bootstrapServers = bootstrapServers;
    }

    Future<RecordMetadata> send(OutboxEvent row) {
        ProducerRecord<String, String> record = new ProducerRecord<>(row.topic, row.aggregateId, row.envelope);
        record.headers().add("content-type", CloudEvent.CONTENT_TYPE.getBytes(StandardCharsets.UTF_8));
        return send(record);
    }

    /** Sends any record with the relay's producer (the kit's dead letters use it too). */
    public Future<RecordMetadata> send(ProducerRecord<String, String> record) {
        return producer().send(record);
    }

    private synchronized Producer<String, String> producer() {
        if (producer == null) {
            producer = new KafkaProducer<>(Map.of(
                    ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                    ProducerConfig.CLIENT_ID_CONFIG, "outbox-relay",
                    ProducerConfig.ACKS_CONFIG, "all",
                    ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true,
                    ProducerConfig.MAX_BLOCK_MS_CONFIG, 5_000,
                    ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, 5_000,
                    ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, 10_000,
                    ProducerConfig.LINGER_MS_CONFIG, 2,
                    ProducerConfig.BATCH_SIZE_CONFIG, 512 * 1024,
                    ProducerConfig.MAX_REQUEST_SIZE_CONFIG, 8 * 1024 * 1024),
                    new StringSerializer(), new StringSerializer());
        }
        return producer;
    }

    @PreDestroy
    synchronized void close() {
        if (producer != null) {
            producer.close();
        }
    }
}
