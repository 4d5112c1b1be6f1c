package org.copperpcf.factor.service;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.copperpcf.factor.FactorRelease;
import org.copperpcf.factor.GwpValue;
import org.copperpcf.factor.model.Gas;
import org.copperpcf.factor.rest.NewReleaseRequest;
import org.copperpcf.kit.imports.SpreadsheetTable;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.quarkus.hibernate.orm.panache.Panache;
import io.quarkus.logging.Log;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * On the first start against an empty database: loads the GWP sets and publishes the seed release from the
 * versioned data files in {@code seed/}, each row with its source. An advisory lock keeps two instances starting
 * together from doing it twice.
 */
@ApplicationScoped
public class SeedLoader {
    static final String SEED_RELEASE = "CN-2025.1";
    private static final long SEED_LOCK = 0x73656564L;

    private final FactorReleaseService releases;
    private final GwpCatalog gwp;
    private final boolean enabled;

    public SeedLoader(FactorReleaseService releases, GwpCatalog gwp,
                      @ConfigProperty(name = "factor.seed.enabled", defaultValue = "true") boolean enabled) {
        this.releases = releases;
        this.gwp = gwp;
        this.enabled = enabled;
    }

    void onStart(@Observes StartupEvent start) {
        if (enabled) {
            QuarkusTransaction.requiringNew().run(this::seedIfEmpty);
        }
    }

    private void seedIfEmpty() {
        Panache.getEntityManager().createNativeQuery("select pg_advisory_xact_lock(?1)")
                .setParameter(1, SEED_LOCK).getSingleResult();
        if (GwpValue.count() == 0) {
            loadGwpSets();
            gwp.forget();
        }
        if (FactorRelease.count() == 0) {
            releases.createDraft(new NewReleaseRequest(SEED_RELEASE,
                    "Chinese grid (national, regional, provincial), electricity footprint, fuel, upstream, heat, "
                            + "freight, process and material factors; see docs/methodology/factors.md", null));
            try (InputStream in = resource("seed/factors-" + SEED_RELEASE + ".csv")) {
                releases.importTable(SEED_RELEASE, SpreadsheetTable.Format.CSV, in);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            releases.publish(SEED_RELEASE);
            Log.infof("Seeded and published factor release %s", SEED_RELEASE);
        }
    }

    private static void loadGwpSets() {
        CSVFormat format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get();
        try (InputStream in = resource("seed/gwp-sets.csv");
             CSVParser parser = CSVParser.parse(new InputStreamReader(in, StandardCharsets.UTF_8), format)) {
            for (CSVRecord record : parser) {
                GwpValue value = new GwpValue();
                value.gwpSet = record.get("gwp_set").trim();
                value.gas = Gas.valueOf(record.get("gas").trim().toUpperCase());
                value.gwp100 = new BigDecimal(record.get("gwp100").trim());
                value.status = record.get("status").trim();
                value.source = record.get("source").trim();
                value.persist();
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the GWP seed file", e);
        }
    }

    private static InputStream resource(String path) {
        InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(path);
        if (in == null) {
            throw new IllegalStateException("seed file " + path + " is missing from the build");
        }
        return in;
    }
}
