package org.copperpcf.footprint.pact.events;

/**
 * Partner settings as an admin sends them ({@code PUT /api/v1/pact/clients/{clientId}/partner}).
 *
 * @param eventsBaseUrl     the partner's PACT host, https; events go to {@code <eventsBaseUrl>/3/events} (or
 *                          {@code /2/events}); answers to requests go to the request's {@code source}
 * @param authBaseUrl       where to authenticate, if not at {@code eventsBaseUrl} (https)
 * @param clientId          our client id at the partner's host; with {@code clientSecret}, or neither
 * @param clientSecret      write-only; omitted with an unchanged {@code clientId}, the stored secret is kept
 * @param certificatePem    the partner's certificate to pin (a development host); omitted, the JVM's trust store
 * @param notifyOnPublished whether the partner gets a PublishedEvent for each new footprint version
 */
public record PartnerSettingsRequest(String eventsBaseUrl, String authBaseUrl, String clientId, String clientSecret,
                                     String certificatePem, Boolean notifyOnPublished) {
}
