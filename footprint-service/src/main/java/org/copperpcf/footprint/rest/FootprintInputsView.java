package org.copperpcf.footprint.rest;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.copperpcf.contracts.factor.FactorSource;
import org.copperpcf.contracts.footprint.FootprintPublished;
import org.copperpcf.footprint.model.FootprintVersion;
import org.copperpcf.footprint.service.FootprintHistoryService;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * The version of a footprint current at {@code at}, with its inputs as they were: template and process versions,
 * the factor release with each factor used, and the supplier data with their status at that moment.
 *
 * @param factorRelease null when the release has left the replica (the lineage still names it)
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record FootprintInputsView(UUID footprintId, UUID versionId, int version, Instant calculatedAt, Instant at,
                                  String resultHash, Input template, List<Input> processes, Release factorRelease,
                                  String gwpSet, List<Supplied> supplierData) {

    /** A template or process version. */
    public record Input(String key, Integer version, String contentHash) {
    }

    public record Release(String name, UUID id, long version, Instant publishedAt, List<Factor> factors) {
    }

    /** A factor as the release had it: kg CO2e per unit and where it comes from. */
    public record Factor(String key, BigDecimal value, String unit, FactorSource source) {
    }

    /** @param status at {@code at}; absent when the replica cannot tell */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Supplied(String role, UUID supplierId, String product, String kind, UUID id, Long version,
                           String contentHash, String status) {
    }

    static FootprintInputsView of(FootprintVersion version, Instant at, FootprintHistoryService.Inputs inputs) {
        FootprintHistoryService.Release held = inputs.factorRelease();
        Release release = held == null ? null : new Release(held.name(), held.id(), held.version(),
                held.publishedAt(), held.factors().stream().map(f -> new Factor(f.key(), f.co2ePerUnit(), f.unit(),
                f.source())).toList());
        return new FootprintInputsView(version.footprintId, version.id, version.version, version.calculatedAt, at,
                version.resultHash, input(inputs.template()),
                inputs.processes().stream().map(FootprintInputsView::input).toList(), release, inputs.gwpSet(),
                inputs.supplierData().stream().map(s -> {
                    FootprintPublished.SupplierInput in = s.input();
                    return new Supplied(in.role(), in.supplierId(), in.product(), in.kind(), in.id(), in.version(),
                            in.contentHash(), s.status());
                }).toList());
    }

    private static Input input(FootprintPublished.InputRef ref) {
        return new Input(ref.key(), ref.version(), ref.contentHash());
    }
}
