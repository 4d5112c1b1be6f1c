package org.copperpcf.footprint.pact;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.copperpcf.footprint.model.FootprintVersion;
import org.copperpcf.footprint.service.FootprintQueryService;
import org.copperpcf.footprint.service.FootprintQueryService.Row;

import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;

/**
 * The footprints this host shares over PACT: every footprint version (Active = current, Deprecated = superseded),
 * newest calculation first, filtered in SQL by {@link PactFilter}. Values are interpreted here: a URN of ours becomes
 * the product, template, HS code or supplier it names, a date-time an instant; values that mean nothing to us match
 * nothing, and a parameter none of whose values means anything makes the result empty. Pages are keyset pages on
 * (calculated_at, id), so a next link stays valid however long it is kept.
 */
@ApplicationScoped
@Transactional(TxType.SUPPORTS)
public class PactCatalogue {
    /** The reference period's end as an instant: the validity start (industry averages: the calculation's year). */
    private static final String VALID_FROM_DATE = "coalesce(f.period_end, coalesce(f.period_start, "
            + "cast(date_trunc('year', v.calculated_at at time zone 'UTC') as date)) + interval '1 year')";
    private static final String VALID_FROM = "((" + VALID_FROM_DATE + ") at time zone 'UTC')";
    private static final String VALID_TO = "((" + VALID_FROM_DATE + " + interval '3 years') at time zone 'UTC')";

    private final PactConfig config;
    private final ProductFootprints footprints;

    public PactCatalogue(PactConfig config, ProductFootprints footprints) {
        this.config = config;
        this.footprints = footprints;
    }

    /** Where the previous page ended. */
    public record Position(Instant calculatedAt, UUID id) {
    }

    /** Up to {@code limit} footprints after the position asked for, and where the next page starts, if any. */
    public record Page(List<ProductFootprint> footprints, Position next) {
    }

    public Page list(PactFilter filter, Position after, int limit) {
        List<UUID> ids = ids(filter, after, limit + 1);
        boolean more = ids.size() > limit;
        List<Row> rows = FootprintQueryService.rows(more ? ids.subList(0, limit) : ids);
        Position next = more ? new Position(rows.getLast().version().calculatedAt, rows.getLast().version().id) : null;
        return new Page(footprints.toPact(rows), next);
    }

    /** Every footprint matching {@code filter}, at most {@code limit} (e.g. to answer a RequestCreated event). */
    public List<ProductFootprint> matching(PactFilter filter, int limit) {
        return footprints.toPact(FootprintQueryService.rows(ids(filter, null, limit)));
    }

    /** The footprint with this PACT id, Active or Deprecated. */
    public Optional<ProductFootprint> find(UUID id) {
        return FootprintVersion.<FootprintVersion>findByIdOptional(id)
                .map(v -> footprints.toPact(FootprintQueryService.rows(List.of(id)).getFirst()));
    }

    private List<UUID> ids(PactFilter filter, Position after, int limit) {
        StringBuilder sql = new StringBuilder("select v.id from footprint_version v join footprint f on f.id = "
                + "v.footprint_id where true");
        Map<String, Object> parameters = new HashMap<>();
        if (!products(filter, sql, parameters) || !companies(filter, sql, parameters)
                || !geographies(filter, sql, parameters) || !classifications(filter, sql, parameters)
                || !instants(filter.validOn(), "validOn", VALID_FROM + " <= :validOn%1$d and " + VALID_TO
                + " >= :validOn%1$d", sql, parameters)
                || !instants(filter.validAfter(), "validAfter", VALID_FROM + " > :validAfter%1$d", sql, parameters)
                || !instants(filter.validBefore(), "validBefore", VALID_TO + " < :validBefore%1$d", sql, parameters)
                || !statuses(filter, sql)) {
            return List.of();
        }
        if (after != null) {
            sql.append(" and (v.calculated_at, v.id) < (:afterTime, :afterId)");
            parameters.put("afterTime", after.calculatedAt());
            parameters.put("afterId", after.id());
        }
        sql.append(" order by v.calculated_at desc, v.id desc limit :limit");
        parameters.put("limit", limit);
        var query = Panache.getEntityManager().createNativeQuery(sql.toString());
        parameters.forEach(query::setParameter);
        return ((List<?>) query.getResultList()).stream().map(UUID.class::cast).toList();
    }

    /** Our product-id URNs name a product code or a template key. */
    private boolean products(PactFilter filter, StringBuilder sql, Map<String, Object> parameters) {
        if (filter.productId().isEmpty()) {
            return true;
        }
        Set<String> keys = new LinkedHashSet<>();
        filter.productId().forEach(urn -> PactProducts.idIn(urn, config.domain(), "product-id").ifPresent(keys::add));
        if (keys.isEmpty()) {
            return false;
        }
        sql.append(" and (lower(f.product) in (:productKeys) or lower(f.template_key) in (:productKeys))");
        parameters.put("productKeys", keys);
        return true;
    }

