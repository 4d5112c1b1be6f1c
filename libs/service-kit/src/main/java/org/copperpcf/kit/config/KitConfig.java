package org.copperpcf.kit.config;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** The kit's own settings; each can be overridden per service or by environment (e.g. KIT_OUTBOX_BATCH_SIZE). */
@ConfigMapping(prefix = "kit")
public interface KitConfig {

    Outbox outbox();

    interface Outbox {
        /** How many pending rows one relay transaction sends. */
        @WithDefault("200")
        int batchSize();

        /**
         * How many bytes of events (as stored) one relay transaction reads at most, whatever {@link #batchSize}:
         * evidence files travel as events of several MB, and 200 of them would not fit a service's heap. The first
         * pending event is always read.
         */
        @WithDefault("33554432")
        int batchBytes();

        /** How long the relay waits for the broker to acknowledge a batch before it gives up and retries later. */
        @WithDefault("10s")
        Duration ackTimeout();

        /** The largest event the outbox accepts: under the 8 MiB broker and producer record limit. */
        @WithDefault("8000000")
        int maxEventBytes();

        /** Readiness goes down when the oldest unsent event is older than this (the broker is unreachable). */
        @WithDefault("5m")
        Duration maxPendingAge();
    }
}
