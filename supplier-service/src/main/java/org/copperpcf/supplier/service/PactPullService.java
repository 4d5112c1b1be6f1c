package org.copperpcf.supplier.service;

import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;
import java.util.stream.Collectors;

import org.copperpcf.kit.pact.PactPartner;
import org.copperpcf.kit.problem.ProblemException;
import org.copperpcf.kit.problem.Violation;
import org.copperpcf.supplier.PactConnection;
import org.copperpcf.supplier.PcfDisclosure;
import org.copperpcf.supplier.Supplier;
import org.copperpcf.supplier.SupplierFootprint;
import org.copperpcf.supplier.config.SupplierConfig;
import org.copperpcf.supplier.model.DisclosureStatus;
import org.copperpcf.supplier.rest.PullReport;
import org.copperpcf.supplier.rest.PullReport.Item;

import com.fasterxml.jackson.databind.JsonNode;

import io.quarkus.logging.Log;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Pulls a supplier's footprints from its PACT host and turns each new valid one into a PCF disclosure pending review.
 * Calls to the partner run outside any transaction; each footprint is stored in a transaction of its own, so one
 * footprint's failure (or the partner failing midway) never loses the others. A footprint known by id (pulled or
 * pushed before) is skipped, which makes a re-pull harmless. Pulls of one supplier run one at a time here; across
 * instances the unique PACT id keeps a footprint from being stored twice.
 */
@ApplicationScoped
public class PactPullService {
    public static final String MANUAL = "manual";
    public static final String SCHEDULE = "schedule";

    private final ProductFootprintService footprints;
    private final PactSchema schema;
    private final SupplierService suppliers;
    private final SupplierConfig config;
    private final Map<UUID, ReentrantLock> running = new ConcurrentHashMap<>();

    public PactPullService(ProductFootprintService footprints, PactSchema schema, SupplierService suppliers,
                           SupplierConfig config) {
        this.footprints = footprints;
        this.schema = schema;
        this.suppliers = suppliers;
        this.config = config;
    }

    /** Every footprint the host lists, page by page along its {@code Link: rel="next"}. */
    public PullReport pullAll(UUID supplierId, String trigger) {
        return pull(supplierId, trigger, null);
    }

    /** Exactly the footprints {@code pfIds}, fetched one by one (a PublishedEvent's announcement). */
    public PullReport pullIds(UUID supplierId, String trigger, List<UUID> pfIds) {
        return pull(supplierId, trigger, pfIds);
    }

    /**
     * The connections whose host announced itself as {@code source}: same host and port once normalised to https.
     * Usually one; several suppliers on one hosted PACT service each pull with their own credentials.
     */
    public List<PactConnection> connectionsFor(String source) {
        Optional<String> wanted = hostAndPort(source);
        if (wanted.isEmpty()) {
            return List.of();
        }
        return QuarkusTransaction.requiringNew().call(() -> PactConnection.<PactConnection>listAll().stream()
                .filter(c -> hostAndPort(c.baseUrl).equals(wanted)).toList());
    }

    private PullReport pull(UUID supplierId, String trigger, List<UUID> pfIds) {
        schema.footprintFields(); // 503 before fetching anything when the PACT schema is not configured
        ReentrantLock lock = running.computeIfAbsent(supplierId, id -> new ReentrantLock());
        lock.lock();
        try {
            Optional<PactConnection> connection = QuarkusTransaction.requiringNew()
                    .call(() -> PactConnection.<PactConnection>findByIdOptional(supplierId));
            return pull(connection.orElseThrow(() -> ProblemException.notFound("PACT connection of supplier",
                    supplierId)), trigger, pfIds);
        } finally {
            lock.unlock();
        }
    }

    private PullReport pull(PactConnection connection, String trigger, List<UUID> pfIds) {
        UUID pullId = UUID.randomUUID();
        Instant started = now();
        PactPartner partner = new PactPartner(PactConnectionService.partner(connection), config.pactPull().timeout(),
                Clock.systemUTC());
        Tally tally = new Tally(connection, pullId, started, companyIds(connection.supplierId));
        String error = null;
        try {
            if (pfIds == null) {
                PactPartner.Page page = partner.firstPage(connection.apiVersion, Map.of(),
                        config.pactPull().pageSize());
                for (int pages = 1; ; pages++) {
                    page.footprints().forEach(tally::receive);
                    if (page.next().isEmpty()) {
                        break;
                    }
                    if (pages >= config.pactPull().maxPages()) {
                        error = "stopped after " + pages + " pages (supplier.pact-pull.max-pages)";
                        break;
                    }
                    page = partner.page(page.next().get());
                }
            } else {
                for (UUID pfId : pfIds) {
                    partner.footprint(connection.apiVersion, pfId.toString()).ifPresentOrElse(tally::receive,
                            () -> tally.items.add(new Item(pfId.toString(), Item.NOT_FOUND, null, List.of())));
                }
            }
        } catch (PactPartner.PartnerException e) {
            error = e.getMessage();
        }
        String outcome = error == null ? PullReport.SUCCEEDED
                : tally.items.isEmpty() ? PullReport.FAILED : PullReport.PARTIAL;
        PullReport report = new PullReport(pullId, connection.supplierId, trigger, connection.baseUrl, started, now(),
                outcome, tally.fetched, tally.count(Item.CREATED), tally.count(Item.KNOWN), tally.count(Item.INVALID),
                List.copyOf(tally.items), error);
        record(report);
        Log.infof("PACT pull %s of supplier %s from %s (%s): %s, %d fetched, %d new, %d known, %d invalid%s", pullId,
                connection.supplierId, connection.baseUrl, trigger, outcome, report.fetched(), report.created(),
                report.skipped(), report.invalid(), error == null ? "" : "; " + error);
        return report;
    }

