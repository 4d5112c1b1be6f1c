package org.copperpcf.footprint.demo;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;

import org.copperpcf.contracts.EventJson;
import org.copperpcf.contracts.footprint.FootprintSpecification;
import org.copperpcf.contracts.footprint.FootprintSpecification.Period;
import org.copperpcf.contracts.footprint.FootprintSpecification.Producer;
import org.copperpcf.contracts.footprint.FootprintSpecification.Source;
import org.copperpcf.contracts.footprint.FootprintSpecification.SupplyMix;
import org.copperpcf.contracts.supplier.DemoSuppliers;
import org.copperpcf.footprint.service.FootprintService;
import org.copperpcf.kit.problem.ProblemException;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.quarkus.hibernate.orm.panache.Panache;
import io.quarkus.logging.Log;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The demo footprints of a fresh local stack ({@code footprint.demo.enabled}, set by {@code ./pcf up}): industry
 * averages of cathode, rod and tube for China and several provinces, every cathode route, and the three demo
 * suppliers' own footprints (the smelter's cathode, location- and market-based; the rod and tube mills' products
 * made from that cathode). Each is created once, as soon as the replicas can compute it; a specification already
 * stored (same JSON) is not created again, so restarts and several instances create nothing twice.
 */
@ApplicationScoped
public class DemoFootprints {
    static final String SEEDER = "demo-seed";
    private static final long ADVISORY_LOCK_KEY = 0x64656d6f5f6670L;
    private static final List<String> PROVINCES = List.of("CN", "CN-JX", "CN-YN", "CN-JS", "CN-GD");
    private static final Period YEAR_2025 = new Period(LocalDate.parse("2025-01-01"), LocalDate.parse("2026-01-01"));

    private final FootprintService footprints;
    private final boolean enabled;
    private final AtomicBoolean complete = new AtomicBoolean();

    public DemoFootprints(FootprintService footprints,
                          @ConfigProperty(name = "footprint.demo.enabled", defaultValue = "false") boolean enabled) {
        this.footprints = footprints;
        this.enabled = enabled;
    }

    /** Every demo specification. */
    static List<FootprintSpecification> specifications() {
        List<FootprintSpecification> specs = new ArrayList<>();
        for (String template : List.of("cathode.mix.cn", "rod.cast-and-roll.cn", "tube.cast-and-roll.cn")) {
            for (String province : PROVINCES) {
                specs.add(FootprintSpecification.industryAverage(template, Map.of("electricityProvince", province),
                        FootprintSpecification.LATEST, "AR6"));
            }
        }
        for (String route : List.of("cathode.pyro-flash.cn", "cathode.pyro-bottom-blowing.cn", "cathode.sx-ew.cn",
                "cathode.secondary.cn", "rod.upcast.cn", "tube.extrusion.cn")) {
            specs.add(FootprintSpecification.industryAverage(route, Map.of(), FootprintSpecification.LATEST, "AR6"));
        }
        List<SupplyMix> smelterCathode = List.of(new SupplyMix("copper.cathode",
                List.of(new Source(DemoSuppliers.SMELTER, null, BigDecimal.ONE, null))));
        for (String method : List.of(FootprintSpecification.LOCATION_BASED, FootprintSpecification.MARKET_BASED)) {
            specs.add(new FootprintSpecification("cathode.pyro-flash.cn", null, Map.of(),
                    new Producer(DemoSuppliers.SMELTER, DemoSuppliers.SMELTER_FACILITY), YEAR_2025, null, method,
                    FootprintSpecification.LATEST, "AR6"));
        }
        specs.add(new FootprintSpecification("rod.cast-and-roll.cn", null, Map.of(),
                new Producer(DemoSuppliers.ROD_MILL, DemoSuppliers.ROD_MILL_FACILITY), YEAR_2025, smelterCathode,
                FootprintSpecification.LOCATION_BASED, FootprintSpecification.LATEST, "AR6"));
        specs.add(new FootprintSpecification("tube.cast-and-roll.cn", null, Map.of(),
                new Producer(DemoSuppliers.TUBE_MILL, DemoSuppliers.TUBE_MILL_FACILITY), YEAR_2025, smelterCathode,
                FootprintSpecification.LOCATION_BASED, FootprintSpecification.LATEST, "AR6"));
        return specs;
    }

    /** Tries every few seconds until all exist: the replicas fill from Kafka after start. */
    @Scheduled(every = "${footprint.demo.interval:3s}", delayed = "${footprint.demo.delay:2s}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void seed() {
        if (!enabled || complete.get()) {
            return;
        }
        List<FootprintSpecification> specifications = specifications();
        int missing = 0;
        for (FootprintSpecification spec : specifications) {
            try {
                if (!QuarkusTransaction.requiringNew().call(() -> createUnlessStored(spec))) {
                    missing++;
                }
            } catch (ProblemException notYet) {
                Log.debugf("Demo footprint %s waits: %s", spec.template(), notYet.getMessage());
                missing++;
            }
        }
        if (missing == 0) {
            complete.set(true);
            Log.info("Demo footprints: all " + specifications.size() + " are stored");
        }
    }

    /** True when the specification is stored (now or before); false when another instance holds the lock. */
    private boolean createUnlessStored(FootprintSpecification spec) {
        var entityManager = Panache.getEntityManager();
        if (!Boolean.TRUE.equals(entityManager.createNativeQuery("select pg_try_advisory_xact_lock(?1)", Boolean.class)
                .setParameter(1, ADVISORY_LOCK_KEY).getSingleResult())) {
            return false;
        }
        long stored = ((Number) entityManager.createNativeQuery("select count(*) from footprint where created_by = ?1 "
                        + "and specification = cast(?2 as jsonb)")
                .setParameter(1, SEEDER).setParameter(2, EventJson.toJson(spec)).getSingleResult()).longValue();
        if (stored == 0) {
            footprints.create(spec, SEEDER);
        }
        return true;
    }
}
