package org.copperpcf.kit.tls;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.TimeUnit;

import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;

/**
 * A self-signed TLS certificate for {@code localhost} and {@code 127.0.0.1}, made on first start with the JDK's own
 * {@code keytool} (nothing to download) and kept as a PKCS#12 key store, so the HTTPS-only ports of a development stack
 * need no setup. Production configures its own key store; partners of a development host pin this certificate
 * ({@link #pem(Path)}, {@link #trusting(String)}) instead of trusting everything.
 */
public final class DevelopmentCertificate {
    /** The password of development key stores; they hold nothing but a throw-away localhost key. */
    public static final String PASSWORD = "copper-pcf-development";
    private static final String ALIAS = "copper-pcf-development";

    private DevelopmentCertificate() {
    }

    /** Creates the key store at {@code keyStore} unless it exists; returns {@code keyStore}. */
    public static synchronized Path ensure(Path keyStore) {
        if (Files.isRegularFile(keyStore)) {
            return keyStore;
        }
        try {
            Path directory = keyStore.toAbsolutePath().getParent();
            Files.createDirectories(directory);
            Path partial = Files.createTempFile(directory, keyStore.getFileName().toString(), ".partial");
            Files.delete(partial);
            Path keytool = Path.of(System.getProperty("java.home"), "bin", "keytool");
            Process process = new ProcessBuilder(keytool.toString(), "-genkeypair", "-alias", ALIAS,
                    "-keyalg", "EC", "-groupname", "secp256r1", "-sigalg", "SHA256withECDSA", "-validity", "825",
                    "-dname", "CN=localhost, O=copper-pcf development", "-ext", "SAN=dns:localhost,ip:127.0.0.1",
                    "-storetype", "PKCS12", "-keystore", partial.toString(), "-storepass", PASSWORD,
                    "-keypass", PASSWORD).redirectErrorStream(true).start();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
                throw new IllegalStateException("keytool could not create " + keyStore + ": " + output);
            }
            Files.move(partial, keyStore);
            return keyStore;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the development key store " + keyStore, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while creating " + keyStore, e);
        }
    }

    /** The certificate of the development key store, PEM-encoded, for a partner to pin. */
    public static String pem(Path keyStore) {
        try (InputStream in = Files.newInputStream(keyStore)) {
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(in, PASSWORD.toCharArray());
            Certificate certificate = store.getCertificate(ALIAS);
            return "-----BEGIN CERTIFICATE-----\n"
                    + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
                    .encodeToString(certificate.getEncoded())
                    + "\n-----END CERTIFICATE-----\n";
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + keyStore, e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot read the certificate of " + keyStore, e);
        }
    }

    /** A server-side TLS context presenting the key of the development key store {@code keyStore}. */
    public static SSLContext serverContext(Path keyStore) {
        try (InputStream in = Files.newInputStream(keyStore)) {
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(in, PASSWORD.toCharArray());
            KeyManagerFactory keys = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
            keys.init(store, PASSWORD.toCharArray());
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(keys.getKeyManagers(), null, null);
            return context;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + keyStore, e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot use the key of " + keyStore, e);
        }
    }

    /** A TLS context that trusts exactly the certificates in {@code pem} (one or more PEM blocks). */
    public static SSLContext trusting(String pem) {
        try {
            CertificateFactory factory = CertificateFactory.getInstance("X.509");
            List<X509Certificate> certificates = new ArrayList<>();
            for (Certificate certificate : factory.generateCertificates(
                    new ByteArrayInputStream(pem.getBytes(StandardCharsets.US_ASCII)))) {
                certificates.add((X509Certificate) certificate);
            }
            if (certificates.isEmpty()) {
                throw new IllegalArgumentException("no certificate in the PEM text");
            }
            KeyStore trusted = KeyStore.getInstance(KeyStore.getDefaultType());
            trusted.load(null, null);
            for (int i = 0; i < certificates.size(); i++) {
                trusted.setCertificateEntry("pinned-" + i, certificates.get(i));
            }
            TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            trust.init(trusted);
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(null, trust.getTrustManagers(), null);
            return context;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (GeneralSecurityException e) {
            throw new IllegalArgumentException("not a usable PEM certificate: " + e.getMessage(), e);
        }
    }
}
