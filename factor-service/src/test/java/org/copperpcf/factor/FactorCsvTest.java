package org.copperpcf.factor;

import static io.restassured.RestAssured.given;
import static org.copperpcf.factor.FactorApi.PROBLEM_JSON;
import static org.copperpcf.factor.FactorApi.RELEASES;
import static org.copperpcf.factor.FactorApi.createDraft;
import static org.copperpcf.factor.FactorApi.uniqueName;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;

import org.copperpcf.factor.imports.FactorTable;
import org.copperpcf.kit.testing.ServiceInfrastructure;
import org.copperpcf.kit.testing.TestTokens;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
@WithTestResource(value = ServiceInfrastructure.class, scope = TestResourceScope.GLOBAL)
class FactorCsvTest {
    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    static String header() {
        return String.join(",", FactorTable.COLUMNS) + "\n";
    }

    static String row(String key, String unit, String co2, String category) {
        return key + ",Test " + key + ",," + category + "," + unit + ",," + co2
                + ",,,,,,,,co2_only,CN-JX,,2023,,,combustion,location_average,MEE/NBS,test,2025-12-31,,verified,"
                + "2,1,2,1,2,1.05,test licence,true,\n";
    }

    @Test
    void aFileWithProblemsIsRefusedWholeWithEveryRowAndColumnNamed() {
        String name = uniqueName("CSV-BAD");
        createDraft(name, null).statusCode(201);
        String csv = header()
                + row("test.ok.one", "kWh", "0.5", "electricity")          // row 2: fine
                + row("test.negative", "kWh", "-0.5", "electricity")       // row 3
                + row("test.unit", "kWhh", "0.5", "electricity")           // row 4
                + row("test.category", "kWh", "0.5", "nuclear")            // row 5
                + row("test.ok.one", "kWh", "0.5", "electricity")          // row 6: duplicate key
                + row("test.number", "kWh", "1.2e-3", "electricity");      // row 7
        given().auth().oauth2(TestTokens.admin()).contentType("text/csv").body(csv)
                .when().post(RELEASES + "/" + name + "/imports")
                .then().statusCode(400)
                .contentType(startsWith(PROBLEM_JSON))
                .body("violations.field", containsInAnyOrder("row[3].co2", "row[4].activity_unit",
                        "row[5].category", "row[6].key", "row[7].co2"))
                .body("violations.find { it.field == 'row[6].key' }.message", containsString("first in row 2"))
                .body("violations.find { it.field == 'row[7].co2' }.message", containsString("no exponent"));
        given().auth().oauth2(TestTokens.admin()).when().get(RELEASES + "/" + name)
                .then().body("factorCount", is(0));
    }

    @Test
    void aBrokenHeaderOrAnUnreadableFileIsNamed() {
        String name = uniqueName("CSV-HEADER");
        createDraft(name, null).statusCode(201);
        given().auth().oauth2(TestTokens.admin()).contentType("text/csv").body("key,name_en,colour\nx,y,z\n")
                .when().post(RELEASES + "/" + name + "/imports")
                .then().statusCode(400)
                .body("violations.field", hasItem("header"))
                .body("violations.message", hasItem("unknown column 'colour'"))
                .body("violations.message", hasItem(startsWith("missing columns: name_zh, category")));
        given().auth().oauth2(TestTokens.admin()).contentType(XLSX).body(new byte[] {1, 2, 3})
                .when().post(RELEASES + "/" + name + "/imports")
                .then().statusCode(400).body("violations[0].field", is("file"));
        given().auth().oauth2(TestTokens.admin()).contentType("text/csv").body(header())
                .when().post(RELEASES + "/" + name + "/imports")
                .then().statusCode(400).body("violations[0].message", is("has no data rows"));
    }

