package org.copperpcf.footprint.service;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.copperpcf.contracts.EventJson;
import org.copperpcf.contracts.factor.ReleasedFactor;
import org.copperpcf.contracts.footprint.FootprintPublished;
import org.copperpcf.footprint.calculation.ReplicaReader;
import org.copperpcf.footprint.calculation.SupplyNetwork;
import org.copperpcf.footprint.model.FootprintVersion;
import org.copperpcf.footprint.replica.ReplicatedDisclosure;
import org.copperpcf.footprint.replica.ReplicatedFactorRelease;
import org.copperpcf.footprint.replica.ReplicatedSupplierFootprint;
import org.copperpcf.kit.problem.ProblemException;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;

/**
 * A footprint as it stood at a moment: the version current then (the newest calculated at or before it; its
 * successor, if any, was calculated after) and that version's inputs as the replicas hold them.
 */
@ApplicationScoped
@Transactional(value = TxType.SUPPORTS, dontRollbackOn = ProblemException.class)
public class FootprintHistoryService {
    private final ReplicaReader replicas;

    public FootprintHistoryService(ReplicaReader replicas) {
        this.replicas = replicas;
    }

    /** The inputs of one version; {@code factorRelease} is null when the release has left the replica. */
    public record Inputs(FootprintPublished.InputRef template, List<FootprintPublished.InputRef> processes,
                         Release factorRelease, String gwpSet, List<Supplied> supplierData) {
    }

    /** The factor release a version used, with the factors it used (a factor the release lacks is left out). */
    public record Release(String name, UUID id, long version, Instant publishedAt, List<ReleasedFactor> factors) {
    }

    /**
     * Supplier data a version used.
     *
     * @param status its status at the moment asked about, or null when the replica cannot tell
     */
    public record Supplied(FootprintPublished.SupplierInput input, String status) {
    }

    /** The version current at {@code at}, or empty when the footprint had none yet. */
    public Optional<FootprintVersion> asOf(UUID footprintId, Instant at) {
        return FootprintVersion.<FootprintVersion>find("footprintId = ?1 and calculatedAt <= ?2 "
                + "order by calculatedAt desc, version desc", footprintId, at).firstResultOptional();
    }

    /** What {@code version} was computed from, with supplier data statuses as they were at {@code at}. */
    public Inputs inputs(FootprintVersion version, Instant at) {
        FootprintPublished.Lineage lineage = EventJson.fromJson(version.lineage, FootprintPublished.Lineage.class);
        Release release = replicas.releaseIfPresent(lineage.factorRelease().id()).map(held -> {
            List<ReleasedFactor> used = lineage.factors().stream().map(held.factors()::get)
                    .filter(factor -> factor != null).toList();
            Instant publishedAt = ReplicatedFactorRelease.<ReplicatedFactorRelease>findById(held.id()).publishedAt;
            return new Release(held.name(), held.id(), held.version(), publishedAt, used);
        }).orElse(null);
        List<Supplied> supplied = new ArrayList<>();
        if (lineage.supplierData() != null) {
            for (FootprintPublished.SupplierInput input : lineage.supplierData()) {
                supplied.add(new Supplied(input, statusAt(input, at)));
            }
        }
        return new Inputs(lineage.template(), lineage.processes(), release, lineage.gwpSet(), supplied);
    }

    /**
     * The replica holds the latest state with the time it arrived. A state that arrived by {@code at} was the
     * status then. Before that a disclosure was accepted (its states only move on from accepted) if it had been
     * accepted by then; a supplier's PACT footprint's earlier state is not known.
     */
    private static String statusAt(FootprintPublished.SupplierInput input, Instant at) {
        if (SupplyNetwork.Origin.DISCLOSURE.equals(input.kind())) {
            ReplicatedDisclosure held = ReplicatedDisclosure.findById(input.id());
            if (held == null) {
                return null;
            }
            if (!held.updatedAt.isAfter(at)) {
                return held.status;
            }
            return held.acceptedAt.isAfter(at) ? null : "accepted";
        }
        if (SupplyNetwork.Origin.SUPPLIER_PCF.equals(input.kind())) {
            ReplicatedSupplierFootprint held = ReplicatedSupplierFootprint.findById(input.id());
            return held != null && !held.updatedAt.isAfter(at) ? held.status : null;
        }
        return null;
    }
}
