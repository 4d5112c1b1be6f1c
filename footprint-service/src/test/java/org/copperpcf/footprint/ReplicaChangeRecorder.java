package org.copperpcf.footprint;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.copperpcf.footprint.replica.ReplicaChanged;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/** Records every {@link ReplicaChanged} the replica services fire, for the tests to check. */
@ApplicationScoped
public class ReplicaChangeRecorder {
    private final List<ReplicaChanged> seen = new CopyOnWriteArrayList<>();

    void on(@Observes ReplicaChanged change) {
        seen.add(change);
    }

    public List<ReplicaChanged> of(String kind, String key) {
        return seen.stream().filter(c -> c.kind().equals(kind) && c.key().equals(key)).toList();
    }
}
