package org.copperpcf.footprint.service;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

import org.copperpcf.contracts.CloudEvent;
import org.copperpcf.contracts.EventJson;
import org.copperpcf.contracts.EventTypes;
import org.copperpcf.contracts.footprint.FootprintPublished;
import org.copperpcf.contracts.footprint.FootprintSpecification;
import org.copperpcf.footprint.calculation.FootprintCalculator;
import org.copperpcf.footprint.calculation.FootprintCalculator.Calculation;
import org.copperpcf.footprint.model.Footprint;
import org.copperpcf.footprint.model.FootprintVersion;
import org.copperpcf.footprint.replica.ReplicaRebuildFlag;
import org.copperpcf.kit.outbox.Outbox;
import org.copperpcf.kit.problem.ProblemException;

import io.quarkus.hibernate.orm.panache.Panache;
import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;

/**
 * Footprints and their immutable versions. Creating one computes version 1; a recalculation computes again from
 * the current replicas and, when the result or the data it rests on differ, stores the next version pointing to its
 * predecessor and deprecates the predecessor. Each stored version replaces the footprint's dependency index entries
 * and is announced as {@code FootprintPublished} through the outbox, in the same transaction. Nothing is computed
 * while the replicas are being rebuilt (409): they are incomplete until the rebuild is done.
 */
@ApplicationScoped
@Transactional(value = TxType.REQUIRED, dontRollbackOn = ProblemException.class)
public class FootprintService {
    private static final String EVENT_SOURCE = "/footprint-service";

    private final FootprintCalculator calculator;
    private final Outbox outbox;
    private final ReplicaRebuildFlag rebuild;

    public FootprintService(FootprintCalculator calculator, Outbox outbox, ReplicaRebuildFlag rebuild) {
        this.calculator = calculator;
        this.outbox = outbox;
        this.rebuild = rebuild;
    }

    /** The outcome of a recalculation: the current version and whether it is new. */
    public record Recalculation(FootprintVersion current, boolean changed) {
    }

    @Transactional(TxType.REQUIRED)
    public FootprintVersion create(FootprintSpecification spec, String user) {
        refuseWhileRebuilding();
        Calculation calculation = calculator.calculate(spec);
        Footprint footprint = new Footprint();
        footprint.id = UUID.randomUUID();
        footprint.templateKey = spec.template();
        footprint.templateVersion = spec.templateVersion();
        footprint.parameters = EventJson.toJson(spec.parameters());
        footprint.factorRelease = spec.factorRelease();
        footprint.gwpSet = spec.gwpSet();
        footprint.specification = EventJson.toJson(spec);
        footprint.product = calculation.product();
        footprint.producerSupplierId = spec.producer() == null ? null : spec.producer().supplierId();
        footprint.producerFacilityId = spec.producer() == null ? null : spec.producer().facilityId();
        footprint.geography = calculation.geography();
        footprint.periodStart = spec.reportingPeriod() == null ? null : spec.reportingPeriod().start();
        footprint.periodEnd = spec.reportingPeriod() == null ? null : spec.reportingPeriod().end();
        footprint.electricityMethod = spec.electricityMethod();
        footprint.supplierIds = calculation.supplierIds().stream().sorted().toArray(UUID[]::new);
        footprint.createdAt = now();
        footprint.createdBy = user;
        footprint.persist();
        return store(footprint, calculation, null, "created by " + user);
    }

    /**
     * Computes the footprint again. A refused specification (say a supplier's only disclosure was withdrawn) throws
     * and leaves the current version as it is.
     */
    public Recalculation recalculate(UUID footprintId, String reason) {
        refuseWhileRebuilding();
        Footprint footprint = footprint(footprintId);
        FootprintVersion current = FootprintVersion.current(footprintId).orElseThrow();
        Calculation calculation = calculator.calculate(specificationOf(footprint));
        footprint.recalculationError = null;
        if (calculation.resultHash().equals(current.resultHash)
                && sameData(EventJson.fromJson(current.lineage, FootprintPublished.Lineage.class),
                calculation.lineage())) {
            return new Recalculation(current, false);
        }
        current.status = FootprintVersion.Status.DEPRECATED;
        FootprintVersion.flush();
        footprint.supplierIds = calculation.supplierIds().stream().sorted().toArray(UUID[]::new);
        return new Recalculation(store(footprint, calculation, current, reason), true);
    }

