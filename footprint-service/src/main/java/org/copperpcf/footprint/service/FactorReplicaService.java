package org.copperpcf.footprint.service;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.copperpcf.contracts.CloudEvent;
import org.copperpcf.contracts.EventJson;
import org.copperpcf.contracts.EventTypes;
import org.copperpcf.contracts.factor.FactorReleasePublished;
import org.copperpcf.contracts.factor.ReleasedFactor;
import org.copperpcf.footprint.replica.ReplicaChanged;
import org.copperpcf.footprint.replica.ReplicatedFactor;
import org.copperpcf.footprint.replica.ReplicatedFactorRelease;

import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;

/** Keeps the factor-release replica equal to the latest state the events carry. */
@ApplicationScoped
@Transactional(TxType.REQUIRED)
public class FactorReplicaService {
    private final Event<ReplicaChanged> changes;

    public FactorReplicaService(Event<ReplicaChanged> changes) {
        this.changes = changes;
    }

    /** Applies a {@code FactorReleasePublished} event; an event older than the held version changes nothing. */
    @Transactional(TxType.MANDATORY)
    public void apply(CloudEvent event) {
        FactorReleasePublished release = event.dataAs(EventTypes.FACTOR_RELEASE_PUBLISHED);
        ReplicatedFactorRelease replica = ReplicatedFactorRelease.findById(release.releaseId());
        if (replica == null) {
            replica = new ReplicatedFactorRelease();
            replica.releaseId = release.releaseId();
            replica.receivedEvents = 1;
            copy(release, replica, event);
            replica.persist();
            Log.infof("Replica: factor release %s v%d with %d factors (event %s)", release.name(), release.version(),
                    release.factors().size(), event.id());
            changes.fire(new ReplicaChanged(ReplicaChanged.FACTOR_RELEASE, release.releaseId().toString(), null));
            return;
        }
        replica.receivedEvents++;
        if (release.version() <= replica.version) {
            Log.infof("Replica: ignored event %s for %s v%d, holding v%d", event.id(), release.name(),
                    release.version(), replica.version);
            return;
        }
        ReplicatedFactor.delete("release", replica);
        replica.factors.clear();
        ReplicatedFactor.flush();
        copy(release, replica, event);
        Log.infof("Replica: factor release %s now v%d (event %s)", release.name(), release.version(), event.id());
        changes.fire(new ReplicaChanged(ReplicaChanged.FACTOR_RELEASE, release.releaseId().toString(), null));
    }

    @Transactional(TxType.SUPPORTS)
    public Optional<ReplicatedFactorRelease> find(String name) {
        return ReplicatedFactorRelease.findByName(name);
    }

    @Transactional(TxType.SUPPORTS)
    public List<ReplicatedFactorRelease> newestFirst(int limit) {
        return ReplicatedFactorRelease.newestFirst(limit);
    }

    private static void copy(FactorReleasePublished release, ReplicatedFactorRelease replica, CloudEvent event) {
        replica.name = release.name();
        replica.version = release.version();
        replica.publishedAt = release.publishedAt();
        replica.lastEventId = event.id();
        replica.updatedAt = Instant.now();
        replica.content = EventJson.toJson(release);
        for (ReleasedFactor factor : release.factors()) {
            ReplicatedFactor row = new ReplicatedFactor();
            row.release = replica;
            row.key = factor.key();
            row.name = factor.name();
            row.unit = factor.unit();
            row.co2ePerUnit = factor.co2ePerUnit();
            row.sourcePublisher = factor.source().publisher();
            row.sourceDocument = factor.source().document();
            row.sourceUrl = factor.source().url();
            replica.factors.add(row);
            if (replica.isPersistent()) {
                row.persist();
            }
        }
    }
}
