package org.copperpcf.kit.outbox;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** An event written in the same transaction as the state change it announces, waiting for the relay. */
@Entity
@Table(name = "outbox_event")
public class OutboxEvent extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long seq;

    @Column(nullable = false, unique = true, updatable = false)
    public UUID id;

    @Column(nullable = false, updatable = false)
    public String topic;

    @Column(name = "aggregate_id", nullable = false, updatable = false)
    public String aggregateId;

    @Column(name = "event_type", nullable = false, updatable = false)
    public String eventType;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false, updatable = false, columnDefinition = "jsonb")
    public String envelope;

    @Column(name = "created_at", nullable = false, updatable = false)
    public Instant createdAt;

    @Column(name = "published_at")
    public Instant publishedAt;

    /**
     * The oldest unsent rows, locked; rows another relay holds are skipped rather than waited for. They are read as
     * plain rows, not managed entities (nothing to track: the relay marks them sent with one update).
     */
    @SuppressWarnings("unchecked")
    static List<OutboxEvent> lockPendingBatch(int size) {
        List<Object[]> rows = getEntityManager().createNativeQuery("select seq, topic, aggregate_id, "
                        + "cast(envelope as text) from outbox_event where published_at is null order by seq "
                        + "limit ?1 for update skip locked", Object[].class)
                .setParameter(1, size).getResultList();
        List<OutboxEvent> batch = new ArrayList<>(rows.size());
        for (Object[] row : rows) {
            OutboxEvent event = new OutboxEvent();
            event.seq = ((Number) row[0]).longValue();
            event.topic = (String) row[1];
            event.aggregateId = (String) row[2];
            event.envelope = (String) row[3];
            batch.add(event);
        }
        return batch;
    }
}
