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
    /** Pending rows locked for one relay transaction; {@code more} when rows were left for the next one. */
    record Batch(List<OutboxEvent> events, boolean more) {
    }

    /**
     * Locks up to {@code size} pending rows in order and reads those whose stored size, added up in order, stays
     * within {@code maxBytes} (the first always); the others stay pending for the next round.
     */
    @SuppressWarnings("unchecked")
    static Batch lockPendingBatch(int size, long maxBytes) {
        List<Object[]> rows = getEntityManager().createNativeQuery("with locked as (select seq, topic, aggregate_id, "
                        + "envelope from outbox_event where published_at is null order by seq limit ?1 "
                        + "for update skip locked), "
                        + "sized as (select seq, topic, aggregate_id, envelope, count(*) over () as locked, "
                        + "sum(pg_column_size(envelope)) over (order by seq) - pg_column_size(envelope) as before "
                        + "from locked) "
                        + "select seq, topic, aggregate_id, cast(envelope as text), locked from sized "
                        + "where before < ?2 or seq = (select min(seq) from locked) order by seq", Object[].class)
                .setParameter(1, size).setParameter(2, maxBytes).getResultList();
        List<OutboxEvent> batch = new ArrayList<>(rows.size());
        long locked = 0;
        for (Object[] row : rows) {
            OutboxEvent event = new OutboxEvent();
            event.seq = ((Number) row[0]).longValue();
            event.topic = (String) row[1];
            event.aggregateId = (String) row[2];
            event.envelope = (String) row[3];
            locked = ((Number) row[4]).longValue();
            batch.add(event);
        }
        return new Batch(batch, batch.size() == size || locked > batch.size());
    }
}
