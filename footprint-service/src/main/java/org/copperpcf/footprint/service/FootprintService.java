package org.copperpcf.footprint.service;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
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
import org.copperpcf.kit.audit.AuditChange;
import org.copperpcf.kit.audit.AuditTrail;
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
 * (when they changed), is signed ({@link FootprintSignatures}) and is announced as {@code FootprintPublished}
 * through the outbox, in the same transaction.
 * Automatic recalculations come in batches ({@link #recalculateAll}), which read and write with a few statements
 * per batch rather than per footprint. Nothing is computed while the replicas are being rebuilt (409): they are
 * incomplete until the rebuild is done.
 */
@ApplicationScoped
@Transactional(value = TxType.REQUIRED, dontRollbackOn = ProblemException.class)
public class FootprintService {
    private static final String EVENT_SOURCE = "/footprint-service";

    private final FootprintCalculator calculator;
    private final Outbox outbox;
    private final ReplicaRebuildFlag rebuild;
    private final AuditTrail audit;
    private final FootprintSignatures signatures;

    public FootprintService(FootprintCalculator calculator, Outbox outbox, ReplicaRebuildFlag rebuild,
                            AuditTrail audit, FootprintSignatures signatures) {
        this.calculator = calculator;
        this.outbox = outbox;
        this.rebuild = rebuild;
        this.audit = audit;
        this.signatures = signatures;
    }

    /** The outcome of a recalculation: the current version and whether it is new. */
    public record Recalculation(FootprintVersion current, boolean changed) {
    }

    /** A recalculation asked for: the footprint and why. */
    public record Request(UUID footprintId, String reason) {
    }

    /** What a batch of recalculations did: new versions stored, results unchanged, specifications refused. */
    public record BatchOutcome(int changed, int unchanged, int refused) {
    }

    /**
     * What a recalculation needs of the current version: no entity, so its large JSON columns are not tracked. The
     * lineage may be absent (null); it is read when the result hash is the same and the lineages must be compared.
     */
    private record Current(UUID id, int version, String resultHash, String lineage) {
        static Current of(FootprintVersion version) {
            return new Current(version.id, version.version, version.resultHash, version.lineage);
        }

        String storedLineage() {
            return lineage != null ? lineage : Panache.getEntityManager().createQuery("select v.lineage from "
                    + "FootprintVersion v where v.id = :id", String.class).setParameter("id", id).getSingleResult();
        }
    }

    /** A calculated version about to be stored: the footprint, its current version (none when new) and why. */
    private record Pending(Footprint footprint, FootprintSpecification spec, Current predecessor,
                           Calculation calculation, String reason) {
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
        return store(List.of(new Pending(footprint, specificationOf(footprint), null, calculation,
                "created by " + user)), Map.of()).getFirst();
    }

    /**
     * Computes the footprint again. A refused specification (say a supplier's only disclosure was withdrawn) throws
     * and leaves the current version as it is.
     */
    public Recalculation recalculate(UUID footprintId, String reason) {
        refuseWhileRebuilding();
        Footprint footprint = footprint(footprintId);
        FootprintVersion current = FootprintVersion.current(footprintId).orElseThrow();
        Optional<Pending> pending = calculate(footprint, Current.of(current), reason);
        if (pending.isEmpty()) {
            return new Recalculation(current, false);
        }
        return new Recalculation(store(List.of(pending.get()), storedDependencies(List.of(footprintId))).getFirst(),
                true);
    }

    /**
     * Computes the footprints again, as {@link #recalculate} does one by one, with a few statements for the whole
     * batch: the footprints, their current versions and their dependency rows are read at once, the new versions
     * written in JDBC batches, dependency rows rewritten only where they changed, and the events added to the
     * outbox together. A refused specification keeps its current version and records why (as
     * {@link #recordFailure}); the others go on.
     */
    public BatchOutcome recalculateAll(List<Request> requests) {
        refuseWhileRebuilding();
        List<UUID> ids = requests.stream().map(Request::footprintId).toList();
        Map<UUID, Footprint> footprints = new HashMap<>();
        Footprint.<Footprint>list("id in ?1", ids).forEach(footprint -> footprints.put(footprint.id, footprint));
        Map<UUID, Current> currents = new HashMap<>();
        Panache.getEntityManager().createQuery("select v.footprintId, v.id, v.version, v.resultHash "
                        + "from FootprintVersion v where v.footprintId in :ids and v.status = :current", Object[].class)
                .setParameter("ids", ids).setParameter("current", FootprintVersion.Status.CURRENT).getResultList()
                .forEach(row -> currents.put((UUID) row[0], new Current((UUID) row[1], (Integer) row[2],
                        (String) row[3], null)));
        List<Pending> changed = new ArrayList<>();
        int refused = 0;
        for (Request request : requests) {
            Footprint footprint = Optional.ofNullable(footprints.get(request.footprintId()))
                    .orElseThrow(() -> ProblemException.notFound("footprint", request.footprintId()));
            Current current = Optional.ofNullable(currents.get(footprint.id)).orElseThrow();
            try {
                calculate(footprint, current, request.reason()).ifPresent(changed::add);
            } catch (ProblemException problem) {
                Log.warnf("Recalculation of footprint %s refused, current version kept: %s", footprint.id,
                        problem.getMessage());
                footprint.recalculationError = problem.getMessage();
                refused++;
            }
        }
        if (!changed.isEmpty()) {
            store(changed, storedDependencies(changed.stream().map(p -> p.footprint().id).toList()));
        }
        return new BatchOutcome(changed.size(), requests.size() - changed.size() - refused, refused);
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

    /** The new version a recalculation gives, or empty when the result and the data it rests on are the same. */
    private Optional<Pending> calculate(Footprint footprint, Current current, String reason) {
        FootprintSpecification spec = specificationOf(footprint);
        Calculation calculation = calculator.calculate(spec);
        footprint.recalculationError = null;
        if (calculation.resultHash().equals(current.resultHash())
                && sameData(EventJson.fromJson(current.storedLineage(), FootprintPublished.Lineage.class),
                calculation.lineage())) {
            return Optional.empty();
        }
        return Optional.of(new Pending(footprint, spec, current, calculation, reason));
    }

    /** The event that announces {@code version}. */
    private static FootprintPublished event(Footprint footprint, FootprintSpecification spec, FootprintVersion version,
                                            Calculation calculation) {
        FootprintCalculator.Outcome outcome = calculation.outcome();
        return new FootprintPublished(footprint.id, version.id, version.version, version.predecessorId,
                version.product, version.declaredUnit, footprint.geography, spec, version.total,
                outcome.breakdown(), outcome.metrics(), outcome.methodology(), calculation.lineage(),
                version.inputsHash, version.resultHash, version.calculatedAt, version.reason);
    }

    /**
     * Whether two lineages rest on the same data apart from the factor release: a release that changes none of
     * the factors used gives the same numbers, and the version that names the older release stays correct.
     */
    private static boolean sameData(FootprintPublished.Lineage stored, FootprintPublished.Lineage fresh) {
        return Objects.equals(stored.template(), fresh.template()) && Objects.equals(stored.processes(), fresh.processes())
                && Objects.equals(stored.supplierData(), fresh.supplierData());
    }

    /**
     * Stores the new versions (deprecating their predecessors first: only one version of a footprint may be current),
     * rewrites the dependency rows that differ from {@code storedDependencies}, signs the versions, and adds one event
     * per version to the outbox.
     */
    private List<FootprintVersion> store(List<Pending> pending, Map<UUID, Set<FootprintCalculator.Dependency>>
            storedDependencies) {
        UUID[] predecessors = pending.stream().map(Pending::predecessor).filter(Objects::nonNull).map(Current::id)
                .toArray(UUID[]::new);
        if (predecessors.length > 0) {
            int deprecated = Panache.getEntityManager().createNativeQuery("update footprint_version set status = "
                            + "'DEPRECATED' where id = any(cast(?1 as uuid[])) and status = 'CURRENT'")
                    .setParameter(1, predecessors).executeUpdate();
            if (deprecated != predecessors.length) {
                throw new IllegalStateException((predecessors.length - deprecated)
                        + " current version(s) changed while being recalculated");
            }
        }
        List<FootprintVersion> versions = new ArrayList<>(pending.size());
        List<CloudEvent> events = new ArrayList<>(pending.size());
        List<AuditChange> changes = new ArrayList<>(pending.size());
        List<FootprintSignatures.SignedVersion> signed = new ArrayList<>(pending.size());
        Map<UUID, Set<FootprintCalculator.Dependency>> dependencies = new LinkedHashMap<>();
        for (Pending p : pending) {
            Footprint footprint = p.footprint();
            Calculation calculation = p.calculation();
            Current predecessor = p.predecessor();
            footprint.supplierIds = calculation.supplierIds().stream().sorted().toArray(UUID[]::new);
            FootprintVersion version = new FootprintVersion();
            version.id = UUID.randomUUID();
            version.footprintId = footprint.id;
            version.version = predecessor == null ? 1 : predecessor.version() + 1;
            version.status = FootprintVersion.Status.CURRENT;
            version.predecessorId = predecessor == null ? null : predecessor.id();
            version.product = calculation.product();
            version.declaredUnit = calculation.declaredUnit();
            version.total = calculation.total();
            version.result = EventJson.toJson(calculation.outcome());
            version.lineage = EventJson.toJson(calculation.lineage());
            version.inputsHash = calculation.inputsHash();
            version.resultHash = calculation.resultHash();
            version.calculatedAt = now();
            version.reason = p.reason();
            version.persist();
            versions.add(version);
            signed.add(FootprintSignatures.SignedVersion.of(version, calculation.lineage()));
            if (!calculation.dependencies().equals(storedDependencies.getOrDefault(footprint.id, Set.of()))) {
                dependencies.put(footprint.id, calculation.dependencies());
            }
            events.add(CloudEvent.create(EventTypes.FOOTPRINT_PUBLISHED, EVENT_SOURCE, footprint.id.toString(),
                    event(footprint, p.spec(), version, calculation)));
            // The content hashes are the versions' result hashes, which buyers and lineage already carry.
            changes.add(AuditChange.ofHashes(predecessor == null ? "footprint-created" : "footprint-recalculated",
                    "footprint", footprint.id, (long) version.version,
                    predecessor == null ? null : predecessor.resultHash(), version.resultHash));
            Log.debugf("Footprint %s v%d of %s: %s kg CO2e per %s (%s)", footprint.id, version.version,
                    footprint.templateKey, version.total.toPlainString(), version.declaredUnit, p.reason());
        }
        replaceDependencies(dependencies);
        signatures.signAll(signed);
        outbox.add(EventTypes.FOOTPRINT_PUBLISHED.topic(), events);
        audit.recordAll(changes);
        return versions;
    }

    /** The dependency rows of these footprints as they are stored now. */
    @SuppressWarnings("unchecked")
    private static Map<UUID, Set<FootprintCalculator.Dependency>> storedDependencies(List<UUID> footprintIds) {
        List<Object[]> rows = Panache.getEntityManager().createNativeQuery("select footprint_id, kind, key "
                        + "from footprint_dependency where footprint_id = any(cast(?1 as uuid[]))", Object[].class)
                .setParameter(1, footprintIds.toArray(UUID[]::new)).getResultList();
        Map<UUID, Set<FootprintCalculator.Dependency>> stored = new HashMap<>();
        for (Object[] row : rows) {
            stored.computeIfAbsent((UUID) row[0], id -> new HashSet<>())
                    .add(new FootprintCalculator.Dependency((String) row[1], (String) row[2]));
        }
        return stored;
    }

    /** Replaces the dependency rows of each footprint given, in two statements for all of them. */
    private static void replaceDependencies(Map<UUID, Set<FootprintCalculator.Dependency>> dependencies) {
        if (dependencies.isEmpty()) {
            return;
        }
        var entityManager = Panache.getEntityManager();
        entityManager.createNativeQuery("delete from footprint_dependency where footprint_id = any(cast(?1 as uuid[]))")
                .setParameter(1, dependencies.keySet().toArray(UUID[]::new)).executeUpdate();
        List<UUID> footprints = new ArrayList<>();
        List<String> kinds = new ArrayList<>();
        List<String> keys = new ArrayList<>();
        dependencies.forEach((footprintId, set) -> set.forEach(dependency -> {
            footprints.add(footprintId);
            kinds.add(dependency.kind());
            keys.add(dependency.key());
        }));
        entityManager.createNativeQuery("insert into footprint_dependency (footprint_id, kind, key) "
                        + "select * from unnest(cast(?1 as uuid[]), cast(?2 as text[]), cast(?3 as text[]))")
                .setParameter(1, footprints.toArray(UUID[]::new)).setParameter(2, kinds.toArray(String[]::new))
                .setParameter(3, keys.toArray(String[]::new)).executeUpdate();
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
