package org.copperpcf.infra;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.common.Uuid;
import org.apache.kafka.common.utils.Time;
import org.apache.kafka.metadata.storage.Formatter;
import org.apache.kafka.server.common.MetadataVersion;

import kafka.server.KafkaConfig;
import kafka.server.KafkaRaftServer;

/**
 * A single-node KRaft broker (combined broker and controller) running in this JVM, from Kafka's own jars.
 * Its log directory and ports survive {@link #stop()} and {@link #start()}, so clients reconnect to the same
 * address and find their topics again: that is what tests of a broker outage need.
 */
public final class EmbeddedKafkaBroker implements AutoCloseable {
    private static final int NODE_ID = 1;
    private static final int MAX_MESSAGE_BYTES = 8 * 1024 * 1024;

    private final Path logDir;
    private final int port;
    private final int controllerPort;
    private KafkaRaftServer server;

    private EmbeddedKafkaBroker(Path logDir, int port, int controllerPort) {
        this.logDir = logDir;
        this.port = port;
        this.controllerPort = controllerPort;
    }

    /**
     * @param logDir where the broker keeps its data; formatted on first use, reused afterwards
     * @param port   the client port, or 0 for a free one; the controller takes another free port
     */
    public static EmbeddedKafkaBroker create(Path logDir, int port) {
        int clientPort = port == 0 ? FreePorts.find() : port;
        int controllerPort = port == 0 ? FreePorts.find() : port + 1;
        return new EmbeddedKafkaBroker(logDir.toAbsolutePath(), clientPort, controllerPort);
    }

    public synchronized EmbeddedKafkaBroker start() {
        if (server != null) {
            return this;
        }
        KafkaConfig config = new KafkaConfig(brokerProperties(), false);
        formatOnce(config);
        server = new KafkaRaftServer(config, Time.SYSTEM);
        server.startup();
        awaitReady(Duration.ofSeconds(60));
        return this;
    }

    /** Stops the broker and waits until it is down; data and ports are kept for a later {@link #start()}. */
    public synchronized void stop() {
        if (server == null) {
            return;
        }
        server.shutdown();
        server.awaitShutdown();
        server = null;
    }

    public String bootstrapServers() {
        return "localhost:" + port;
    }

    public int port() {
        return port;
    }

    @Override
    public void close() {
        stop();
    }

    private Map<String, Object> brokerProperties() {
        Properties props = new Properties();
        props.put("process.roles", "broker,controller");
        props.put("node.id", String.valueOf(NODE_ID));
        props.put("controller.quorum.voters", NODE_ID + "@localhost:" + controllerPort);
        props.put("listeners", "PLAINTEXT://localhost:" + port + ",CONTROLLER://localhost:" + controllerPort);
        props.put("advertised.listeners", "PLAINTEXT://localhost:" + port);
        props.put("controller.listener.names", "CONTROLLER");
        props.put("inter.broker.listener.name", "PLAINTEXT");
        props.put("listener.security.protocol.map", "PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT");
        props.put("log.dirs", logDir.toString());
        props.put("num.partitions", "1");
        props.put("auto.create.topics.enable", "false");
        props.put("offsets.topic.replication.factor", "1");
        props.put("offsets.topic.num.partitions", "5");
        props.put("transaction.state.log.replication.factor", "1");
        props.put("transaction.state.log.min.isr", "1");
        props.put("share.coordinator.state.topic.replication.factor", "1");
        props.put("share.coordinator.state.topic.min.isr", "1");
        props.put("group.initial.rebalance.delay.ms", "0");
        // State-carrying events hold whole factor releases and inventories, which can pass the 1 MB default.
        props.put("message.max.bytes", String.valueOf(MAX_MESSAGE_BYTES));
        props.put("replica.fetch.max.bytes", String.valueOf(MAX_MESSAGE_BYTES));
        props.put("log.cleaner.dedupe.buffer.size", String.valueOf(8 * 1024 * 1024));
        props.put("log.flush.interval.messages", "1");
        @SuppressWarnings({"unchecked", "rawtypes"})
        Map<String, Object> map = (Map) props;
        return map;
    }

    private void formatOnce(KafkaConfig config) {
        if (Files.exists(logDir.resolve("meta.properties"))) {
            return;
        }
        try {
            Files.createDirectories(logDir);
            new Formatter()
                    .setPrintStream(System.out)
                    .setNodeId(NODE_ID)
                    .setClusterId(Uuid.randomUuid().toString())
                    .setControllerListenerName("CONTROLLER")
                    .setMetadataLogDirectory(config.metadataLogDir())
                    .setDirectories(List.of(logDir.toString()))
                    .setReleaseVersion(MetadataVersion.latestProduction())
                    .setIgnoreFormatted(true)
                    .run();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the Kafka log directory " + logDir, e);
        } catch (Exception e) {
            throw new IllegalStateException("cannot format Kafka storage in " + logDir, e);
        }
    }

    private void awaitReady(Duration timeout) {
        Map<String, Object> config = Map.of(
                AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers(),
                AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 5_000,
                AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, (int) timeout.toMillis());
        try (Admin admin = Admin.create(config)) {
            admin.describeCluster().nodes().get();
        } catch (Exception e) {
            throw new IllegalStateException("Kafka broker on " + bootstrapServers() + " did not become ready", e);
        }
    }
}
