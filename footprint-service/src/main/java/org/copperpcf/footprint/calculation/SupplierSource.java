package org.copperpcf.footprint.calculation;

import java.util.Optional;
import java.util.UUID;

import org.copperpcf.contracts.footprint.FootprintSpecification;

/** Where a calculation finds supplier data: the current replicas, or the exact disclosures a lineage names. */
public interface SupplierSource {
    /** The accepted disclosure of a supplier's product (a supplier product code) to use. */
    Optional<SupplierData.Activity> disclosure(UUID supplierId, String product, UUID facilityId,
                                               FootprintSpecification.Period period);

    /** The supplier's newest active PACT footprint of a product (a supplier product code). */
    Optional<SupplierData.Pcf> supplierFootprint(UUID supplierId, String product);

    /** Whether any data of this supplier has reached footprint-service. */
    boolean known(UUID supplierId);
}
