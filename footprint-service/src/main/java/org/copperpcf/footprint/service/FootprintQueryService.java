package org.copperpcf.footprint.service;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.copperpcf.contracts.EventJson;
import org.copperpcf.contracts.footprint.FootprintPublished;
import org.copperpcf.contracts.inventory.ProcessModel;
import org.copperpcf.footprint.calculation.FootprintCalculator;
import org.copperpcf.footprint.calculation.ReplicaReader;
import org.copperpcf.footprint.model.Footprint;
import org.copperpcf.footprint.model.FootprintVersion;
import org.copperpcf.kit.problem.ProblemException;

import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;

/**
 * The buyer's search over footprint versions: filters combine with AND, ordered newest calculation first (then by
 * version id) so a cursor of the last {@code calculatedAt|versionId} shown stays valid while footprints are added.
 */
@ApplicationScoped
@Transactional(value = TxType.SUPPORTS, dontRollbackOn = ProblemException.class)
public class FootprintQueryService {
    private final FootprintCalculator calculator;
    private final ReplicaReader replicas;

    public FootprintQueryService(FootprintCalculator calculator, ReplicaReader replicas) {
        this.calculator = calculator;
        this.replicas = replicas;
    }

    /** Which versions a search returns. */
    public enum StatusFilter { CURRENT, DEPRECATED, ALL }

    /**
     * What to look for; null fields do not filter.
     *
     * @param supplier   the producer or any supplier whose data the footprint uses
     * @param validOn    a day within the reporting period [start, end)
     * @param periodFrom with {@code periodTo}: reporting periods overlapping [periodFrom, periodTo)
     */
    public record Criteria(String product, String template, UUID supplier, String geography, LocalDate validOn,
                           LocalDate periodFrom, LocalDate periodTo, StatusFilter status, String electricityMethod) {
    }

    /** Where the previous page ended. */
    public record Position(Instant calculatedAt, UUID versionId) {
    }

    /** A version with its footprint. */
    public record Row(Footprint footprint, FootprintVersion version) {
    }

    /** Up to {@code limit} rows after {@code after}, and whether more follow. */
    public record Page(List<Row> rows, boolean more) {
    }

    public Page search(Criteria criteria, Position after, int limit) {
        StringBuilder sql = new StringBuilder("select v.id from footprint_version v join footprint f on f.id = "
                + "v.footprint_id where true");
        Map<String, Object> parameters = new HashMap<>();
        switch (criteria.status() == null ? StatusFilter.CURRENT : criteria.status()) {
            case CURRENT -> sql.append(" and v.status = 'CURRENT'");
            case DEPRECATED -> sql.append(" and v.status = 'DEPRECATED'");
            case ALL -> { }
        }
        filter(sql, parameters, criteria.product(), " and f.product = :product", "product");
        filter(sql, parameters, criteria.template(), " and f.template_key = :template", "template");
        filter(sql, parameters, criteria.geography(), " and f.geography = :geography", "geography");
        filter(sql, parameters, criteria.electricityMethod(), " and f.electricity_method = :method", "method");
        if (criteria.supplier() != null) {
            sql.append(" and (f.producer_supplier_id = :supplier or f.supplier_ids @> array[cast(:supplier as uuid)])");
            parameters.put("supplier", criteria.supplier());
        }
        if (criteria.validOn() != null) {
            sql.append(" and f.period_start <= :validOn and f.period_end > :validOn");
            parameters.put("validOn", criteria.validOn());
        }
        if (criteria.periodFrom() != null) {
            sql.append(" and f.period_end > :periodFrom");
            parameters.put("periodFrom", criteria.periodFrom());
        }
        if (criteria.periodTo() != null) {
            sql.append(" and f.period_start < :periodTo");
            parameters.put("periodTo", criteria.periodTo());
        }
        if (after != null) {
            sql.append(" and (v.calculated_at, v.id) < (:afterTime, :afterId)");
            parameters.put("afterTime", after.calculatedAt());
            parameters.put("afterId", after.versionId());
        }
        sql.append(" order by v.calculated_at desc, v.id desc limit :limit");
        parameters.put("limit", limit + 1);
        var query = Panache.getEntityManager().createNativeQuery(sql.toString());
        parameters.forEach(query::setParameter);
        List<UUID> ids = ((List<?>) query.getResultList()).stream().map(UUID.class::cast).toList();
        boolean more = ids.size() > limit;
        List<UUID> shown = more ? ids.subList(0, limit) : ids;
        return new Page(rows(shown), more);
    }

    /** The version, or 404 naming it. */
    public FootprintVersion version(UUID footprintId, int version) {
        return FootprintVersion.of(footprintId, version).orElseThrow(() -> ProblemException.notFound(
                "footprint version", footprintId + " v" + version));
    }

    /** Recomputes {@code version} from exactly the inputs its lineage names (for explanation and audit). */
    public FootprintCalculator.Reproduction reproduce(Footprint footprint, FootprintVersion version) {
        return calculator.reproduce(FootprintService.specificationOf(footprint),
                EventJson.fromJson(version.lineage, FootprintPublished.Lineage.class));
    }

    /**
     * The stored model of a network node's process at the version the lineage names: a supplier's copy
     * ({@code key@supplier}) and a repeated node ({@code key#n}) share their process's model.
     */
    public Optional<ProcessModel> process(FootprintPublished.Lineage lineage, String node) {
        String key = node.split("[@#]", 2)[0];
        return lineage.processes().stream().filter(ref -> ref.key().equals(key)).findFirst()
                .flatMap(ref -> replicas.process(key, ref.version())).map(ReplicaReader.Versioned::model);
    }

    /** The versions by id, in the order given, each with its footprint (two queries). */
    public static List<Row> rows(List<UUID> versionIds) {
        if (versionIds.isEmpty()) {
            return List.of();
        }
        Map<UUID, FootprintVersion> versions = FootprintVersion.<FootprintVersion>list("id in ?1", versionIds).stream()
                .collect(Collectors.toMap(v -> v.id, Function.identity()));
        List<UUID> footprintIds = versions.values().stream().map(v -> v.footprintId).distinct().toList();
        Map<UUID, Footprint> footprints = Footprint.<Footprint>list("id in ?1", footprintIds).stream()
                .collect(Collectors.toMap(f -> f.id, Function.identity()));
        List<Row> rows = new ArrayList<>(versionIds.size());
        for (UUID id : versionIds) {
            FootprintVersion version = versions.get(id);
            rows.add(new Row(footprints.get(version.footprintId), version));
        }
        return rows;
    }

    private static void filter(StringBuilder sql, Map<String, Object> parameters, String value, String clause,
                               String name) {
        if (value != null) {
            sql.append(clause);
            parameters.put(name, value);
        }
    }
}
