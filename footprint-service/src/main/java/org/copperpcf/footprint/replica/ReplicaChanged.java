package org.copperpcf.footprint.replica;

import java.util.UUID;

/**
 * A replica row was inserted or changed, fired synchronously (CDI {@code Event.fire}) inside the transaction that
 * changed it, so that what depends on it is scheduled in the same commit; not for an ignored stale or duplicate event.
 *
 * @param kind       {@code factor_release}, {@code process}, {@code template}, {@link #DISCLOSURE} or
 *                   {@link #SUPPLIER_FOOTPRINT}
 * @param key        the release id, the model key, the disclosure id or the PACT footprint id
 * @param supplierId the supplier, for supplier data
 */
public record ReplicaChanged(String kind, String key, UUID supplierId) {
    public static final String FACTOR_RELEASE = "factor_release";
    public static final String SUPPLIER_FOOTPRINT = "supplier_footprint";
    public static final String DISCLOSURE = "disclosure";
}
