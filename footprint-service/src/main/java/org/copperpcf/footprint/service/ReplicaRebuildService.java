package org.copperpcf.footprint.service;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;

/** The database half of a replica rebuild: empties the replica tables and their consumers' inbox entries. */
@ApplicationScoped
@Transactional(TxType.REQUIRED)
public class ReplicaRebuildService {

    /**
     * Empties {@code tables} (children before parents) and the {@code processed_event} rows of {@code consumers},
     * in one transaction, so a replayed event is applied again instead of being recognised as seen. It first locks
     * {@code recalculation_request} and then those tables exclusively: a recalculation batch that is running (it
     * holds row locks on its requests) finishes before anything is emptied, and writers wait until the commit.
     *
     * @return rows deleted per table, in the order given, then {@code processed_event}
     */
    public Map<String, Integer> empty(List<String> tables, List<String> consumers) {
        var entityManager = Panache.getEntityManager();
        entityManager.createNativeQuery("lock table recalculation_request, processed_event, " + String.join(", ", tables)
                + " in exclusive mode").executeUpdate();
        Map<String, Integer> deleted = new LinkedHashMap<>();
        for (String table : tables) {
            deleted.put(table, entityManager.createNativeQuery("delete from " + table).executeUpdate());
        }
        deleted.put("processed_event", entityManager.createNativeQuery("delete from processed_event "
                + "where consumer = any(cast(?1 as text[]))").setParameter(1, consumers.toArray(String[]::new))
                .executeUpdate());
        entityManager.clear();
        return deleted;
    }
}
