package org.copperpcf.supplier.mapping;

import java.time.Duration;
import java.util.List;

import org.copperpcf.contracts.EventJson;
import org.copperpcf.supplier.PactConnection;
import org.copperpcf.supplier.PcfDisclosure;
import org.copperpcf.supplier.rest.PactConnectionView;
import org.copperpcf.supplier.rest.PcfDisclosureView;

/** PACT connections and pulled PCF disclosures as the API shows them; the client secret never leaves. */
public final class PactPullMapper {

    private PactPullMapper() {
    }

    public static PactConnectionView toView(PactConnection connection) {
        PactConnectionView.LastPull lastPull = connection.lastPullId == null ? null
                : new PactConnectionView.LastPull(connection.lastPullId, connection.lastPullAt,
                        connection.lastOutcome, connection.lastFetched, connection.lastCreated,
                        connection.lastSkipped, connection.lastInvalid, connection.lastError);
        return new PactConnectionView(connection.supplierId, connection.baseUrl, connection.authBaseUrl,
                connection.clientId, connection.certificatePem, connection.apiVersion,
                Duration.ofSeconds(connection.pullIntervalSeconds).toString(), connection.enabled, connection.product,
                connection.createdAt, connection.updatedAt, lastPull, connection.version);
    }

    public static PcfDisclosureView toView(PcfDisclosure disclosure) {
        return new PcfDisclosureView(disclosure.id, disclosure.supplierId, disclosure.pactId,
                disclosure.status.code(), disclosure.product, disclosure.receivedSpec,
                List.of(disclosure.mappingNotes), List.of(disclosure.flags),
                new PcfDisclosureView.Partner(disclosure.sourceUrl, disclosure.pullId, disclosure.pulledAt),
                disclosure.reviewComment, disclosure.reviewedBy, disclosure.reviewedAt, disclosure.createdAt,
                disclosure.version, EventJson.readTree(disclosure.document));
    }
}
