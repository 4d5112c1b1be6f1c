package org.copperpcf.supplier.config;

import java.time.Duration;
import java.util.Optional;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** supplier-service's own settings; every one can be overridden by environment (SUPPLIER_TOKENS_LIFETIME, …). */
@ConfigMapping(prefix = "supplier")
public interface SupplierConfig {

    /** The domain in our own company-id URNs: {@code urn:pact:<domain>:company-id:<USCC>}. */
    @WithDefault("copperpcf.org")
    String urnDomain();

    Tokens tokens();

    Evidence evidence();

    Pact pact();

    PactPull pactPull();

    Demo demo();

    interface Demo {
        /**
         * Seeds the three demo suppliers ({@code org.copperpcf.contracts.supplier.DemoSuppliers}) with accepted
         * disclosures on start when they do not exist yet. Off by default; the local stack turns it on.
         */
        @WithDefault("false")
        boolean enabled();
    }

    interface Pact {
        /**
         * PACT's normative {@code openapi.yaml} (v3), which ProductFootprints are validated against. It is read at run
         * time and never packaged: its licence allows unmodified copies for non-commercial use only. Without it the
         * product-footprint import answers 503.
         */
        Optional<String> openapiLocation();
    }

    interface PactPull {
        /**
         * How often the scheduler looks for connections whose own pull interval has passed ({@code off} disables
         * scheduled pulls, as in tests; manual and event-driven pulls still run).
         */
        @WithDefault("1m")
        String every();

        /** The {@code limit} asked of a partner per page of {@code /3/footprints}. */
        @WithDefault("100")
        int pageSize();

        /** Pages read in one pull at most, so that a partner whose next link never ends cannot hold a pull forever. */
        @WithDefault("1000")
        int maxPages();

        /** Connect and request timeout of each call to a partner. */
        @WithDefault("20s")
        Duration timeout();
    }

    interface Tokens {
        /**
         * The PEM (PKCS#8) private key that signs client-credentials tokens: the key whose public half every service
         * verifies with (the local issuer's in the local stack and tests). Without it the token endpoint answers 503.
         */
        Optional<String> signingKeyLocation();

        /** The issuer the tokens name; the same the services verify ({@code mp.jwt.verify.issuer}). */
        @WithDefault("${mp.jwt.verify.issuer}")
        String issuer();

        @WithDefault("1h")
        Duration lifetime();
    }

    interface Evidence {
        /** The largest evidence file accepted, in bytes (a scanned bill or meter log, not a video). */
        @WithDefault("10485760")
        int maxBytes();
    }
}
