package org.copperpcf.footprint.replica;

import java.util.concurrent.atomic.AtomicBoolean;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * Raised while the replicas are being rebuilt from the topics. While it is up the replicas are incomplete, so
 * nothing may be calculated from them: replica changes schedule no recalculation, the recalculation worker takes
 * no batch, and footprints are neither created nor recalculated.
 */
@ApplicationScoped
public class ReplicaRebuildFlag {
    private final AtomicBoolean raised = new AtomicBoolean();

    public boolean raised() {
        return raised.get();
    }

    /** @return false when it was up already (another rebuild runs) */
    public boolean raise() {
        return raised.compareAndSet(false, true);
    }

    public void lower() {
        raised.set(false);
    }
}
