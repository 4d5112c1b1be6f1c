package org.copperpcf.certification.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.copperpcf.contracts.footprint.FootprintPublished;
import org.copperpcf.contracts.footprint.FootprintPublished.InputRef;
import org.copperpcf.contracts.footprint.FootprintSpecification;
import org.junit.jupiter.api.Test;
import org.opentest4j.AssertionFailedError;

class ReportPdfsTest {
    private static final Instant GENERATED = Instant.parse("2026-11-22T08:00:00Z");
    private static final String RESULT_HASH = "sha256:c45f09a19bbcdae3e120d6ddf3d13d9b354f33861df5a253dc61ac70ae8acd30";

    @Test
    void theStudyReportHasEveryReportingElementTheResultsAndAStageChart() {
        FootprintPublished f = studied();
        RenderedPdf pdf = RenderedPdf.of(StudyReportPdf.render(f, GENERATED), "study-report").assertNotBlank();

        pdf.assertContains("Carbon footprint study report: copper.rod", f.footprintId().toString(),
                f.versionId().toString(), "4.220622932 kg CO2e per 1 kg", RESULT_HASH, "inputs-hash-1",
                "Declared unit", "System boundary", "cradle-to-gate", "Reporting period", "2024-01-01 (inclusive)",
                "Allocation", "sulphuric-acid by substitution", "Electricity", "location-based", "Cut-off rule",
                "Data quality", "Uncertainty", "2.99107166 to 5.955610548", "Results by stage", "mining",
                "2.688370516", "63.7 %", "Results by gas", "co2e", "Limitations", "tube.cast-and-roll.cn v1",
                "CN-2025.1 v1", "0f6c1e2a-8b7d-4c3e-9f10-1a2b3c4d5e6f v1", "Stage breakdown", "- ??? data for 2024",
                "generated 2026-11-22T08:00:00Z", "page 1 of " + pdf.pages());
        assertTrue(pdf.pages() >= 2, "a full report spans pages: " + pdf.pages());
    }

    @Test
    void whatTheCalculationDidNotRecordIsNotReportedWithTheReason() {
        FootprintPublished bare = new FootprintPublished(UUID.randomUUID(), UUID.randomUUID(), 1, null,
                "copper.cathode", "1 t", null, null, new BigDecimal("3800"), null, null, null, null, null,
                RESULT_HASH, GENERATED, null);

        RenderedPdf.of(StudyReportPdf.render(bare, GENERATED), "study-report-bare").assertNotBlank()
                .assertContains("3800 kg CO2e per 1 t",
                        "Not reported: the specification set no period",
                        "Not reported: the calculation recorded no allocation rule",
                        "Not reported: the calculation carried no uncertainty analysis",
                        "Not reported: the calculation published no stage breakdown",
                        "Not reported: the calculation carried no data-quality ratings");
    }

    @Test
    void theCertificateIsOnePageWithItsIdValueValidityAndCheckUrl() {
        CertificateDocument certificate = new CertificateDocument("CERT-2026-000042", "valid",
                UUID.fromString("6a1d2c3b-4e5f-4a7b-8c9d-0e1f2a3b4c5d"), "江西铜业 Jiangxi Copper", "copper.rod",
                "1 kg", new BigDecimal("1.874"), UUID.fromString("044e1da6-4890-4960-9968-574ef2696350"), 3,
                RESULT_HASH, "low-carbon-copper-rod", 1, Instant.parse("2026-11-20T09:30:00Z"),
                LocalDate.of(2026, 11, 20), LocalDate.of(2029, 11, 19),
                List.of(LocalDate.of(2027, 11, 20), LocalDate.of(2028, 11, 20)), "test-certifier",
                "https://pcf.example.cn/check/CERT-2026-000042");

        RenderedPdf pdf = RenderedPdf.of(CertificatePdf.render(certificate, GENERATED), "certificate")
                .assertNotBlank();

        assertEquals(1, pdf.pages());
        pdf.assertContains("CERT-2026-000042", "1.874 kg CO2e per 1 kg", "copper.rod",
                "low-carbon-copper-rod version 1", "2026-11-20 to 2029-11-19", "2027-11-20, 2028-11-20", "valid",
                "https://pcf.example.cn/check/CERT-2026-000042", "???? Jiangxi Copper", RESULT_HASH);
    }