    @Test
    void csvAndXlsxImportsLandInTheDraftAndTheExportReadsBack() throws IOException {
        String name = uniqueName("CSV-OK");
        createDraft(name, null).statusCode(201);
        given().auth().oauth2(TestTokens.admin()).contentType("text/csv")
                .body(header() + row("test.csv.a", "kWh", "0.5", "electricity") + row("test.csv.b", "MWh", "500", "electricity"))
                .when().post(RELEASES + "/" + name + "/imports")
                .then().statusCode(200).body("rows", is(2)).body("added", is(2)).body("format", is("csv"));

        given().auth().oauth2(TestTokens.admin()).contentType(XLSX)
                .body(xlsx(List.of(List.of("test.csv.a", "0.55"), List.of("test.xlsx.c", "0.6"))))
                .when().post(RELEASES + "/" + name + "/imports")
                .then().statusCode(200).body("rows", is(2)).body("added", is(1)).body("replaced", is(1));

        given().auth().oauth2(TestTokens.admin()).when().get(RELEASES + "/" + name + "/factors/test.csv.a")
                .then().statusCode(200).body("gases.co2", is("0.55"));
        String export = given().auth().oauth2(TestTokens.admin()).when().get(RELEASES + "/" + name + "/export")
                .then().statusCode(200).contentType(startsWith("text/csv")).extract().asString();
        assertEquals(4, export.lines().count(), export);

        String copy = uniqueName("CSV-COPY");
        createDraft(copy, null).statusCode(201);
        given().auth().oauth2(TestTokens.admin()).contentType("text/csv; charset=UTF-8").body(export)
                .when().post(RELEASES + "/" + copy + "/imports")
                .then().statusCode(200).body("added", is(3));
        given().auth().oauth2(TestTokens.admin()).when().get(RELEASES + "/" + copy + "/factors/test.csv.b")
                .then().statusCode(200).body("activityUnit", is("MWh")).body("gases.co2", is("500"))
                .body("source.publicationDate", is("2025-12-31"));
    }

    @Test
    void theSeedFileItselfImportsCleanly() {
        String name = uniqueName("SEED-COPY");
        createDraft(name, null).statusCode(201);
        String seed = given().auth().oauth2(TestTokens.admin()).when().get(RELEASES + "/CN-2025.1/export")
                .then().statusCode(200).extract().asString();
        int rows = (int) seed.lines().count() - 1;
        given().auth().oauth2(TestTokens.admin()).contentType("text/csv; charset=UTF-8").body(seed)
                .when().post(RELEASES + "/" + name + "/imports")
                .then().statusCode(200).body("added", is(rows));
        given().auth().oauth2(TestTokens.certifier()).queryParam("against", "CN-2025.1")
                .when().get(RELEASES + "/" + name + "/diff").then().statusCode(404);
        given().auth().oauth2(TestTokens.admin()).queryParam("against", "CN-2025.1")
                .when().get(RELEASES + "/" + name + "/diff")
                .then().statusCode(200).body("added.size()", is(0)).body("removed.size()", is(0))
                .body("changed.size()", is(0));
    }

    @Test
    void aReleaseTooLargeForOneEventIsRefusedAtPublicationAndStaysADraft() {
        String name = uniqueName("HUGE");
        createDraft(name, null).statusCode(201);
        StringBuilder csv = new StringBuilder(header());
        for (int i = 0; i < 20_000; i++) {
            csv.append(row("test.huge.f" + i, "kWh", "0.5", "electricity"));
        }
        given().auth().oauth2(TestTokens.admin()).contentType("text/csv").body(csv.toString())
                .when().post(RELEASES + "/" + name + "/imports").then().statusCode(200).body("added", is(20_000));
        given().auth().oauth2(TestTokens.admin()).when().post(RELEASES + "/" + name + "/publish")
                .then().statusCode(409).body("code", is("EVENT_TOO_LARGE"));
        given().auth().oauth2(TestTokens.admin()).when().get(RELEASES + "/" + name)
                .then().statusCode(200).body("status", is("draft"));
    }

    private static byte[] xlsx(List<List<String>> keyAndCo2) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (Workbook workbook = new Workbook(out, "copper-pcf-test", "1.0")) {
            Worksheet sheet = workbook.newWorksheet("factors");
            for (int c = 0; c < FactorTable.COLUMNS.size(); c++) {
                sheet.value(0, c, FactorTable.COLUMNS.get(c));
            }
            for (int r = 0; r < keyAndCo2.size(); r++) {
                String[] cells = row(keyAndCo2.get(r).get(0), "kWh", keyAndCo2.get(r).get(1), "electricity")
                        .strip().split(",", -1);
                for (int c = 0; c < cells.length; c++) {
                    if (!cells[c].isEmpty()) {
                        sheet.value(r + 1, c, cells[c]);
                    }
                }
            }
        }
        return out.toByteArray();
    }
}
