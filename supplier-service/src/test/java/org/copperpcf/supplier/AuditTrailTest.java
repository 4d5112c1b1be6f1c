package org.copperpcf.supplier;

import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.is;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.copperpcf.kit.testing.AuditTrailChecks;
import org.copperpcf.kit.testing.ServiceInfrastructure;
import org.copperpcf.kit.testing.TestTokens;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

@QuarkusTest
@WithTestResource(value = ServiceInfrastructure.class, scope = TestResourceScope.GLOBAL)
class AuditTrailTest {

    @Test
    void theDisclosureWorkflowIsInTheVerifiableAuditTrailAndTamperingIsReported() {
        SupplierApi.Registered supplier = SupplierApi.registerSupplierWithFacility();
        String id = given().auth().oauth2(supplier.token()).contentType(ContentType.JSON)
                .body(SupplierApi.disclosure(supplier, SupplierApi.uniqueCertificate(), null))
                .when().post(supplier.disclosures()).then().statusCode(201).extract().path("id");
        given().auth().oauth2(supplier.token()).when().post(supplier.disclosures() + "/" + id + "/submit")
                .then().statusCode(200);
        given().auth().oauth2(TestTokens.buyer()).contentType(ContentType.JSON).body("{\"comment\": \"fine\"}")
                .when().post(supplier.disclosures() + "/" + id + "/accept").then().statusCode(200);

        List<Map<String, Object>> entries = AuditTrailChecks.entries(Map.of("entityType", "disclosure", "entityId", id));
        assertThat(entries.stream().map(e -> e.get("action")).toList(),
                contains("disclosure-created", "disclosure-submitted", "disclosure-accepted"));
        String supplierActor = "test-supplier-" + supplier.supplierId();
        assertThat(entries.stream().map(e -> e.get("actor")).toList(),
                contains(supplierActor, supplierActor, "test-buyer"));
        assertThat(entries.stream().map(e -> e.get("supplierId")).toList(),
                everyItem(is(supplier.supplierId().toString())));
        assertThat(entries.get(2).get("beforeHash"), is(entries.get(1).get("afterHash")));

        // A supplier reads its own entries only; another supplier sees none of them.
        List<String> own = given().auth().oauth2(supplier.token()).when().get(AuditTrailChecks.AUDIT)
                .then().statusCode(200).extract().path("action");
        assertThat(own, hasItems("supplier-registered", "facility-added", "disclosure-accepted"));
        String stranger = TestTokens.supplier(UUID.randomUUID());
        given().auth().oauth2(stranger).queryParam("supplierId", supplier.supplierId().toString())
                .when().get(AuditTrailChecks.AUDIT).then().statusCode(403);
        assertThat(given().auth().oauth2(stranger).when().get(AuditTrailChecks.AUDIT)
                .then().statusCode(200).extract().<List<Object>>path(""), empty());
        given().auth().oauth2(supplier.token()).when().get(AuditTrailChecks.AUDIT + "/verify").then().statusCode(403);

        AuditTrailChecks.assertBuyersReadOnlyTheirOwnEntries();
        AuditTrailChecks.assertValid();
        AuditTrailChecks.assertEditIsDetected(((Number) entries.get(2).get("sequence")).longValue());
        AuditTrailChecks.assertDeletionIsDetected(((Number) entries.get(1).get("sequence")).longValue());
    }
}
