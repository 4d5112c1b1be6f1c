package org.copperpcf.footprint.pact;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.copperpcf.kit.tls.DevelopmentCertificate;

import io.quarkus.logging.Log;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.interceptor.Interceptor;

/**
 * Makes the development key store of the HTTPS-only PACT port on first start, with its certificate as PEM beside it
 * ({@code footprint-pact.pem}) for buyers to pin ({@code curl --cacert}). Quarkus opens its sockets only after the
 * startup event, so the key store exists by the time the HTTPS server reads it, in a packaged jar and in tests alike.
 * Production points {@code footprint.pact.tls.key-store} at its own key store and turns the development certificate
 * off.
 */
@ApplicationScoped
public class PactTls {
    private final PactConfig config;

    public PactTls(PactConfig config) {
        this.config = config;
    }

    void ensureKeyStore(@Observes @Priority(Interceptor.Priority.PLATFORM_BEFORE) StartupEvent start) {
        if (!config.tls().developmentCertificate()) {
            return;
        }
        Path keyStore = Path.of(config.tls().keyStore());
        if (!Files.isRegularFile(keyStore)) {
            Log.infof("Making a development TLS certificate for the PACT host at %s", keyStore.toAbsolutePath());
        }
        DevelopmentCertificate.ensure(keyStore);
        Path pem = pemOf(keyStore);
        if (!Files.isRegularFile(pem)) {
            try {
                Files.writeString(pem, DevelopmentCertificate.pem(keyStore));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot write " + pem, e);
            }
        }
    }

    /** Where the certificate of {@code keyStore} is kept as PEM: beside it, {@code .p12} replaced by {@code .pem}. */
    public static Path pemOf(Path keyStore) {
        return keyStore.resolveSibling(keyStore.getFileName().toString().replaceFirst("\\.p12$", "") + ".pem");
    }
}
