package org.copperpcf.footprint.calculation;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import org.copperpcf.contracts.EventJson;
import org.copperpcf.contracts.footprint.FootprintSpecification;
import org.copperpcf.contracts.supplier.DisclosureAccepted;
import org.copperpcf.footprint.replica.ReplicatedDisclosure;
import org.copperpcf.footprint.replica.ReplicatedSupplierFootprint;

import jakarta.enterprise.context.ApplicationScoped;

/** Supplier data from the replicas: accepted disclosures (parsed once per version) and whether a supplier is known. */
@ApplicationScoped
public class SupplierData implements SupplierSource {
    private static final int CACHE_LIMIT = 2_000;

    private final Map<String, DisclosureAccepted> parsed = new ConcurrentHashMap<>();

    /**
     * A supplier's PACT footprint: per declared unit, the product mass in kg, the total excluding biogenic uptake,
     * the fossil part and the primary data share in percent (if declared).
     */
    public record Pcf(UUID id, long version, String contentHash, UUID supplierId, String companyName,
                      BigDecimal productMassPerDeclaredUnit, BigDecimal pcfExcludingBiogenicUptake,
                      BigDecimal fossilGhgEmissions, BigDecimal primaryDataShare) {
    }

    /** An accepted disclosure and its replica row. */
    public record Activity(UUID id, long version, String contentHash, DisclosureAccepted content) {
    }

    /**
     * The accepted disclosure of {@code product} (a supplier product code such as {@code cathode}) that covers the
     * period (null: the newest), of the facility if given.
     */
    @Override
    public Optional<Activity> disclosure(UUID supplierId, String product, UUID facilityId,
                                         FootprintSpecification.Period period) {
        return ReplicatedDisclosure.usable(supplierId, product, facilityId, period == null ? null : period.start(),
                period == null ? null : period.end()).map(this::activity);
    }

    /** A disclosure by id, whatever its status now: what a reproduction of an older version needs. */
    public Optional<Activity> byId(UUID disclosureId) {
        return ReplicatedDisclosure.<ReplicatedDisclosure>findByIdOptional(disclosureId)
                .filter(row -> row.content != null).map(this::activity);
    }

    private Activity activity(ReplicatedDisclosure row) {
        if (parsed.size() > CACHE_LIMIT) {
            parsed.clear();
        }
        DisclosureAccepted content = parsed.computeIfAbsent(row.disclosureId + "/" + row.version,
                k -> EventJson.fromJson(row.content, DisclosureAccepted.class));
        return new Activity(row.disclosureId, row.version, row.contentHash, content);
    }

    @Override
    public Optional<Pcf> supplierFootprint(UUID supplierId, String product) {
        return ReplicatedSupplierFootprint.latestFor(supplierId, product).map(SupplierData::pcf);
    }

    /** A supplier PCF by id, whatever its status now. */
    public Optional<Pcf> supplierFootprintById(UUID pfId) {
        return ReplicatedSupplierFootprint.<ReplicatedSupplierFootprint>findByIdOptional(pfId).map(SupplierData::pcf);
    }

    private static Pcf pcf(ReplicatedSupplierFootprint row) {
        return new Pcf(row.pfId, row.version, EventJson.contentHash(EventJson.readTree(row.document)), row.supplierId,
                row.companyName, row.productMassPerDeclaredUnit, row.pcfExcludingBiogenicUptake,
                row.fossilGhgEmissions, row.primaryDataShare);
    }

    @Override
    public boolean known(UUID supplierId) {
        return ReplicatedDisclosure.knownSupplier(supplierId)
                || ReplicatedSupplierFootprint.count("supplierId", supplierId) > 0;
    }
}
