package org.copperpcf.footprint.rest;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.copperpcf.contracts.EventJson;
import org.copperpcf.footprint.replica.ReplicatedSupplierFootprint;

import com.fasterxml.jackson.databind.JsonNode;

/** A replicated supplier PACT footprint: the lifted fields, the whole document and how it arrived. */
public record ReplicatedSupplierFootprintView(UUID pfId, long version, String status, UUID supplierId,
                                              List<String> companyIds, String companyName, List<String> productIds,
                                              String productDescription, String product, List<String> precedingPfIds,
                                              String declaredUnit, BigDecimal declaredUnitAmount,
                                              BigDecimal productMassPerDeclaredUnit, Instant referencePeriodStart,
                                              Instant referencePeriodEnd, String geography,
                                              BigDecimal pcfExcludingBiogenicUptake,
                                              BigDecimal pcfIncludingBiogenicUptake, BigDecimal fossilGhgEmissions,
                                              BigDecimal primaryDataShare, Instant receivedAt, JsonNode document,
                                              UUID lastEventId, int receivedEvents, Instant updatedAt) {

    static ReplicatedSupplierFootprintView of(ReplicatedSupplierFootprint f) {
        return new ReplicatedSupplierFootprintView(f.pfId, f.version, f.status, f.supplierId, List.of(f.companyIds),
                f.companyName, List.of(f.productIds), f.productDescription, f.product, List.of(f.precedingPfIds),
                f.declaredUnit, f.declaredUnitAmount, f.productMassPerDeclaredUnit, f.referencePeriodStart,
                f.referencePeriodEnd, f.geography, f.pcfExcludingBiogenicUptake, f.pcfIncludingBiogenicUptake,
                f.fossilGhgEmissions, f.primaryDataShare, f.receivedAt, EventJson.readTree(f.document),
                f.lastEventId, f.receivedEvents, f.updatedAt);
    }
}
