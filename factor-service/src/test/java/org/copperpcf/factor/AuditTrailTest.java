package org.copperpcf.factor;

import static org.copperpcf.factor.FactorApi.publishedWith;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.startsWith;

import java.util.List;
import java.util.Map;

import org.copperpcf.kit.testing.AuditTrailChecks;
import org.copperpcf.kit.testing.ServiceInfrastructure;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
@WithTestResource(value = ServiceInfrastructure.class, scope = TestResourceScope.GLOBAL)
class AuditTrailTest {

    @Test
    void aPublishedReleaseIsInTheVerifiableAuditTrailAndTamperingIsReported() {
        String name = publishedWith("audit", "electricity.grid.cn-jx.2023", "0.5836");

        List<Map<String, Object>> entries = AuditTrailChecks.entries(
                Map.of("entityType", "factor-release", "entityId", name));
        assertThat(entries.stream().map(e -> e.get("action")).toList(),
                contains("release-draft-created", "release-published"));
        assertThat(entries.stream().map(e -> e.get("actor")).toList(), everyItem(is("test-admin")));
        assertThat((String) entries.get(1).get("afterHash"), startsWith("sha256:"));
        List<Map<String, Object>> published = AuditTrailChecks.entries(
                Map.of("action", "release-published", "actor", "test-admin", "from", "2020-01-01T00:00:00Z"));
        assertThat(published.stream().map(e -> e.get("entityId")).toList(), org.hamcrest.Matchers.hasItem(name));

        AuditTrailChecks.assertBuyersReadOnlyTheirOwnEntries();
        AuditTrailChecks.assertValid();
        AuditTrailChecks.assertEditIsDetected(((Number) entries.get(1).get("sequence")).longValue());
        AuditTrailChecks.assertDeletionIsDetected(((Number) entries.get(0).get("sequence")).longValue());
    }
}
