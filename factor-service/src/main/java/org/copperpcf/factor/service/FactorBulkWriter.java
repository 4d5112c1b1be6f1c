package org.copperpcf.factor.service;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.sql.Array;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.copperpcf.factor.model.Coded;
import org.copperpcf.factor.model.Gas;
import org.copperpcf.factor.rest.FactorInput;
import org.copperpcf.kit.units.ActivityUnits;
import org.hibernate.Session;
import org.postgresql.PGConnection;

import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;

/**
 * Writes many validated factors into a draft with PostgreSQL {@code COPY}, on the transaction's own connection:
 * an import of 100,000 rows must not take one ORM round trip per row. The rows land in the same tables the
 * {@code Factor} entity maps, with the same column values.
 */
@ApplicationScoped
public class FactorBulkWriter {
    private static final String FACTOR_COLUMNS = "id, release_id, factor_key, name_en, name_zh, category, "
            + "activity_unit, co2e_per_unit, gas_basis, geography, grid_region, reference_year, valid_from, valid_to, "
            + "boundary, method, source_publisher, source_document, source_publication_date, source_url, status, "
            + "dq_reliability, dq_completeness, dq_temporal, dq_geographical, dq_technological, uncertainty_gsd, "
            + "licence, redistributable, note";

    /** Removes the draft's factors with these keys (their gas values go with them). */
    @Transactional(TxType.MANDATORY)
    public void delete(UUID releaseId, Collection<String> keys) {
        if (keys.isEmpty()) {
            return;
        }
        Panache.getEntityManager().flush();
        session().doWork(connection -> {
            try (PreparedStatement delete = connection.prepareStatement(
                    "delete from factor where release_id = ? and factor_key = any(?)")) {
                Array array = connection.createArrayOf("text", keys.toArray());
                delete.setObject(1, releaseId);
                delete.setArray(2, array);
                delete.executeUpdate();
            }
        });
    }

    /** Inserts the factors into the release; keys must not exist in it yet. */
    @Transactional(TxType.MANDATORY)
    public void insert(UUID releaseId, List<FactorInput> factors) {
        Batch batch = batch(releaseId);
        factors.forEach(batch::add);
        batch.copy();
    }

    /** Collects factors as COPY rows; nothing reaches the database before {@link Batch#copy()}. */
    public Batch batch(UUID releaseId) {
        return new Batch(releaseId);
    }

    /** Factors waiting to be copied into one release, held as compact CSV text rather than objects. */
    public static final class Batch {
        private final UUID releaseId;
        private final StringWriter factorRows = new StringWriter();
        private final StringWriter gasRows = new StringWriter();
        private final CSVPrinter factorCsv;
        private final CSVPrinter gasCsv;

        private Batch(UUID releaseId) {
            this.releaseId = releaseId;
            try {
                factorCsv = new CSVPrinter(factorRows, CSVFormat.POSTGRESQL_CSV);
                gasCsv = new CSVPrinter(gasRows, CSVFormat.POSTGRESQL_CSV);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        public void add(FactorInput f) {
            UUID id = UUID.randomUUID();
            FactorInput.DataQuality dq = f.dataQuality();
            try {
                factorCsv.printRecord(Arrays.asList(id, releaseId, f.key(), f.nameEn(), f.nameZh(), name(f.category()),
                        ActivityUnits.canonical(f.activityUnit()), plain(f.co2ePerUnit()), name(f.gasBasis()),
                        f.geography(), f.gridRegion(), f.referenceYear(), f.validFrom(), f.validTo(),
                        name(f.boundary()), name(f.method()), f.source().publisher(), f.source().document(),
                        f.source().publicationDate(), f.source().url(), name(f.status()),
                        dq == null ? null : dq.reliability(), dq == null ? null : dq.completeness(),
                        dq == null ? null : dq.temporal(), dq == null ? null : dq.geographical(),
                        dq == null ? null : dq.technological(), plain(f.uncertaintyGsd()), f.licence(),
                        f.redistributable(), f.note()));
                if (f.gases() != null) {
                    for (var gas : f.gases().entrySet()) {
                        Gas parsed = Coded.parse(Gas.class, gas.getKey()).orElseThrow();
                        gasCsv.printRecord(id, parsed.name(), plain(gas.getValue()));
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        /** Copies the collected rows on the transaction's connection. */
        public void copy() {
            Panache.getEntityManager().flush();
            session().doWork(connection -> {
                try {
                    factorCsv.flush();
                    gasCsv.flush();
                    var copy = connection.unwrap(PGConnection.class).getCopyAPI();
                    copy.copyIn("copy factor (" + FACTOR_COLUMNS + ") from stdin (format csv)",
                            new StringReader(factorRows.toString()));
                    copy.copyIn("copy factor_gas_value (factor_id, gas, amount) from stdin (format csv)",
                            new StringReader(gasRows.toString()));
                } catch (IOException e) {
                    throw new SQLException("copy into factor failed", e);
                }
            });
        }
    }

    private static Session session() {
        return Panache.getEntityManager().unwrap(Session.class);
    }

    private static String name(Enum<?> value) {
        return value == null ? null : value.name();
    }

    private static String plain(BigDecimal value) {
        return value == null ? null : value.toPlainString();
    }
}
