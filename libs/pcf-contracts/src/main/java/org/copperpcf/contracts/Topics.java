package org.copperpcf.contracts;

import java.util.List;
import java.util.stream.Stream;

/** Every topic, one per aggregate type; the key of each record is the aggregate id. */
public final class Topics {
    public static final Topic FACTOR_RELEASES = new Topic("pcf.factor-releases.v1", 3, true);
    public static final Topic INVENTORIES = new Topic("pcf.inventories.v1", 3, true);
    public static final Topic DISCLOSURES = new Topic("pcf.disclosures.v1", 3, true);
    public static final Topic SUPPLIER_FOOTPRINTS = new Topic("pcf.supplier-footprints.v1", 3, true);
    /** Evidence files of accepted disclosures, in parts keyed {@code <evidenceId>/<part>}. */
    public static final Topic EVIDENCE = new Topic("pcf.evidence.v1", 3, true);
    public static final Topic FOOTPRINTS = new Topic("pcf.footprints.v1", 3, true);
    /** Notifications, not state: what partners' PACT hosts announced (kept for the broker's retention only). */
    public static final Topic PACT_NOTIFICATIONS = new Topic("pcf.pact-notifications.v1", 3, false);

    private static final List<Topic> TOPICS = List.of(FACTOR_RELEASES, INVENTORIES, DISCLOSURES,
            SUPPLIER_FOOTPRINTS, EVIDENCE, FOOTPRINTS, PACT_NOTIFICATIONS);

    private Topics() {
    }

    /** Every topic and its dead-letter topic: what a deployment creates before the services start. */
    public static List<Topic> all() {
        return TOPICS.stream().flatMap(topic -> Stream.of(topic, topic.deadLetters())).toList();
    }
}