    /** The last pull's outcome on the connection; a bulk update, so the connection's ETag stays what clients read. */
    private static void record(PullReport report) {
        QuarkusTransaction.requiringNew().run(() -> PactConnection.update("lastPullId = ?1, lastPullAt = ?2, "
                        + "lastOutcome = ?3, lastFetched = ?4, lastCreated = ?5, lastSkipped = ?6, lastInvalid = ?7, "
                        + "lastError = ?8 where supplierId = ?9", report.pullId(), report.finishedAt(),
                report.outcome(), report.fetched(), report.created(), report.skipped(), report.invalid(),
                report.error(), report.supplierId()));
    }

    private Set<String> companyIds(UUID supplierId) {
        return QuarkusTransaction.requiringNew().call(() -> suppliers.companyIds(Supplier.findById(supplierId))
                .stream().map(id -> id.toLowerCase(Locale.ROOT)).collect(Collectors.toSet()));
    }

    /** What one pull has seen so far. */
    private final class Tally {
        private final PactConnection connection;
        private final UUID pullId;
        private final Instant pulledAt;
        private final Set<String> supplierCompanyIds;
        private final List<Item> items = new ArrayList<>();
        private int fetched;

        Tally(PactConnection connection, UUID pullId, Instant pulledAt, Set<String> supplierCompanyIds) {
            this.connection = connection;
            this.pullId = pullId;
            this.pulledAt = pulledAt;
            this.supplierCompanyIds = supplierCompanyIds;
        }

        void receive(JsonNode document) {
            fetched++;
            String pfId = document.path("id").asText("");
            try {
                items.add(QuarkusTransaction.requiringNew().call(() -> store(pfId, document)));
            } catch (RuntimeException e) {
                Log.errorf(e, "PACT pull %s: footprint %s of supplier %s could not be stored", pullId, pfId,
                        connection.supplierId);
                items.add(new Item(pfId, Item.ITEM_FAILED, null, List.of(new Violation("body",
                        "could not be stored; see the service log for pull " + pullId))));
            }
        }

        int count(String result) {
            return (int) items.stream().filter(item -> item.result().equals(result)).count();
        }

        private Item store(String pfId, JsonNode document) {
            UUID id;
            try {
                id = UUID.fromString(pfId);
            } catch (IllegalArgumentException e) {
                return new Item(pfId, Item.INVALID, null, List.of(new Violation("id", "must be a UUID")));
            }
            if (PcfDisclosure.known(id) || SupplierFootprint.findById(id) != null) {
                return new Item(pfId, Item.KNOWN, null, List.of());
            }
            ProductFootprintService.Prepared prepared = footprints.prepare(document);
            if (!prepared.violations().isEmpty()) {
                return new Item(pfId, Item.INVALID, null, prepared.violations());
            }
            PcfDisclosure disclosure = new PcfDisclosure();
            disclosure.id = UUID.randomUUID();
            disclosure.supplierId = connection.supplierId;
            disclosure.pactId = id;
            disclosure.status = DisclosureStatus.SUBMITTED;
            disclosure.product = connection.product;
            disclosure.receivedSpec = prepared.receivedSpec();
            disclosure.document = prepared.v3().toString();
            disclosure.mappingNotes = prepared.mappingNotes().toArray(String[]::new);
            disclosure.flags = flags(prepared.v3()).toArray(String[]::new);
            disclosure.sourceUrl = URI.create(connection.baseUrl.replaceAll("/+$", "") + "/" + connection.apiVersion
                    + "/footprints/" + id).toString();
            disclosure.pullId = pullId;
            disclosure.pulledAt = pulledAt;
            disclosure.createdAt = now();
            disclosure.persist();
            PcfDisclosure.flush();
            return new Item(pfId, Item.CREATED, disclosure.id, List.of());
        }

        /**
         * A host may serve more than this supplier's own footprints (a group's, a trader's): a footprint whose
         * companyIds name none of the supplier's identifiers is kept but flagged, and the reviewer decides.
         */
        private List<String> flags(JsonNode v3) {
            List<String> companyIds = new ArrayList<>();
            v3.path("companyIds").forEach(id -> companyIds.add(id.asText()));
            boolean ours = companyIds.stream().anyMatch(id -> supplierCompanyIds.contains(id.toLowerCase(Locale.ROOT)));
            return ours ? List.of() : List.of("companyIds " + companyIds + " name none of this supplier's "
                    + "identifiers; check that the footprint is the supplier's own");
        }
    }

    /** {@code host:port} of an https URL, or of an http one as PACT normalises it (to https, same host and port). */
    static Optional<String> hostAndPort(String url) {
        try {
            URI uri = URI.create(url.strip());
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (uri.getHost() == null || !(scheme.equals("https") || scheme.equals("http"))) {
                return Optional.empty();
            }
            int port = uri.getPort() == -1 ? 443 : uri.getPort();
            return Optional.of(uri.getHost().toLowerCase(Locale.ROOT) + ":" + port);
        } catch (IllegalArgumentException | NullPointerException e) {
            return Optional.empty();
        }
    }

    private static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MICROS);
    }
}
