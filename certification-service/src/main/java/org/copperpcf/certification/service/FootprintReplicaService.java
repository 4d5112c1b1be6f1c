package org.copperpcf.certification.service;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import org.copperpcf.certification.model.ReplicatedFootprintVersion;
import org.copperpcf.contracts.CloudEvent;
import org.copperpcf.contracts.EventJson;
import org.copperpcf.contracts.EventTypes;
import org.copperpcf.contracts.footprint.FootprintPublished;

import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;

/**
 * Keeps every published footprint version. Versions are immutable, so the first event for a version id stores it
 * and any later one (a relay retry under a new event id, a replay) changes nothing; older versions stay evaluable
 * after their successor arrives.
 */
@ApplicationScoped
@Transactional(TxType.REQUIRED)
public class FootprintReplicaService {

    @Transactional(TxType.MANDATORY)
    public void apply(CloudEvent event) {
        FootprintPublished footprint = event.dataAs(EventTypes.FOOTPRINT_PUBLISHED);
        if (ReplicatedFootprintVersion.findById(footprint.versionId()) != null) {
            Log.debugf("Replica: footprint version %s (v%d of %s) held already; event %s ignored",
                    footprint.versionId(), footprint.version(), footprint.footprintId(), event.id());
            return;
        }
        ReplicatedFootprintVersion replica = new ReplicatedFootprintVersion();
        replica.versionId = footprint.versionId();
        replica.footprintId = footprint.footprintId();
        replica.version = footprint.version();
        replica.product = footprint.product();
        replica.declaredUnit = footprint.declaredUnit();
        replica.geography = footprint.geography();
        replica.kgCo2e = footprint.kgCo2e();
        replica.resultHash = footprint.resultHash();
        replica.calculatedAt = footprint.calculatedAt();
        replica.content = event.data().toString();
        replica.lastEventId = event.id();
        replica.receivedAt = Instant.now();
        replica.persist();
        Log.debugf("Replica: footprint %s v%d (%s, version %s) stored (event %s)", footprint.footprintId(),
                footprint.version(), footprint.product(), footprint.versionId(), event.id());
    }

    @Transactional(TxType.SUPPORTS)
    public Optional<ReplicatedFootprintVersion> find(UUID versionId) {
        return ReplicatedFootprintVersion.findByIdOptional(versionId);
    }

    public static FootprintPublished content(ReplicatedFootprintVersion replica) {
        return EventJson.fromJson(replica.content, FootprintPublished.class);
    }
}