    /**
     * The operator's ids match industry averages; a supplier-id URN of ours matches its producer; any other URN
     * matches the company ids of the disclosure or supplier PCF the version's lineage names as producer.
     */
    private boolean companies(PactFilter filter, StringBuilder sql, Map<String, Object> parameters) {
        if (filter.companyId().isEmpty()) {
            return true;
        }
        Set<String> urns = new LinkedHashSet<>();
        Set<UUID> suppliers = new LinkedHashSet<>();
        for (String urn : filter.companyId()) {
            urns.add(urn.toLowerCase(Locale.ROOT));
            PactProducts.idIn(urn, config.domain(), "supplier-id").flatMap(PactCatalogue::uuid)
                    .ifPresent(suppliers::add);
        }
        boolean operator = config.companyIds().stream().anyMatch(id -> urns.contains(id.toLowerCase(Locale.ROOT)));
        List<String> clauses = new ArrayList<>();
        if (operator) {
            clauses.add("f.producer_supplier_id is null");
        }
        if (!suppliers.isEmpty()) {
            clauses.add("f.producer_supplier_id in (:companySuppliers)");
            parameters.put("companySuppliers", suppliers);
        }
        clauses.add("exists (select 1 from jsonb_array_elements(coalesce(v.lineage -> 'supplierData', '[]')) s "
                + "left join replica_disclosure d on d.disclosure_id = cast(s ->> 'id' as uuid) "
                + "left join replica_supplier_footprint p on p.pf_id = cast(s ->> 'id' as uuid) "
                + "where f.producer_supplier_id is not null and s ->> 'role' = 'producer' and exists (select 1 from "
                + "unnest(coalesce(d.company_ids, p.company_ids)) c where lower(c) in (:companyUrns)))");
        parameters.put("companyUrns", urns);
        sql.append(" and (").append(String.join(" or ", clauses)).append(')');
        return true;
    }

    /** Our geography is a country (CN) or a subdivision (CN-JX); a region never matches. */
    private static boolean geographies(PactFilter filter, StringBuilder sql, Map<String, Object> parameters) {
        if (filter.geography().isEmpty()) {
            return true;
        }
        sql.append(" and upper(f.geography) in (:geographies)");
        parameters.put("geographies", filter.geography().stream().map(g -> g.toUpperCase(Locale.ROOT)).toList());
        return true;
    }

    private boolean classifications(PactFilter filter, StringBuilder sql, Map<String, Object> parameters) {
        if (filter.classification().isEmpty()) {
            return true;
        }
        Set<String> products = new LinkedHashSet<>();
        filter.classification().forEach(urn -> PactProducts.idIn(urn, config.domain(), "hs2022")
                .ifPresent(hs -> products.addAll(PactProducts.classifiedAs(hs))));
        if (products.isEmpty()) {
            return false;
        }
        sql.append(" and f.product in (:classifiedProducts)");
        parameters.put("classifiedProducts", products);
        return true;
    }

    private static boolean instants(List<String> values, String name, String clause, StringBuilder sql,
                                    Map<String, Object> parameters) {
        if (values.isEmpty()) {
            return true;
        }
        List<String> clauses = new ArrayList<>();
        for (String value : values) {
            Optional<Instant> instant = instant(value);
            if (instant.isPresent()) {
                clauses.add(clause.formatted(clauses.size()));
                parameters.put(name + (clauses.size() - 1), instant.get());
            }
        }
        if (clauses.isEmpty()) {
            return false;
        }
        sql.append(" and (").append(String.join(" or ", clauses)).append(')');
        return true;
    }

    private static boolean statuses(PactFilter filter, StringBuilder sql) {
        if (filter.status().isEmpty()) {
            return true;
        }
        Set<String> statuses = new LinkedHashSet<>();
        for (String status : filter.status()) {
            if (status.equalsIgnoreCase(ProductFootprint.ACTIVE)) {
                statuses.add("'CURRENT'");
            } else if (status.equalsIgnoreCase(ProductFootprint.DEPRECATED)) {
                statuses.add("'DEPRECATED'");
            }
        }
        if (statuses.isEmpty()) {
            return false;
        }
        sql.append(" and v.status in (").append(String.join(", ", statuses)).append(')');
        return true;
    }

    /** An RFC 3339 date-time, or a plain date (its start, UTC); empty for anything else. */
    static Optional<Instant> instant(String value) {
        try {
            return Optional.of(OffsetDateTime.parse(value).toInstant());
        } catch (DateTimeParseException e) {
            try {
                return Optional.of(LocalDate.parse(value).atStartOfDay(ZoneOffset.UTC).toInstant());
            } catch (DateTimeParseException notADate) {
                return Optional.empty();
            }
        }
    }

    private static Optional<UUID> uuid(String value) {
        try {
            return Optional.of(UUID.fromString(value));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
