package org.copperpcf.footprint.messaging;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BooleanSupplier;
import java.util.stream.Collectors;

import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.copperpcf.footprint.replica.ReplicaRebuildFlag;
import org.copperpcf.footprint.service.ReplicaRebuildService;
import org.copperpcf.kit.problem.ProblemException;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.quarkus.logging.Log;
import io.smallrye.reactive.messaging.kafka.KafkaClientService;
import io.smallrye.reactive.messaging.kafka.KafkaConsumer;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Rebuilds the replicas by replaying their topics from the beginning, online, through the service's own consumers:
 * pause them and capture each partition's end offset; wait until everything they had fetched is processed and
 * committed; seek every partition to the beginning and commit that for the consumer group; empty the replica tables
 * and the consumers' inbox entries in one transaction; resume; done once every partition has been handled up to the
 * end offset captured at the start ({@link HandledOffsets}), and then the end offsets are committed for the group. While it runs {@link ReplicaRebuildFlag} is up, so nothing is
 * calculated from the half-filled replicas. Footprints and their versions are not touched.
 */
@ApplicationScoped
public class ReplicaRebuild {
    /** The replicas a rebuild replays: channel, inbox consumer name, tables children first. One line per replica. */
    static final List<Feed> FEEDS = List.of(
            new Feed("factor-releases", FactorReleaseConsumer.CONSUMER, "replica_factor", "replica_factor_release"),
            new Feed("inventories", InventoryConsumer.CONSUMER, "replica_inventory"),
            new Feed("disclosures", DisclosureConsumer.CONSUMER, "replica_disclosure_line",
                    "replica_disclosure_certificate", "replica_disclosure"),
            new Feed("supplier-footprints", SupplierFootprintConsumer.CONSUMER, "replica_supplier_footprint"),
            new Feed("evidence", EvidenceConsumer.CONSUMER, "evidence_file_part", "evidence_file"));

    private static final Duration KAFKA_TIMEOUT = Duration.ofSeconds(30);
    private static final Duration CHECK_EVERY = Duration.ofMillis(250);

    private final KafkaClientService clients;
    private final HandledOffsets handled;
    private final ReplicaRebuildService database;
    private final ReplicaRebuildFlag flag;
    private final Config config;
    private final Duration drainTimeout;
    private final Duration replayTimeout;
    private volatile Run last;

    public ReplicaRebuild(KafkaClientService clients, HandledOffsets handled, ReplicaRebuildService database,
                          ReplicaRebuildFlag flag,
                          Config config,
                          @ConfigProperty(name = "footprint.replica-rebuild.drain-timeout", defaultValue = "60s")
                          Duration drainTimeout,
                          @ConfigProperty(name = "footprint.replica-rebuild.timeout", defaultValue = "30m")
                          Duration replayTimeout) {
        this.clients = clients;
        this.handled = handled;
        this.database = database;
        this.flag = flag;
        this.config = config;
        this.drainTimeout = drainTimeout;
        this.replayTimeout = replayTimeout;
    }

    /** A replica fed by one channel. */
    record Feed(String channel, String consumer, List<String> tables) {
        Feed(String channel, String consumer, String... tables) {
            this(channel, consumer, List.of(tables));
        }
    }

    /** Where a rebuild stands. */
    public record Status(UUID id, String state, String step, String requestedBy, Instant startedAt,
                         Instant finishedAt, String failure, Map<String, Integer> emptiedRows,
                         List<TopicProgress> topics) {
    }

    /** @param partitions every partition of the topic, each with the offsets captured at the start */
    public record TopicProgress(String channel, String topic, List<PartitionProgress> partitions) {
    }

    /**
     * @param endOffset the end offset captured at the start: done once {@code position} reached it
     * @param position  how far the partition has been processed: the group's committed offset until the seek,
     *                  then the offset after the last replayed record handled
     */
    public record PartitionProgress(int partition, long beginningOffset, long endOffset, long position) {
    }

    /**
     * Pauses the replica consumers and captures the end offsets, then continues in the background.
     *
     * @throws ProblemException 409 when a rebuild runs already, or when this instance does not consume every
     *                          partition of a replica topic (another instance holds some), nothing changed then
     */
    public Status start(String requestedBy) {
        if (!flag.raise()) {
            throw ProblemException.conflict("REBUILD_RUNNING", "a rebuild is running; follow it at "
                    + "GET /api/v1/replica/rebuild");
        }
        Run run = new Run(requestedBy);
        try {
            for (Feed feed : FEEDS) {
                run.channels.add(prepare(feed));
            }
        } catch (RuntimeException e) {
            resume(run);
            flag.lower();
            throw e instanceof ProblemException ? e : ProblemException.conflict("REBUILD_NOT_STARTED",
                    "the replica consumers could not be paused: " + e.getMessage());
        }
        last = run;
        Log.infof("Replica rebuild %s requested by %s: end offsets %s", run.id, requestedBy, run.ends());
        Thread.ofPlatform().daemon().name("replica-rebuild").start(() -> execute(run));
        return run.status();
    }

