package org.copperpcf.inventory.service;

import java.util.ArrayList;
import java.util.List;

import org.copperpcf.inventory.model.ModelKind;
import org.copperpcf.inventory.model.ModelVersion;

import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.persistence.Query;

/** Lists of model versions: the latest published version per key, or the drafts, filtered and paged by key. */
public final class ModelQueries {

    /**
     * Search filters; null means any.
     *
     * @param text      matched against key and both names, case-insensitively
     * @param product   exact product key
     * @param route     exact route code
     * @param stage     exact stage code
     * @param geography exact geography code
     * @param dataset   exact dataset name
     */
    public record Filter(String text, String product, String route, String stage, String geography, String dataset) {
        public static Filter dataset(String dataset) {
            return new Filter(null, null, null, null, null, dataset);
        }
    }

    private ModelQueries() {
    }

    public static List<ModelVersion> latestPublished(ModelKind kind, String dataset) {
        return search(kind, Filter.dataset(dataset), false, "", Integer.MAX_VALUE);
    }

    /** One page ordered by key, starting after {@code afterKey}. */
    @SuppressWarnings("unchecked")
    public static List<ModelVersion> search(ModelKind kind, Filter filter, boolean drafts, String afterKey,
                                            int limit) {
        StringBuilder sql = new StringBuilder(drafts
                ? "select * from model_version v where v.kind = ?1 and v.status = 'DRAFT'"
                : "select distinct on (v.model_key) * from model_version v where v.kind = ?1 and v.status = 'PUBLISHED'");
        List<Object> parameters = new ArrayList<>();
        parameters.add(kind.code());
        sql.append(" and v.model_key > ?2");
        parameters.add(afterKey == null ? "" : afterKey);
        if (filter.text() != null && !filter.text().isBlank()) {
            parameters.add("%" + filter.text().trim().toLowerCase().replace("\\", "\\\\").replace("%", "\\%")
                    .replace("_", "\\_") + "%");
            int p = parameters.size();
            sql.append(" and (lower(v.model_key) like ?").append(p).append(" or lower(v.name_en) like ?").append(p)
                    .append(" or lower(coalesce(v.name_zh, '')) like ?").append(p).append(")");
        }
        equal(sql, parameters, "v.product", filter.product());
        equal(sql, parameters, "v.route", filter.route());
        equal(sql, parameters, "v.stage", filter.stage());
        equal(sql, parameters, "v.geography", filter.geography());
        equal(sql, parameters, "v.dataset", filter.dataset());
        sql.append(drafts ? " order by v.model_key" : " order by v.model_key, v.version desc");
        Query query = Panache.getEntityManager().createNativeQuery(sql.toString(), ModelVersion.class);
        for (int i = 0; i < parameters.size(); i++) {
            query.setParameter(i + 1, parameters.get(i));
        }
        if (limit != Integer.MAX_VALUE) {
            query.setMaxResults(limit);
        }
        return query.getResultList();
    }

    private static void equal(StringBuilder sql, List<Object> parameters, String column, String value) {
        if (value != null && !value.isBlank()) {
            parameters.add(value);
            sql.append(" and ").append(column).append(" = ?").append(parameters.size());
        }
    }
}
