package org.copperpcf.supplier;

import static io.restassured.RestAssured.given;
import static org.copperpcf.supplier.SupplierApi.PROBLEM_JSON;
import static org.copperpcf.supplier.SupplierApi.SUPPLIERS;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;

import org.copperpcf.kit.testing.ServiceInfrastructure;
import org.copperpcf.kit.testing.TestTokens;
import org.copperpcf.supplier.SupplierApi.Registered;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
@WithTestResource(value = ServiceInfrastructure.class, scope = TestResourceScope.GLOBAL)
class EvidenceTest {

    @Test
    void aFileIsTypedByItsContentAndStoredWithItsSha256() throws Exception {
        Registered supplier = SupplierApi.registerSupplierWithFacility();
        String evidence = SUPPLIERS + "/" + supplier.supplierId() + "/evidence";
        byte[] csv = "month,kWh\n2025-01,3500000\n".getBytes(StandardCharsets.UTF_8);
        String sha = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(csv));
        String id = given().auth().oauth2(supplier.token()).contentType("image/png").body(csv)
                .queryParam("fileName", "meter-log.csv")
                .when().post(evidence)
                .then().statusCode(201).body("mediaType", is("text/csv")).body("sha256", is(sha))
                .body("sizeBytes", is(csv.length)).extract().path("id");
        byte[] back = given().auth().oauth2(TestTokens.certifier()).when().get(evidence + "/" + id + "/content")
                .then().statusCode(200).header("ETag", is("\"" + sha + "\""))
                .contentType(startsWith("text/csv")).extract().asByteArray();
        assertArrayEquals(csv, back);
    }

    @Test
    void aFileOfAnotherTypeOrTooLargeIsRefused() {
        Registered supplier = SupplierApi.registerSupplierWithFacility();
        String evidence = SUPPLIERS + "/" + supplier.supplierId() + "/evidence";
        given().auth().oauth2(supplier.token()).contentType("application/pdf")
                .body(new byte[]{'M', 'Z', (byte) 0x90, 0, 3, 0}).queryParam("fileName", "invoice.pdf")
                .when().post(evidence)
                .then().statusCode(415).contentType(startsWith(PROBLEM_JSON))
                .body("code", is("UNSUPPORTED_EVIDENCE_TYPE"));
        byte[] huge = new byte[10 * 1024 * 1024 + 1];
        System.arraycopy(SupplierApi.PDF, 0, huge, 0, SupplierApi.PDF.length);
        given().auth().oauth2(supplier.token()).contentType("application/pdf").body(huge)
                .queryParam("fileName", "scan.pdf")
                .when().post(evidence)
                .then().statusCode(413).body("code", is("EVIDENCE_TOO_LARGE"));
        given().auth().oauth2(supplier.token()).contentType("application/pdf").body(SupplierApi.PDF)
                .when().post(evidence)
                .then().statusCode(400).body("violations[0].field", is("fileName"));
    }
}
