package org.copperpcf.contracts;

import java.util.List;
import java.util.Optional;

import org.copperpcf.contracts.factor.FactorReleasePublished;
import org.copperpcf.contracts.footprint.FootprintPublished;
import org.copperpcf.contracts.inventory.InventoryPublished;
import org.copperpcf.contracts.pact.PartnerFootprintsPublished;
import org.copperpcf.contracts.supplier.DisclosureAccepted;
import org.copperpcf.contracts.supplier.EvidenceFilePublished;
import org.copperpcf.contracts.supplier.SupplierFootprintReceived;

/** The catalogue of event types. A breaking change is a new type ({@code ….v2}) on a new topic, never an edit. */
public final class EventTypes {
    public static final EventType<FactorReleasePublished> FACTOR_RELEASE_PUBLISHED = new EventType<>(
            "org.copperpcf.factor.release-published.v1", Topics.FACTOR_RELEASES, FactorReleasePublished.class);
    /** An accepted disclosure's full state; {@code status} says whether it is still accepted, superseded or withdrawn. */
    public static final EventType<DisclosureAccepted> DISCLOSURE_ACCEPTED = new EventType<>(
            "org.copperpcf.supplier.disclosure-accepted.v1", Topics.DISCLOSURES, DisclosureAccepted.class);

    /** A PACT ProductFootprint a supplier pushed, with its status (Active, or Deprecated once a successor arrived). */
    public static final EventType<SupplierFootprintReceived> SUPPLIER_FOOTPRINT_RECEIVED = new EventType<>(
            "org.copperpcf.supplier.footprint-received.v1", Topics.SUPPLIER_FOOTPRINTS,
            SupplierFootprintReceived.class);

    /** One part of an accepted disclosure's evidence file, keyed {@code <evidenceId>/<part>}. */
    public static final EventType<EvidenceFilePublished> EVIDENCE_FILE_PUBLISHED = new EventType<>(
            "org.copperpcf.supplier.evidence-file-published.v1", Topics.EVIDENCE, EvidenceFilePublished.class);

    public static final EventType<InventoryPublished> INVENTORY_PUBLISHED = new EventType<>(
            "org.copperpcf.inventory.published.v1", Topics.INVENTORIES, InventoryPublished.class);

    /** A calculated footprint version, keyed by footprint id. */
    public static final EventType<FootprintPublished> FOOTPRINT_PUBLISHED = new EventType<>(
            "org.copperpcf.footprint.published.v1", Topics.FOOTPRINTS, FootprintPublished.class);

    /** A partner's PACT host announced footprints to footprint-service; keyed by the announcing source. */
    public static final EventType<PartnerFootprintsPublished> PARTNER_FOOTPRINTS_PUBLISHED = new EventType<>(
            "org.copperpcf.pact.partner-footprints-published.v1", Topics.PACT_NOTIFICATIONS,
            PartnerFootprintsPublished.class);

    private static final List<EventType<?>> ALL = List.of(FACTOR_RELEASE_PUBLISHED, INVENTORY_PUBLISHED,
            DISCLOSURE_ACCEPTED, SUPPLIER_FOOTPRINT_RECEIVED, EVIDENCE_FILE_PUBLISHED, FOOTPRINT_PUBLISHED, PARTNER_FOOTPRINTS_PUBLISHED);

    private EventTypes() {
    }

    public static List<EventType<?>> all() {
        return ALL;
    }

    public static Optional<EventType<?>> byType(String type) {
        return ALL.stream().filter(eventType -> eventType.type().equals(type)).findFirst();
    }
}
