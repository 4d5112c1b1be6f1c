package org.copperpcf.supplier;

import static io.restassured.RestAssured.given;
import static org.copperpcf.supplier.SupplierApi.PROBLEM_JSON;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.startsWith;

import java.nio.charset.StandardCharsets;

import org.copperpcf.kit.testing.ServiceInfrastructure;
import org.copperpcf.supplier.SupplierApi.Registered;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
@WithTestResource(value = ServiceInfrastructure.class, scope = TestResourceScope.GLOBAL)
class ActivityImportTest {
    private static final String TEMPLATE_CERTIFICATE = "GEC-2025-JX-000123";

    @Test
    void theCsvTemplateImportsAsOneDisclosure() {
        Registered supplier = SupplierApi.registerSupplierWithFacility();
        String template = given().auth().oauth2(supplier.token()).when().get(supplier.disclosures() + "/template")
                .then().statusCode(200).contentType(startsWith("text/csv")).extract().asString();
        String csv = template.replace(TEMPLATE_CERTIFICATE, SupplierApi.uniqueCertificate());

        given().auth().oauth2(supplier.token()).contentType("text/plain").body(csv.getBytes(StandardCharsets.UTF_8))
                .queryParam("submit", true)
                .when().post(supplier.disclosures() + "/import")
                .then().statusCode(201).body("rows", is(4)).body("lines", is(3)).body("disclosures", hasSize(1));
        given().auth().oauth2(supplier.token()).when().get(supplier.disclosures())
                .then().statusCode(200).body("size()", is(1)).body("[0].status", is("submitted"))
                .body("[0].facilityId", is(supplier.facilityId().toString()))
                .body("[0].lines.item", contains("electricity", "copper_scrap", "rail"))
                .body("[0].greenCertificates[0].vintage", is(2025));
    }

    @Test
    void theXlsxTemplateImportsToo() {
        Registered supplier = SupplierApi.registerSupplierWithFacility();
        byte[] xlsx = given().auth().oauth2(supplier.token()).queryParam("format", "xlsx")
                .when().get(supplier.disclosures() + "/template")
                .then().statusCode(200).extract().asByteArray();
        given().auth().oauth2(supplier.token()).body(withoutCertificate(xlsx))
                .contentType("application/octet-stream")
                .when().post(supplier.disclosures() + "/import")
                .then().statusCode(201).body("rows", is(3)).body("lines", is(3)).body("disclosures", hasSize(1));
    }

    @Test
    void everyBadRowIsReportedAndNothingIsStored() {
        Registered supplier = SupplierApi.registerSupplierWithFacility();
        String f = supplier.facilityId().toString();
        String other = java.util.UUID.randomUUID().toString();
        String csv = String.join(",", org.copperpcf.supplier.imports.ActivityTable.COLUMNS) + "\n"
                + f + ",ELECTROREFINING,2025-01-01,2026-01-01,cathode,100000,energy,electricity,35000,MWh,,,primary,,,,,,,,,,\n"
                + f + ",ELECTROREFINING,2025-01-01,2026-01-01,cathode,100000,energy,natural_gas,12O0,Nm3,,,primary,,,,,,,,,,\n"
                + f + ",ELECTROREFINING,2025-01-01,2026-01-01,cathode,100000,scrap,copper_scrap,10,kgs,post_consumer,,primary,,,,,,,,,,\n"
                + other + ",ELECTROREFINING,2025-01-01,2026-01-01,cathode,100,energy,electricity,35,MWh,,,primary,,,,,,,,,,\n";
        given().auth().oauth2(supplier.token()).body(csv.getBytes(StandardCharsets.UTF_8)).contentType("text/csv")
                .when().post(supplier.disclosures() + "/import")
                .then().statusCode(400).contentType(startsWith(PROBLEM_JSON))
                .body("violations.field", contains("rows[3].amount", "rows[4].unit", "rows[5].facility_id"))
                .body("violations[0].message", is("'12O0' is not a decimal number"));
        given().auth().oauth2(supplier.token()).when().get(supplier.disclosures())
                .then().statusCode(200).body("size()", is(0));
    }

    @Test
    void aClaimedCertificateInAnyDisclosureStoresNoneOfTheFile() {
        Registered supplier = SupplierApi.registerSupplierWithFacility();
        String certificate = SupplierApi.uniqueCertificate();
        given().auth().oauth2(supplier.token()).contentType("application/json")
                .body(SupplierApi.disclosure(supplier, certificate, null))
                .when().post(supplier.disclosures()).then().statusCode(201);
        String f = supplier.facilityId().toString();
        String csv = String.join(",", org.copperpcf.supplier.imports.ActivityTable.COLUMNS) + "\n"
                + f + ",ELECTROREFINING,2024-01-01,2025-01-01,cathode,100000,energy,electricity,35000,MWh,,,primary,,,,,,,,,,\n"
                + f + ",ELECTROREFINING,2025-01-01,2026-01-01,cathode,100000,energy,electricity,35000,MWh,,,primary,,,,,,,,,,\n"
                + f + ",ELECTROREFINING,2025-01-01,2026-01-01,cathode,100000,green_certificate," + certificate
                + ",1,MWh,,,primary,,,,,,,,2025,wind,\n";
        given().auth().oauth2(supplier.token()).body(csv.getBytes(StandardCharsets.UTF_8)).contentType("text/csv")
                .when().post(supplier.disclosures() + "/import")
                .then().statusCode(409).body("code", is("CERTIFICATE_ALREADY_CLAIMED"));
        given().auth().oauth2(supplier.token()).when().get(supplier.disclosures())
                .then().statusCode(200).body("size()", is(1));
    }

    /** The XLSX template's certificate row would clash with other runs; it is dropped by reading and rewriting. */
    private static byte[] withoutCertificate(byte[] xlsx) {
        try (var workbook = new org.dhatim.fastexcel.reader.ReadableWorkbook(new java.io.ByteArrayInputStream(xlsx));
             var rows = workbook.getFirstSheet().openStream();
             var out = new java.io.ByteArrayOutputStream()) {
            var writer = new org.dhatim.fastexcel.Workbook(out, "test", "1.0");
            var sheet = writer.newWorksheet("activity");
            int r = 0;
            for (var row : (Iterable<org.dhatim.fastexcel.reader.Row>) rows::iterator) {
                if (row.getCellText(6).equals("green_certificate")) {
                    continue;
                }
                for (int c = 0; c < row.getCellCount(); c++) {
                    sheet.value(r, c, row.getCellText(c));
                }
                r++;
            }
            writer.finish();
            return out.toByteArray();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
