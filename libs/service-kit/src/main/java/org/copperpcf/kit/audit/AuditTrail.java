package org.copperpcf.kit.audit;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import io.quarkus.arc.Arc;
import io.quarkus.hibernate.orm.panache.Panache;
import io.quarkus.security.identity.CurrentIdentityAssociation;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;

/**
 * Appends to this service's audit log in the caller's transaction, so an entry exists exactly when its change was
 * committed. Appends are serial: a transaction-scoped advisory lock is taken before the last entry is read, so two
 * writers never link to the same predecessor; the lock is held until the caller commits, which is the price of one
 * unforked chain (record late in a transaction, and use {@link #recordAll} for many changes).
 */
@ApplicationScoped
public class AuditTrail {
    private static final long ADVISORY_LOCK_KEY = 0x61756469745f6c6fL;
    private static final String INSERT = "insert into audit_log (seq, id, recorded_at, actor, role, action, "
            + "entity_type, entity_id, entity_version, supplier_id, before_hash, after_hash, previous_entry_hash, "
            + "entry_hash) select cast(e.seq as bigint), cast(e.id as uuid), cast(e.recorded_at as timestamptz), "
            + "e.actor, e.role, e.action, e.entity_type, e.entity_id, cast(e.entity_version as bigint), "
            + "cast(e.supplier_id as uuid), e.before_hash, e.after_hash, e.previous_entry_hash, e.entry_hash "
            + "from unnest(cast(?1 as text[]), cast(?2 as text[]), cast(?3 as text[]), cast(?4 as text[]), "
            + "cast(?5 as text[]), cast(?6 as text[]), cast(?7 as text[]), cast(?8 as text[]), cast(?9 as text[]), "
            + "cast(?10 as text[]), cast(?11 as text[]), cast(?12 as text[]), cast(?13 as text[]), "
            + "cast(?14 as text[])) as e(seq, id, recorded_at, actor, role, action, entity_type, entity_id, "
            + "entity_version, supplier_id, before_hash, after_hash, previous_entry_hash, entry_hash)";

    private final CurrentIdentityAssociation identities;

    public AuditTrail(CurrentIdentityAssociation identities) {
        this.identities = identities;
    }

    /** Records {@code change} as made by the caller of the current request, or by the system outside one. */
    @Transactional(TxType.MANDATORY)
    public AuditEntry record(AuditChange change) {
        return recordAll(caller(), List.of(change)).get(0);
    }

    @Transactional(TxType.MANDATORY)
    public AuditEntry record(AuditActor actor, AuditChange change) {
        return recordAll(actor, List.of(change)).get(0);
    }

    @Transactional(TxType.MANDATORY)
    public List<AuditEntry> recordAll(List<AuditChange> changes) {
        return recordAll(caller(), changes);
    }

    /** Appends {@code changes} in this order with one lock and one statement, however many there are. */
    @Transactional(TxType.MANDATORY)
    public List<AuditEntry> recordAll(AuditActor actor, List<AuditChange> changes) {
        if (changes.isEmpty()) {
            return List.of();
        }
        EntityManager em = Panache.getEntityManager();
        // Its own statement: under READ COMMITTED the next one then sees whatever the previous holder committed.
        em.createNativeQuery("select count(*) from pg_advisory_xact_lock(?1)").setParameter(1, ADVISORY_LOCK_KEY)
                .getSingleResult();
        @SuppressWarnings("unchecked")
        List<Object[]> last = em.createNativeQuery("select seq, entry_hash from audit_log order by seq desc limit 1")
                .getResultList();
        long sequence = last.isEmpty() ? 0 : ((Number) last.get(0)[0]).longValue();
        String previous = last.isEmpty() ? null : (String) last.get(0)[1];
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        List<AuditEntry> entries = new ArrayList<>(changes.size());
        String[][] columns = new String[14][changes.size()];
        for (int i = 0; i < changes.size(); i++) {
            AuditChange c = changes.get(i);
            AuditEntry unhashed = new AuditEntry(++sequence, UUID.randomUUID(), now, actor.name(), actor.role(),
                    c.action(), c.entityType(), c.entityId(), c.entityVersion(), c.supplierId(), c.beforeHash(),
                    c.afterHash(), previous, null);
            previous = AuditChain.hash(unhashed);
            AuditEntry e = new AuditEntry(unhashed.sequence(), unhashed.id(), now, unhashed.actor(), unhashed.role(),
                    c.action(), c.entityType(), c.entityId(), c.entityVersion(), c.supplierId(), c.beforeHash(),
                    c.afterHash(), unhashed.previousEntryHash(), previous);
            entries.add(e);
            Object[] values = {e.sequence(), e.id(), AuditChain.TIME.format(now), e.actor(), e.role(), e.action(),
                    e.entityType(), e.entityId(), e.entityVersion(), e.supplierId(), e.beforeHash(), e.afterHash(),
                    e.previousEntryHash(), e.entryHash()};
            for (int column = 0; column < values.length; column++) {
                columns[column][i] = values[column] == null ? null : values[column].toString();
            }
        }
        var insert = em.createNativeQuery(INSERT);
        for (int column = 0; column < columns.length; column++) {
            insert.setParameter(column + 1, columns[column]);
        }
        insert.executeUpdate();
        return entries;
    }

    /** The caller of the current request; the system for scheduled work, startup and consumers. */
    public AuditActor caller() {
        if (!Arc.container().requestContext().isActive()) {
            return AuditActor.SYSTEM;
        }
        return AuditActor.of(identities.getIdentity());
    }
}
