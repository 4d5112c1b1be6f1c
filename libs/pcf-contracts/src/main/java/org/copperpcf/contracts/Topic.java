package org.copperpcf.contracts;

/**
 * A Kafka topic of the platform. State-carrying topics are compacted: the latest record per aggregate id is the
 * aggregate's current state, so a consumer can rebuild its replica from offset 0.
 */
public record Topic(String name, int partitions, boolean compacted) {

    /** Where a consumer parks a record it cannot process, with the reason in headers. */
    public Topic deadLetters() {
        return new Topic(name + ".dlq", 1, false);
    }
}