    public Optional<Status> status() {
        Run run = last;
        return run == null ? Optional.empty() : Optional.of(run.status());
    }

    private Channel prepare(Feed feed) {
        String topic = config.getOptionalValue("mp.messaging.incoming." + feed.channel() + ".topic", String.class)
                .orElse(feed.channel());
        List<KafkaConsumer<Object, Object>> consumers = clients.getConsumers(feed.channel());
        if (consumers == null || consumers.isEmpty()) {
            throw ProblemException.conflict("REBUILD_NOT_STARTED", "no Kafka consumer for channel " + feed.channel());
        }
        Channel channel = new Channel(feed, topic);
        Set<Integer> all = new TreeSet<>();
        for (KafkaConsumer<Object, Object> consumer : consumers) {
            consumer.pause().await().atMost(KAFKA_TIMEOUT);
            Capture capture = consumer.runOnPollingThread(kafka -> {
                Set<TopicPartition> assigned = kafka.assignment();
                all.addAll(kafka.partitionsFor(topic).stream().map(PartitionInfo::partition).toList());
                Map<TopicPartition, Long> positions = new LinkedHashMap<>();
                assigned.forEach(tp -> positions.put(tp, kafka.position(tp)));
                return new Capture(assigned, kafka.beginningOffsets(assigned), kafka.endOffsets(assigned),
                        positions);
            }).await().atMost(KAFKA_TIMEOUT);
            channel.consumers.add(new Consumed(consumer, capture));
        }
        Set<Integer> held = channel.consumers.stream().flatMap(c -> c.capture.partitions.stream())
                .map(TopicPartition::partition).collect(Collectors.toCollection(TreeSet::new));
        if (!held.equals(all)) {
            throw ProblemException.conflict("REBUILD_NOT_STARTED", "this instance consumes partitions " + held
                    + " of " + topic + " but it has " + all + "; rebuild with one instance of footprint-service");
        }
        return channel;
    }

    private void execute(Run run) {
        try {
            run.step = "draining";
            awaitDrained(run);
            run.step = "seeking";
            for (Channel channel : run.channels) {
                for (Consumed consumed : channel.consumers) {
                    consumed.consumer.runOnPollingThread(kafka -> {
                        kafka.seekToBeginning(consumed.capture.partitions);
                        Map<TopicPartition, OffsetAndMetadata> beginning = new LinkedHashMap<>();
                        consumed.capture.beginning.forEach((tp, offset) -> beginning.put(tp,
                                new OffsetAndMetadata(offset)));
                        kafka.commitSync(beginning);
                    }).await().atMost(KAFKA_TIMEOUT);
                    handled.restart(consumed.capture.beginning);
                    run.positions.putAll(consumed.capture.beginning);
                }
            }
            run.step = "emptying";
            run.emptied = database.empty(run.channels.stream().flatMap(c -> c.feed.tables().stream()).toList(),
                    run.channels.stream().map(c -> c.feed.consumer()).toList());
            Log.infof("Replica rebuild %s: emptied %s; replaying", run.id, run.emptied);
        } catch (RuntimeException e) {
            resume(run);
            fail(run, e);
            return;
        }
        resume(run);
        try {
            run.step = "replaying";
            awaitReplayed(run);
            run.step = "committing";
            commitEnds(run);
            run.step = null;
            run.state = "done";
            run.finishedAt = Instant.now();
            Log.infof("Replica rebuild %s done: %s", run.id, run.positions);
        } catch (RuntimeException e) {
            fail(run, e);
        } finally {
            flag.lower();
        }
    }

    /** Waits until everything fetched before the pause was processed and committed by the connector. */
    private void awaitDrained(Run run) {
        await(run, drainTimeout, "records fetched before the pause were not processed and committed", () -> {
            boolean drained = true;
            for (Channel channel : run.channels) {
                for (Consumed consumed : channel.consumers) {
                    Map<TopicPartition, OffsetAndMetadata> committed = committed(consumed);
                    for (TopicPartition tp : consumed.capture.partitions) {
                        long position = committed.get(tp) == null ? consumed.capture.beginning.get(tp)
                                : committed.get(tp).offset();
                        run.positions.put(tp, position);
                        drained &= position >= consumed.capture.fetched.get(tp);
                    }
                }
            }
            return drained;
        });
    }

