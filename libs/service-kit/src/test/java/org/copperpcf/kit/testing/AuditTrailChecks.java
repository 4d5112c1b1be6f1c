package org.copperpcf.kit.testing;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;

import io.quarkus.hibernate.orm.panache.Panache;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.restassured.path.json.JsonPath;

/**
 * The audit-trail checks every service runs against its own {@code /api/v1/audit}: reading with filters, and that a
 * row edited or deleted behind the service's back is reported as the first break. Each tampering is undone before
 * returning, so the rest of the module's tests still see a valid chain.
 */
public final class AuditTrailChecks {
    public static final String AUDIT = "/api/v1/audit";

    private AuditTrailChecks() {
    }

    /** The entries a certifier reads with {@code filters}. */
    public static List<Map<String, Object>> entries(Map<String, ?> filters) {
        return given().auth().oauth2(TestTokens.certifier()).queryParams(filters).when().get(AUDIT)
                .then().statusCode(200).extract().jsonPath().getList("$");
    }

    public static void assertValid() {
        given().auth().oauth2(TestTokens.certifier()).when().get(AUDIT + "/verify")
                .then().statusCode(200).body("valid", is(true)).body("firstBreak", nullValue());
    }

    /**
     * A buyer reads only the entries of its own actions (none here, where buyers write nothing), never another
     * actor's, and cannot verify; without a token nothing is read.
     */
    public static void assertBuyersReadOnlyTheirOwnEntries() {
        given().auth().oauth2(TestTokens.buyer()).when().get(AUDIT).then().statusCode(200)
                .body("actor", everyItem(is("test-buyer")));
        given().auth().oauth2(TestTokens.buyer()).queryParam("actor", "test-admin").when().get(AUDIT)
                .then().statusCode(403);
        given().auth().oauth2(TestTokens.buyer()).when().get(AUDIT + "/verify").then().statusCode(403);
        given().when().get(AUDIT).then().statusCode(401);
    }

    /** Sets entry {@code sequence}'s actor to 'mallory' in SQL, expects verify to name it as edited, restores it. */
    public static void assertEditIsDetected(long sequence) {
        String actor = (String) tamper("update audit_log set actor = 'mallory' where seq = ?1 "
                + "returning (select actor from audit_log where seq = ?1)", sequence);
        try {
            assertBreak(sequence, "edited");
        } finally {
            tamper("update audit_log set actor = ?2 where seq = ?1 returning seq", sequence, actor);
        }
        assertValid();
    }

    /** Deletes entry {@code sequence} (not the newest) in SQL, expects verify to report it missing, puts it back. */
    public static void assertDeletionIsDetected(long sequence) {
        String row = (String) tamper("delete from audit_log a where seq = ?1 returning cast(row_to_json(a) as text)",
                sequence);
        try {
            assertBreak(sequence, "deleted");
        } finally {
            tamper("insert into audit_log select * from json_populate_record(null::audit_log, cast(?1 as json)) "
                    + "returning seq", row);
        }
        assertValid();
    }

    private static void assertBreak(long sequence, String reason) {
        JsonPath result = given().auth().oauth2(TestTokens.certifier()).when().get(AUDIT + "/verify")
                .then().statusCode(200).body("valid", is(false)).extract().jsonPath();
        assertEquals(sequence, result.getLong("firstBreak.sequence"),
                () -> "first break: " + result.getMap("firstBreak"));
        assertEquals(reason, result.getString("firstBreak.reason"));
    }

    /** Runs one statement with the append-only trigger lifted, as the table's owner could. */
    private static Object tamper(String sql, Object... parameters) {
        return QuarkusTransaction.requiringNew().call(() -> {
            var em = Panache.getEntityManager();
            em.createNativeQuery("alter table audit_log disable trigger audit_log_append_only").executeUpdate();
            var query = em.createNativeQuery(sql);
            for (int i = 0; i < parameters.length; i++) {
                query.setParameter(i + 1, parameters[i]);
            }
            Object result = query.getSingleResult();
            em.createNativeQuery("alter table audit_log enable trigger audit_log_append_only").executeUpdate();
            return result;
        });
    }
}
