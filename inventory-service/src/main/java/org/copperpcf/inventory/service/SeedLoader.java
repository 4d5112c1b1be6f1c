package org.copperpcf.inventory.service;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicBoolean;

import org.copperpcf.contracts.EventJson;
import org.copperpcf.contracts.inventory.InventoryDocument;
import org.copperpcf.inventory.model.ModelVersion;
import org.copperpcf.inventory.replica.FactorCatalog;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.quarkus.hibernate.orm.panache.Panache;
import io.quarkus.logging.Log;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Publishes the default models of {@code seed/} on an empty database. Their factor keys are checked against the
 * factor release they name, which arrives from factor-service over Kafka, so the loader waits (checking every few
 * seconds) until that release is in the catalog. An advisory lock keeps two instances from seeding twice.
 */
@ApplicationScoped
public class SeedLoader {
    static final String SEED_FILE = "seed/inventories-CN-2025.1.json";
    private static final long SEED_LOCK = 0x696e7673L;

    private final InventoryService inventories;
    private final FactorCatalog catalog;
    private final boolean enabled;
    private final AtomicBoolean done = new AtomicBoolean();

    public SeedLoader(InventoryService inventories, FactorCatalog catalog,
                      @ConfigProperty(name = "inventory.seed.enabled", defaultValue = "true") boolean enabled) {
        this.inventories = inventories;
        this.catalog = catalog;
        this.enabled = enabled;
    }

    @Scheduled(every = "${inventory.seed.check-interval:3s}", delayed = "1s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void seedWhenReady() {
        if (!enabled || done.get()) {
            return;
        }
        InventoryDocument seed = seed();
        done.set(QuarkusTransaction.requiringNew().call(() -> seedIfEmpty(seed)));
    }

    private boolean seedIfEmpty(InventoryDocument seed) {
        Panache.getEntityManager().createNativeQuery("select pg_advisory_xact_lock(?1)")
                .setParameter(1, SEED_LOCK).getSingleResult();
        if (ModelVersion.count() > 0) {
            return true;
        }
        if (!catalog.hasRelease(seed.factorRelease())) {
            Log.infof("Default inventories wait for factor release %s to arrive", seed.factorRelease());
            return false;
        }
        ImportReport report = inventories.importDocument(seed, true, "seed");
        Log.infof("Published %d default inventory models of %s with %d plausibility warnings", report.created().size(),
                seed.dataset(), report.warnings().size());
        report.warnings().forEach(warning -> Log.infof("  %s: %s", warning.field(), warning.message()));
        return true;
    }

    static InventoryDocument seed() {
        try (InputStream in = SeedLoader.class.getClassLoader().getResourceAsStream(SEED_FILE)) {
            return EventJson.fromJson(new String(in.readAllBytes(), StandardCharsets.UTF_8),
                    InventoryDocument.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
