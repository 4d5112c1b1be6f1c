package org.copperpcf.footprint.replica;

import java.util.UUID;

/**
 * A replica row was inserted or changed, fired synchronously inside the transaction that changed it, so that what
 * depends on it is scheduled in the same commit.
 *
 * @param kind       {@code factor_release}, {@code process}, {@code template}, {@code disclosure} or
 *                   {@code supplier_footprint}
 * @param key        the release id, the model key, the disclosure id or the PACT footprint id
 * @param supplierId the supplier, for supplier data
 */
public record ReplicaChanged(String kind, String key, UUID supplierId) {
}
