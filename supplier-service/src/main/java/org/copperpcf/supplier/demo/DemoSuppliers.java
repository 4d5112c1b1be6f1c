package org.copperpcf.supplier.demo;

import static org.copperpcf.contracts.supplier.DemoSuppliers.REVIEWER;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.copperpcf.supplier.Disclosure;
import org.copperpcf.supplier.Evidence;
import org.copperpcf.supplier.Supplier;
import org.copperpcf.supplier.config.SupplierConfig;
import org.copperpcf.supplier.rest.DisclosureRequest;
import org.copperpcf.supplier.rest.DisclosureRequest.Certificate;
import org.copperpcf.supplier.rest.DisclosureRequest.Line;
import org.copperpcf.supplier.rest.DisclosureRequest.Pedigree;
import org.copperpcf.supplier.rest.FacilityRequest;
import org.copperpcf.supplier.rest.SupplierRequest;
import org.copperpcf.supplier.service.DisclosureService;
import org.copperpcf.supplier.service.EvidenceService;
import org.copperpcf.supplier.service.SupplierService;

import io.quarkus.hibernate.orm.panache.Panache;
import io.quarkus.logging.Log;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * Seeds the three demo suppliers of {@link org.copperpcf.contracts.supplier.DemoSuppliers} on start when
 * {@code supplier.demo.enabled=true}: a flash smelter selling cathode in Jiangxi, a rod mill in Jiangsu and a tube
 * mill in Zhejiang, each with one facility, evidence and one disclosure for 2025 that goes the normal way (created,
 * submitted, accepted by reviewer {@code demo-seed}), so their DisclosureAccepted events leave through the outbox
 * like real ones. Everything goes through the service layer in one transaction.
 *
 * <p>Idempotent: a demo supplier that exists is left alone, so a restart creates nothing. Two instances starting at
 * once take a transaction-scoped PostgreSQL advisory lock first; the second waits, then finds the suppliers there.
 *
 * <p>No oxygen line for the smelter although the item exists: its oxygen comes from the on-site air-separation unit
 * whose electricity is inside the 560,000 MWh (1,400 kWh/t incl. O2, domain brief §5.2), and the inventories model
 * oxygen as that electricity (docs/methodology/inventories.md); an oxygen line would count it twice.
 */
@ApplicationScoped
public class DemoSuppliers {
    /** The advisory-lock key that serialises seeding across instances ("demo" in the upper bits). */
    private static final long SEED_LOCK = 0x64656d6f_00000001L;
    private static final LocalDate PERIOD_START = LocalDate.parse("2025-01-01");
    private static final LocalDate PERIOD_END = LocalDate.parse("2026-01-01");
    private static final Pedigree METERED = new Pedigree(1, 1, 1, 1, 1);
    private static final Pedigree INVOICED = new Pedigree(1, 2, 1, 1, 1);
    private static final Pedigree MASS_BALANCE = new Pedigree(2, 2, 1, 1, 2);
    private static final Pedigree FREIGHT = new Pedigree(3, 2, 1, 2, 2);

    private final SupplierConfig config;
    private final SupplierService suppliers;
    private final EvidenceService evidence;
    private final DisclosureService disclosures;

    public DemoSuppliers(SupplierConfig config, SupplierService suppliers, EvidenceService evidence,
                         DisclosureService disclosures) {
        this.config = config;
        this.suppliers = suppliers;
        this.evidence = evidence;
        this.disclosures = disclosures;
    }

    void onStart(@Observes StartupEvent start) {
        if (!config.demo().enabled()) {
            return;
        }
        List<UUID> created = seed();
        Log.infof("Demo suppliers: %s", created.isEmpty() ? "present already, nothing seeded"
                : "seeded " + created);
    }

    /** Creates the demo suppliers that do not exist yet, in one transaction; answers the ids it created. */
    public List<UUID> seed() {
        return QuarkusTransaction.requiringNew().call(() -> {
            Panache.getEntityManager().createNativeQuery("select 1 from (select pg_advisory_xact_lock(?1)) l")
                    .setParameter(1, SEED_LOCK).getSingleResult();
            List<UUID> created = new ArrayList<>();
            for (Demo demo : demos()) {
                if (Supplier.findById(demo.supplierId()) == null) {
                    create(demo);
                    created.add(demo.supplierId());
                }
            }
            return created;
        });
    }

    private void create(Demo demo) {
        UUID supplierId = demo.supplierId();
        suppliers.register(supplierId, demo.supplier());
        suppliers.addFacility(supplierId, demo.facilityId(), demo.facility());
        UUID bills = evidence.store(supplierId, "energy-bills-2025.pdf", pdf(demo.supplier().nameEn()
                + " energy bills 2025"), REVIEWER).id;
        UUID receipts = evidence.store(supplierId, "material-receipts-2025.pdf", pdf(demo.supplier().nameEn()
                + " material and freight receipts 2025"), REVIEWER).id;
        List<Certificate> certificates = new ArrayList<>();
        if (demo.certificateId() != null) {
            Evidence redemption = evidence.store(supplierId, "gec-redemption-2025.pdf", pdf(demo.supplier().nameEn()
                    + " GEC redemption statement " + demo.certificateId()), REVIEWER);
            certificates.add(new Certificate(demo.certificateId(), new BigDecimal("100000"), 2025, "wind",
                    redemption.id));
        }
        List<Line> lines = demo.lines().stream().map(line -> cite(line,
                "energy".equals(line.category()) ? bills : receipts)).toList();
        DisclosureRequest request = new DisclosureRequest(demo.facilityId(), demo.process(), PERIOD_START,
                PERIOD_END, demo.product(), new DisclosureRequest.Quantity(demo.productionT(), "t"), lines, List.of(),
                certificates);
        Disclosure disclosure = disclosures.create(supplierId, request, REVIEWER);
        disclosures.submit(supplierId, disclosure.id);
        disclosures.accept(supplierId, disclosure.id, "Demo data seeded on first start", REVIEWER);
    }

