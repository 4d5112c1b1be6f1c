package org.copperpcf.footprint.pact;

import java.time.Duration;
import java.util.List;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** The PACT host's settings (docs/pact.md). */
@ConfigMapping(prefix = "footprint.pact")
public interface PactConfig {
    /** The issuer domain in our {@code urn:pact:<domain>:…} identifiers. */
    @WithDefault("copperpcf.org")
    String domain();

    /** How long an access token from {@code /auth/token} is valid. */
    @WithDefault("PT1H")
    Duration tokenLifetime();

    /** The data owner of industry-average footprints: the operator of this host. */
    @WithDefault("copper-pcf industry averages")
    String companyName();

    /** The operator's company ids (URNs). */
    @WithDefault("urn:pact:copperpcf.org:company-id:copper-pcf-operator")
    List<String> companyIds();

    /** At most this many footprints per page, also when the request names no {@code limit}. */
    @WithDefault("1000")
    int maxPageSize();

    Tls tls();

    interface Tls {
        /** The PKCS#12 key store of the HTTPS port ({@code quarkus.http.ssl.certificate.key-store-file} points here). */
        @WithDefault(".pcf/tls/footprint-pact.p12")
        String keyStore();

        /** Its password ({@code quarkus.http.ssl.certificate.key-store-password} follows it). */
        @WithDefault("copper-pcf-development")
        String keyStorePassword();

        /** Make a self-signed localhost key store at {@link #keyStore()} on start when there is none. */
        @WithDefault("true")
        boolean developmentCertificate();
    }
}
