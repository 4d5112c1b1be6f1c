package org.copperpcf.footprint.replica;

import java.util.UUID;

/**
 * Fired synchronously (CDI {@code Event.fire}, inside the replica's transaction) after a replica row was inserted or
 * changed; not for an ignored stale or duplicate event. Observers learn which input changed, e.g. to recalculate
 * the footprints that depend on it.
 *
 * @param kind       {@link #SUPPLIER_FOOTPRINT} or {@link #DISCLOSURE}
 * @param key        the replicated aggregate's id: the PACT footprint id or the disclosure id
 * @param supplierId the supplier it belongs to
 */
public record ReplicaChanged(String kind, String key, UUID supplierId) {
    public static final String SUPPLIER_FOOTPRINT = "supplier_footprint";
    public static final String DISCLOSURE = "disclosure";
}