    @Test
    void theReductionReportHasATableAndAChartPerSupplier() {
        UUID supplier = UUID.randomUUID();
        SupplierReduction rod = new SupplierReduction(supplier, "copper.rod", "1 kg", new BigDecimal("2.5"), List.of(
                new SupplierReduction.YearIntensity(2024, new BigDecimal("2.5"), 2, new BigDecimal("0.00"),
                        "base year; mean of 2 footprints", List.of()),
                new SupplierReduction.YearIntensity(2025, new BigDecimal("2"), 1, new BigDecimal("20.00"), null,
                        List.of())), null);
        UUID without = UUID.randomUUID();
        SupplierReductionReportView report = new SupplierReductionReportView(UUID.randomUUID(), "Core suppliers 2025",
                "test-buyer", 2024, null, null, List.of(supplier, without), GENERATED, List.of(rod,
                new SupplierReduction(without, null, null, null, List.of(),
                        "no footprints with this supplier as producer")));

        RenderedPdf.of(SupplierReductionPdf.render(report, GENERATED), "supplier-reduction").assertNotBlank()
                .assertContains("Core suppliers 2025", "Supplier " + supplier, "copper.rod (kg CO2e per 1 kg)",
                        "20.00 %", "mean of 2 footprints", "Intensity by year", "(20.00 %)",
                        "Supplier " + without, "no footprints with this supplier as producer");
    }

    @Test
    void anEmptyPageCountsAsBlank() throws IOException {
        try (PDDocument empty = new PDDocument()) {
            empty.addPage(new PDPage());
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            empty.save(out);
            RenderedPdf blank = RenderedPdf.of(out.toByteArray(), "empty");
            assertEquals(0.0, blank.inkShare());
            assertThrows(AssertionFailedError.class, blank::assertNotBlank);
        }
    }

    @Test
    void charactersTheStandardFontCannotEncodeBecomeQuestionMarks() {
        var helvetica = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
        assertEquals("?? copper ? 2.5 kg CO2e/kg, 12 %",
                PdfText.sanitize(helvetica, "铜杆 copper → 2.5 kg CO2e/kg, 12 %"));
        assertEquals("a b", PdfText.sanitize(helvetica, "a\tb"));
        assertFalse(PdfText.sanitize(helvetica, "Müller – “ok”").contains("?"));
    }

    /** A full footprint as footprint-service publishes it (shape of pcf-contracts' example event). */
    static FootprintPublished studied() {
        UUID supplier = UUID.fromString("6a1d2c3b-4e5f-4a7b-8c9d-0e1f2a3b4c5d");
        var spec = new FootprintSpecification("rod.cn", null, Map.of(), new FootprintSpecification.Producer(supplier,
                null), new FootprintSpecification.Period(LocalDate.of(2024, 1, 1), LocalDate.of(2025, 1, 1)), null,
                null, "CN-2025.1", "AR6");
        var breakdown = new FootprintPublished.Breakdown(Map.of("mining", new BigDecimal("2.688370516"),
                "smelting", new BigDecimal("0.6909310188"), "rod_casting", new BigDecimal("0.7769477"),
                "scrap_preparation", new BigDecimal("0.006758039582"), "transport", new BigDecimal("0.0576156576")),
                Map.of("co2", new BigDecimal("1.080542984"), "co2e", new BigDecimal("3.140079947")), Map.of(),
                Map.of());
        var q = new BigDecimal("2.3");
        var metrics = new FootprintPublished.Metrics(new BigDecimal("4.220622932"), BigDecimal.ZERO,
                new BigDecimal("14.46"), new BigDecimal("30.75"), BigDecimal.ZERO,
                new FootprintPublished.DataQuality(q, q, q, q, q, new BigDecimal("2.32")),
                new FootprintPublished.Uncertainty("first-order propagation", new BigDecimal("1.192071453"),
                        new BigDecimal("2.99107166"), new BigDecimal("5.955610548")));
        var methodology = new FootprintPublished.Methodology(List.of("ISO 14067:2018", "GB/T 24067-2024"),
                "cradle-to-gate", "recycled content (cut-off): scrap enters burden-free",
                List.of("cathode.pyro-flash.smelting-refining.cn: sulphuric-acid by substitution"),
                "location-based: grid-average factors", "AR6", "IPCC AR6 GWP100 from factor release CN-2025.1",
                List.of("供应商 data\nfor 2024"));
        var lineage = new FootprintPublished.Lineage(
                new InputRef("tube.cast-and-roll.cn", 1, "sha256:84d5", UUID.randomUUID()),
                List.of(new InputRef("concentrate.mining-beneficiation.cn", 1, "sha256:ed24", UUID.randomUUID())),
                new InputRef("CN-2025.1", 1, null, UUID.randomUUID()), "AR6", Map.of(),
                List.of(new FootprintPublished.SupplierInput("producer", supplier, "copper.rod", "disclosure",
                        UUID.fromString("0f6c1e2a-8b7d-4c3e-9f10-1a2b3c4d5e6f"), 1L, "sha256:e73a", "rod.cn@x",
                        BigDecimal.ONE)),
                List.of("electricity.grid.cn-jx.2023"), "location_based");
        return new FootprintPublished(UUID.randomUUID(), UUID.randomUUID(), 1, null, "copper.rod", "1 kg", "CN-JX",
                spec, new BigDecimal("4.220622932"), breakdown, metrics, methodology, lineage, "inputs-hash-1",
                RESULT_HASH, Instant.parse("2026-11-22T02:48:50Z"), "created by test-admin");
    }
}
