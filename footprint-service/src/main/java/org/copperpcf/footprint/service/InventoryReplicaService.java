package org.copperpcf.footprint.service;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.copperpcf.contracts.CloudEvent;
import org.copperpcf.contracts.EventJson;
import org.copperpcf.contracts.EventTypes;
import org.copperpcf.contracts.inventory.InventoryPublished;
import org.copperpcf.footprint.replica.ReplicaChanged;
import org.copperpcf.footprint.replica.ReplicatedInventory;

import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;

/** Keeps every published process and template version inventory-service announced. */
@ApplicationScoped
@Transactional(TxType.REQUIRED)
public class InventoryReplicaService {
    private final Event<ReplicaChanged> changes;

    public InventoryReplicaService(Event<ReplicaChanged> changes) {
        this.changes = changes;
    }

    /** Applies an {@code InventoryPublished} event; a version already held is only counted again. */
    @Transactional(TxType.MANDATORY)
    public void apply(CloudEvent event) {
        InventoryPublished published = event.dataAs(EventTypes.INVENTORY_PUBLISHED);
        ReplicatedInventory replica = ReplicatedInventory.findById(published.versionId());
        if (replica != null) {
            replica.receivedEvents++;
            if (!replica.contentHash.equals(published.contentHash())) {
                Log.errorf("Replica: %s %s v%d arrived again with another content hash (%s, holding %s); published "
                                + "versions are immutable, so the first is kept", published.kind(), published.key(),
                        published.version(), published.contentHash(), replica.contentHash);
            }
            return;
        }
        replica = new ReplicatedInventory();
        replica.versionId = published.versionId();
        replica.kind = published.kind();
        replica.modelKey = published.key();
        replica.version = published.version();
        replica.publishedAt = published.publishedAt();
        replica.contentHash = published.contentHash();
        replica.model = EventJson.toJson(InventoryPublished.PROCESS.equals(published.kind()) ? published.process()
                : published.template());
        replica.warnings = published.warnings() == null ? null : EventJson.toJson(published.warnings());
        replica.lastEventId = event.id();
        replica.receivedEvents = 1;
        replica.updatedAt = Instant.now();
        replica.persist();
        Log.infof("Replica: %s %s v%d (%s)", published.kind(), published.key(), published.version(),
                published.contentHash());
        changes.fire(new ReplicaChanged(published.kind(), published.key(), null));
    }

    @Transactional(TxType.SUPPORTS)
    public List<ReplicatedInventory> matching(String kind, String key) {
        return ReplicatedInventory.matching(kind, key);
    }

    @Transactional(TxType.SUPPORTS)
    public Optional<ReplicatedInventory> find(String kind, String key, int version) {
        return ReplicatedInventory.find(kind, key, version);
    }
}