    /** Records why an automatic recalculation was refused; the current version stays. */
    public void recordFailure(UUID footprintId, String problem) {
        footprint(footprintId).recalculationError = problem;
    }

    @Transactional(TxType.SUPPORTS)
    public Footprint footprint(UUID id) {
        return Footprint.<Footprint>findByIdOptional(id).orElseThrow(() -> ProblemException.notFound("footprint", id));
    }

    public static FootprintSpecification specificationOf(Footprint footprint) {
        return EventJson.fromJson(footprint.specification, FootprintSpecification.class);
    }

    /** The event that announces {@code version}. */
    public static FootprintPublished event(Footprint footprint, FootprintVersion version) {
        FootprintCalculator.Outcome outcome = EventJson.fromJson(version.result, FootprintCalculator.Outcome.class);
        return new FootprintPublished(footprint.id, version.id, version.version, version.predecessorId,
                version.product, version.declaredUnit, footprint.geography, specificationOf(footprint), version.total,
                outcome.breakdown(), outcome.metrics(), outcome.methodology(),
                EventJson.fromJson(version.lineage, FootprintPublished.Lineage.class), version.inputsHash,
                version.resultHash, version.calculatedAt, version.reason);
    }

    /**
     * Whether two lineages rest on the same data apart from the factor release: a release that changes none of
     * the factors used gives the same numbers, and the version that names the older release stays correct.
     */
    private static boolean sameData(FootprintPublished.Lineage stored, FootprintPublished.Lineage fresh) {
        return Objects.equals(stored.template(), fresh.template()) && Objects.equals(stored.processes(), fresh.processes())
                && Objects.equals(stored.supplierData(), fresh.supplierData());
    }

    private FootprintVersion store(Footprint footprint, Calculation calculation, FootprintVersion predecessor,
                                   String reason) {
        FootprintVersion version = new FootprintVersion();
        version.id = UUID.randomUUID();
        version.footprintId = footprint.id;
        version.version = predecessor == null ? 1 : predecessor.version + 1;
        version.status = FootprintVersion.Status.CURRENT;
        version.predecessorId = predecessor == null ? null : predecessor.id;
        version.product = calculation.product();
        version.declaredUnit = calculation.declaredUnit();
        version.total = calculation.total();
        version.result = EventJson.toJson(calculation.outcome());
        version.lineage = EventJson.toJson(calculation.lineage());
        version.inputsHash = calculation.inputsHash();
        version.resultHash = calculation.resultHash();
        version.calculatedAt = now();
        version.reason = reason;
        version.persist();
        replaceDependencies(footprint.id, calculation.dependencies());
        outbox.add(EventTypes.FOOTPRINT_PUBLISHED.topic(), CloudEvent.create(EventTypes.FOOTPRINT_PUBLISHED,
                EVENT_SOURCE, footprint.id.toString(), event(footprint, version)));
        Log.debugf("Footprint %s v%d of %s: %s kg CO2e per %s (%s)", footprint.id, version.version,
                footprint.templateKey, version.total.toPlainString(), version.declaredUnit, reason);
        return version;
    }

    private static void replaceDependencies(UUID footprintId, Set<FootprintCalculator.Dependency> dependencies) {
        var entityManager = Panache.getEntityManager();
        entityManager.createNativeQuery("delete from footprint_dependency where footprint_id = ?1")
                .setParameter(1, footprintId).executeUpdate();
        String[] kinds = dependencies.stream().map(FootprintCalculator.Dependency::kind).toArray(String[]::new);
        String[] keys = dependencies.stream().map(FootprintCalculator.Dependency::key).toArray(String[]::new);
        entityManager.createNativeQuery("insert into footprint_dependency (footprint_id, kind, key) "
                        + "select ?1, kind, key from unnest(cast(?2 as text[]), cast(?3 as text[])) as d(kind, key)")
                .setParameter(1, footprintId).setParameter(2, kinds).setParameter(3, keys).executeUpdate();
    }

    private void refuseWhileRebuilding() {
        if (rebuild.raised()) {
            throw ProblemException.conflict("REPLICAS_REBUILDING", "the replicas are being rebuilt from the topics; "
                    + "calculate again once GET /api/v1/replica/rebuild reports done");
        }
    }

    private static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MICROS);
    }
}
