package org.copperpcf.footprint.service;

import java.io.IOException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.copperpcf.contracts.EventJson;
import org.copperpcf.footprint.calculation.FootprintCalculator;
import org.copperpcf.footprint.calculation.FootprintCalculator.Calculation;
import org.copperpcf.footprint.calculation.FootprintCalculator.Specification;
import org.copperpcf.footprint.model.Footprint;
import org.copperpcf.footprint.model.FootprintVersion;
import org.copperpcf.kit.problem.ProblemException;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;

/**
 * Footprints and their immutable versions. Creating one computes version 1; a recalculation computes again from
 * the current replicas and, when the result differs, stores the next version pointing to its predecessor and
 * deprecates the predecessor, in one transaction.
 */
@ApplicationScoped
@Transactional(TxType.REQUIRED)
public class FootprintService {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final FootprintCalculator calculator;

    public FootprintService(FootprintCalculator calculator) {
        this.calculator = calculator;
    }

    /** The outcome of a recalculation: the current version and whether it is new. */
    public record Recalculation(FootprintVersion current, boolean changed) {
    }

    public FootprintVersion create(Specification spec, String user) {
        Calculation calculation = calculator.calculate(spec);
        Footprint footprint = new Footprint();
        footprint.id = UUID.randomUUID();
        footprint.templateKey = spec.templateKey();
        footprint.templateVersion = spec.templateVersion();
        footprint.parameters = EventJson.toJson(spec.parameters());
        footprint.factorRelease = spec.factorRelease();
        footprint.gwpSet = spec.gwpSet();
        footprint.createdAt = now();
        footprint.createdBy = user;
        footprint.persist();
        return store(footprint, calculation, null, "created by " + user);
    }

    public Recalculation recalculate(UUID footprintId, String reason) {
        Footprint footprint = footprint(footprintId);
        FootprintVersion current = FootprintVersion.current(footprintId).orElseThrow();
        Calculation calculation = calculator.calculate(specificationOf(footprint));
        if (calculation.resultHash().equals(current.resultHash)) {
            return new Recalculation(current, false);
        }
        current.status = FootprintVersion.Status.DEPRECATED;
        FootprintVersion.flush();
        return new Recalculation(store(footprint, calculation, current, reason), true);
    }

    @Transactional(TxType.SUPPORTS)
    public Footprint footprint(UUID id) {
        return Footprint.<Footprint>findByIdOptional(id).orElseThrow(() -> ProblemException.notFound("footprint", id));
    }

    @Transactional(TxType.SUPPORTS)
    public List<FootprintVersion> currentVersions(String product, int limit) {
        return product == null
                ? FootprintVersion.find("status = ?1 order by product, calculatedAt desc", FootprintVersion.Status.CURRENT)
                        .page(0, limit).list()
                : FootprintVersion.find("status = ?1 and product = ?2 order by calculatedAt desc",
                        FootprintVersion.Status.CURRENT, product).page(0, limit).list();
    }

    public static Specification specificationOf(Footprint footprint) {
        try {
            Map<String, String> parameters = JSON.readValue(footprint.parameters, new TypeReference<>() {
            });
            return new Specification(footprint.templateKey, footprint.templateVersion, parameters,
                    footprint.factorRelease, footprint.gwpSet);
        } catch (IOException e) {
            throw new IllegalStateException("stored parameters of footprint " + footprint.id + " are unreadable", e);
        }
    }

    private static FootprintVersion store(Footprint footprint, Calculation calculation, FootprintVersion predecessor,
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
        version.result = EventJson.toJson(calculation.breakdown());
        version.lineage = EventJson.toJson(calculation.lineage());
        version.inputsHash = calculation.inputsHash();
        version.resultHash = calculation.resultHash();
        version.calculatedAt = now();
        version.reason = reason;
        version.persist();
        Log.infof("Footprint %s v%d of %s: %s kg CO2e per %s (%s)", footprint.id, version.version,
                footprint.templateKey, version.total.toPlainString(), version.declaredUnit, reason);
        return version;
    }

    private static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MICROS);
    }
}
