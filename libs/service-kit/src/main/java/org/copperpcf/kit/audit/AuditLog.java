package org.copperpcf.kit.audit;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;

/** Reads the audit log: filtered pages for readers, and the whole chain page by page for verification. */
@ApplicationScoped
public class AuditLog {
    static final int VERIFY_PAGE = 1000;
    private static final String COLUMNS = "select seq, cast(id as text), "
            + "to_char(recorded_at at time zone 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS.US\"Z\"'), actor, role, action, "
            + "entity_type, entity_id, entity_version, cast(supplier_id as text), before_hash, after_hash, "
            + "previous_entry_hash, entry_hash from audit_log";

    /** Every filter is optional and they combine with AND; {@code to} is exclusive. */
    public record Filter(String entityType, String entityId, String actor, String action, UUID supplierId,
                         Instant from, Instant to) {
    }

    /** Up to {@code limit} entries after sequence {@code after}, oldest first. */
    @Transactional(TxType.SUPPORTS)
    public List<AuditEntry> page(Filter filter, long after, int limit) {
        StringBuilder sql = new StringBuilder(COLUMNS).append(" where seq > ?1");
        List<Object> parameters = new ArrayList<>(List.of(after));
        condition(sql, parameters, "entity_type = ?", filter.entityType());
        condition(sql, parameters, "entity_id = ?", filter.entityId());
        condition(sql, parameters, "actor = ?", filter.actor());
        condition(sql, parameters, "action = ?", filter.action());
        condition(sql, parameters, "supplier_id = cast(? as uuid)",
                filter.supplierId() == null ? null : filter.supplierId().toString());
        condition(sql, parameters, "recorded_at >= ?", filter.from());
        condition(sql, parameters, "recorded_at < ?", filter.to());
        sql.append(" order by seq limit ").append(limit);
        Query query = Panache.getEntityManager().createNativeQuery(sql.toString());
        for (int i = 0; i < parameters.size(); i++) {
            query.setParameter(i + 1, parameters.get(i));
        }
        return read(query);
    }

    /** Recomputes the whole chain, {@value #VERIFY_PAGE} entries at a time, and stops at the first break. */
    @Transactional(TxType.SUPPORTS)
    public AuditVerification verify() {
        AuditChain.Verifier verifier = new AuditChain.Verifier();
        long after = 0;
        List<AuditEntry> page;
        do {
            page = read(Panache.getEntityManager()
                    .createNativeQuery(COLUMNS + " where seq > ?1 order by seq limit " + VERIFY_PAGE)
                    .setParameter(1, after));
            for (AuditEntry entry : page) {
                if (!verifier.accept(entry)) {
                    return verifier.result();
                }
                after = entry.sequence();
            }
            Panache.getEntityManager().clear();
        } while (page.size() == VERIFY_PAGE);
        return verifier.result();
    }

    private static void condition(StringBuilder sql, List<Object> parameters, String clause, Object value) {
        if (value != null) {
            parameters.add(value);
            sql.append(" and ").append(clause.replace("?", "?" + parameters.size()));
        }
    }

    @SuppressWarnings("unchecked")
    private static List<AuditEntry> read(Query query) {
        return ((List<Object[]>) query.getResultList()).stream().map(r -> new AuditEntry(
                ((Number) r[0]).longValue(), UUID.fromString((String) r[1]), Instant.parse((String) r[2]),
                (String) r[3], (String) r[4], (String) r[5], (String) r[6], (String) r[7],
                r[8] == null ? null : ((Number) r[8]).longValue(), r[9] == null ? null : UUID.fromString((String) r[9]),
                (String) r[10], (String) r[11], (String) r[12], (String) r[13])).toList();
    }
}
