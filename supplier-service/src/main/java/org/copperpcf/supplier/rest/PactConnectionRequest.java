package org.copperpcf.supplier.rest;

/**
 * A supplier's PACT host as registered: {@code clientSecret} is write-only (required when registering or changing the
 * client id, kept when omitted otherwise); {@code apiVersion} 3 (default) or 2; {@code pullInterval} an ISO-8601
 * duration of at least a minute (default PT24H); {@code enabled} (default true) governs scheduled and event-driven
 * pulls; {@code product} the platform's product code pulled footprints are for, as the push import's {@code ?product=}.
 */
public record PactConnectionRequest(String baseUrl, String authBaseUrl, String clientId, String clientSecret,
                                    String certificatePem, Integer apiVersion, String pullInterval, Boolean enabled,
                                    String product) {
}
