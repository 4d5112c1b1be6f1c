package org.copperpcf.footprint.pact.events;

import java.time.Instant;

/** Partner settings as the API shows them: never the secret, only whether one is stored. */
public record PartnerSettingsView(String pactClientId, String eventsBaseUrl, String authBaseUrl, String clientId,
                                  boolean hasClientSecret, String certificatePem, boolean notifyOnPublished,
                                  Instant createdAt, Instant updatedAt) {

    static PartnerSettingsView of(PactPartnerSettings settings) {
        return new PartnerSettingsView(settings.clientId, settings.eventsBaseUrl, settings.authBaseUrl,
                settings.outboundClientId, settings.outboundSecret != null, settings.certificatePem,
                settings.notifyOnPublished, settings.createdAt, settings.updatedAt);
    }
}