    private static Line cite(Line line, UUID evidenceId) {
        return new Line(line.category(), line.item(), line.amount(), line.unit(), line.scrapKind(),
                line.distanceKm(), line.dataType(), line.pedigree(), List.of(evidenceId), line.note());
    }

    /** A minimal PDF the evidence sniffer accepts. */
    private static byte[] pdf(String title) {
        return ("%PDF-1.7\n% copper-pcf demo evidence: " + title + "\n1 0 obj << /Type /Catalog >> endobj\n%%EOF\n")
                .getBytes(StandardCharsets.UTF_8);
    }

    private record Demo(UUID supplierId, SupplierRequest supplier, UUID facilityId, FacilityRequest facility,
                        String process, String product, BigDecimal productionT, List<Line> lines,
                        String certificateId) {
    }

    static List<Demo> demos() {
        return List.of(
                new Demo(org.copperpcf.contracts.supplier.DemoSuppliers.SMELTER,
                        new SupplierRequest("Jiangxi Demo Copper Smelting Co., Ltd.", "江西演示铜冶炼有限公司",
                                org.copperpcf.contracts.supplier.DemoSuppliers.SMELTER_USCC, List.of()),
                        org.copperpcf.contracts.supplier.DemoSuppliers.SMELTER_FACILITY,
                        new FacilityRequest("Jiangxi demo smelter and refinery (flash smelting)", "CN-JX",
                                "CN-CENTRAL", List.of("SMELTING", "CONVERTING", "FIRE_REFINING", "ELECTROREFINING"),
                                new BigDecimal("450000")),
                        "ELECTROREFINING", "cathode", new BigDecimal("400000"), List.of(
                        line("energy", "electricity", "560000", "MWh", METERED, "grid electricity, site total incl. "
                                + "the on-site oxygen plant, acid plant and tank house"),
                        line("energy", "natural_gas", "16000000", "Nm3", INVOICED, null),
                        line("material", "concentrate", "1650000", "t", MASS_BALANCE, "flash smelting feed"),
                        line("material", "limestone", "12000", "t", INVOICED, null),
                        line("direct_emission", "co2", "10800", "t", MASS_BALANCE,
                                "process CO2 from carbonates and carbon in the feed, by carbon balance"),
                        transport("sea", "1650000", "11250"),
                        transport("rail", "1650000", "225"),
                        transport("road", "1650000", "75")),
                        "GEC-2025-JX-DEMO-0000001"),
                new Demo(org.copperpcf.contracts.supplier.DemoSuppliers.ROD_MILL,
                        new SupplierRequest("Jiangsu Demo Wire Rod Co., Ltd.", "江苏演示铜杆有限公司",
                                org.copperpcf.contracts.supplier.DemoSuppliers.ROD_MILL_USCC, List.of()),
                        org.copperpcf.contracts.supplier.DemoSuppliers.ROD_MILL_FACILITY,
                        new FacilityRequest("Jiangsu demo rod mill (continuous cast-and-roll)", "CN-JS", "CN-EAST",
                                List.of("ROD_CAST_ROLL"), new BigDecimal("250000")),
                        "ROD_CAST_ROLL", "rod", new BigDecimal("200000"), List.of(
                        line("energy", "electricity", "16000", "MWh", METERED, null),
                        line("energy", "natural_gas", "6400000", "Nm3", INVOICED, "shaft and holding furnaces"),
                        line("material", "cathode", "200600", "t", INVOICED, null),
                        transport("road", "200600", "300")),
                        null),
                new Demo(org.copperpcf.contracts.supplier.DemoSuppliers.TUBE_MILL,
                        new SupplierRequest("Zhejiang Demo Copper Tube Co., Ltd.", "浙江演示铜管有限公司",
                                org.copperpcf.contracts.supplier.DemoSuppliers.TUBE_MILL_USCC, List.of()),
                        org.copperpcf.contracts.supplier.DemoSuppliers.TUBE_MILL_FACILITY,
                        new FacilityRequest("Zhejiang demo tube mill (cast-and-roll)", "CN-ZJ", "CN-EAST",
                                List.of("TUBE_CAST_ROLL"), new BigDecimal("120000")),
                        "TUBE_CAST_ROLL", "tube", new BigDecimal("100000"), List.of(
                        line("energy", "electricity", "110000", "MWh", METERED, null),
                        line("energy", "natural_gas", "2800000", "Nm3", INVOICED, "annealing"),
                        line("material", "cathode", "80400", "t", INVOICED, null),
                        new Line("scrap", "copper_scrap", new BigDecimal("21000"), "t", "pre_consumer", null,
                                "primary", INVOICED, List.of(), "purchased fabrication scrap"),
                        transport("road", "101400", "300")),
                        null));
    }

    private static Line line(String category, String item, String amount, String unit, Pedigree pedigree,
                             String note) {
        return new Line(category, item, new BigDecimal(amount), unit, null, null, "primary", pedigree, List.of(),
                note);
    }

    private static Line transport(String mode, String tonnes, String km) {
        return new Line("transport", mode, new BigDecimal(tonnes), "t", null, new BigDecimal(km), "secondary",
                FREIGHT, List.of(), null);
    }
}
