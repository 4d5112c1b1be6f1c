package org.copperpcf.kit.tls;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import javax.net.ssl.SSLHandshakeException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsServer;

class DevelopmentCertificateTest {

    @Test
    void aClientPinningTheCertificateTalksToAServerUsingItAndOthersAreRefused(@TempDir Path directory)
            throws Exception {
        Path keyStore = DevelopmentCertificate.ensure(directory.resolve("tls/host.p12"));
        byte[] first = Files.readAllBytes(keyStore);
        assertArrayEquals(first, Files.readAllBytes(DevelopmentCertificate.ensure(keyStore)), "kept, not remade");
        String pem = DevelopmentCertificate.pem(keyStore);
        assertTrue(pem.startsWith("-----BEGIN CERTIFICATE-----\n"), pem);

        HttpsServer server = HttpsServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.setHttpsConfigurator(new HttpsConfigurator(DevelopmentCertificate.serverContext(keyStore)));
        server.createContext("/", exchange -> {
            byte[] body = "ok".getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        server.start();
        try {
            URI uri = URI.create("https://localhost:" + server.getAddress().getPort() + "/");
            HttpRequest request = HttpRequest.newBuilder(uri).build();
            HttpClient pinned = HttpClient.newBuilder().sslContext(DevelopmentCertificate.trusting(pem)).build();
            assertEquals("ok", pinned.send(request, HttpResponse.BodyHandlers.ofString()).body());

            String other = DevelopmentCertificate.pem(DevelopmentCertificate.ensure(directory.resolve("other.p12")));
            HttpClient pinningAnother = HttpClient.newBuilder()
                    .sslContext(DevelopmentCertificate.trusting(other)).build();
            assertThrows(SSLHandshakeException.class,
                    () -> pinningAnother.send(request, HttpResponse.BodyHandlers.ofString()));
        } finally {
            server.stop(0);
        }
        assertThrows(IllegalArgumentException.class, () -> DevelopmentCertificate.trusting("not a certificate"));
    }
}