    /** Waits until every partition was handled up to the end offset captured at the start. */
    private void awaitReplayed(Run run) {
        await(run, replayTimeout, "the replay did not reach the end offsets", () -> {
            boolean replayed = true;
            for (Channel channel : run.channels) {
                for (Consumed consumed : channel.consumers) {
                    for (TopicPartition tp : consumed.capture.partitions) {
                        Long position = handled.position(tp);
                        run.positions.put(tp, position);
                        replayed &= position >= consumed.capture.end.get(tp);
                    }
                }
            }
            return replayed;
        });
    }

    /**
     * Commits the end offsets captured at the start, unless the group is further: the connector commits nothing
     * for replayed records (see {@link HandledOffsets}), so without this a restart would replay everything again.
     */
    private static void commitEnds(Run run) {
        for (Channel channel : run.channels) {
            for (Consumed consumed : channel.consumers) {
                consumed.consumer.runOnPollingThread(kafka -> {
                    Map<TopicPartition, OffsetAndMetadata> committed = kafka.committed(consumed.capture.partitions);
                    Map<TopicPartition, OffsetAndMetadata> ends = new LinkedHashMap<>();
                    consumed.capture.end.forEach((tp, end) -> {
                        if (committed.get(tp) == null || committed.get(tp).offset() < end) {
                            ends.put(tp, new OffsetAndMetadata(end));
                        }
                    });
                    kafka.commitSync(ends);
                }).await().atMost(KAFKA_TIMEOUT);
            }
        }
    }

    private static Map<TopicPartition, OffsetAndMetadata> committed(Consumed consumed) {
        return consumed.consumer.committed(consumed.capture.partitions.toArray(TopicPartition[]::new))
                .await().atMost(KAFKA_TIMEOUT);
    }

    private static void await(Run run, Duration timeout, String failure, BooleanSupplier reached) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!reached.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException(failure + " within " + timeout + ": at " + run.positions);
            }
            try {
                Thread.sleep(CHECK_EVERY);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted", e);
            }
        }
    }

    private void fail(Run run, RuntimeException e) {
        Log.errorf(e, "Replica rebuild %s failed while %s", run.id, run.step);
        run.failure = run.step + ": " + e.getMessage();
        run.state = "failed";
        run.finishedAt = Instant.now();
        flag.lower();
    }

    private static void resume(Run run) {
        for (Channel channel : run.channels) {
            for (Consumed consumed : channel.consumers) {
                try {
                    consumed.consumer.resume().await().atMost(KAFKA_TIMEOUT);
                } catch (RuntimeException e) {
                    Log.errorf(e, "Replica rebuild %s: channel %s did not resume", run.id, channel.feed.channel());
                }
            }
        }
    }

    private record Capture(Set<TopicPartition> partitions, Map<TopicPartition, Long> beginning,
                           Map<TopicPartition, Long> end, Map<TopicPartition, Long> fetched) {
    }

    private record Consumed(KafkaConsumer<Object, Object> consumer, Capture capture) {
    }

    private static final class Channel {
        final Feed feed;
        final String topic;
        final List<Consumed> consumers = new ArrayList<>();

        Channel(Feed feed, String topic) {
            this.feed = feed;
            this.topic = topic;
        }
    }

    private static final class Run {
        final UUID id = UUID.randomUUID();
        final String requestedBy;
        final Instant startedAt = Instant.now();
        final List<Channel> channels = new ArrayList<>();
        final Map<TopicPartition, Long> positions = new ConcurrentHashMap<>();
        volatile String state = "running";
        volatile String step = "pausing";
        volatile Instant finishedAt;
        volatile String failure;
        volatile Map<String, Integer> emptied = Map.of();

        Run(String requestedBy) {
            this.requestedBy = requestedBy;
        }

        Map<TopicPartition, Long> ends() {
            Map<TopicPartition, Long> ends = new LinkedHashMap<>();
            channels.forEach(c -> c.consumers.forEach(consumed -> ends.putAll(consumed.capture.end)));
            return ends;
        }

        Status status() {
            List<TopicProgress> topics = new ArrayList<>();
            for (Channel channel : channels) {
                List<PartitionProgress> partitions = new ArrayList<>();
                for (Consumed consumed : channel.consumers) {
                    for (TopicPartition tp : consumed.capture.partitions) {
                        long beginning = consumed.capture.beginning.get(tp);
                        partitions.add(new PartitionProgress(tp.partition(), beginning, consumed.capture.end.get(tp),
                                positions.getOrDefault(tp, consumed.capture.fetched.get(tp))));
                    }
                }
                partitions.sort(Comparator.comparingInt(PartitionProgress::partition));
                topics.add(new TopicProgress(channel.feed.channel(), channel.topic, partitions));
            }
            return new Status(id, state, step, requestedBy, startedAt, finishedAt, failure, emptied, topics);
        }
    }
}
