package org.copperpcf.footprint.service;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.copperpcf.contracts.CloudEvent;
import org.copperpcf.contracts.EventJson;
import org.copperpcf.contracts.EventTypes;
import org.copperpcf.contracts.supplier.SupplierFootprintReceived;
import org.copperpcf.footprint.replica.ReplicaChanged;
import org.copperpcf.footprint.replica.ReplicatedSupplierFootprint;

import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;

/**
 * Keeps the supplier-footprint replica equal to the latest state the events carry: Active, then possibly
 * Deprecated. Like {@link DisclosureReplicaService}: whichever event arrives first creates the copy, one whose
 * version is not newer than the held one changes nothing, and every insert or change fires {@link ReplicaChanged}.
 */
@ApplicationScoped
@Transactional(TxType.REQUIRED)
public class SupplierFootprintReplicaService {
    private final Event<ReplicaChanged> changed;

    public SupplierFootprintReplicaService(Event<ReplicaChanged> changed) {
        this.changed = changed;
    }

    @Transactional(TxType.MANDATORY)
    public void apply(CloudEvent event) {
        SupplierFootprintReceived footprint = event.dataAs(EventTypes.SUPPLIER_FOOTPRINT_RECEIVED);
        ReplicatedSupplierFootprint replica = ReplicatedSupplierFootprint.findById(footprint.pfId());
        if (replica == null) {
            replica = new ReplicatedSupplierFootprint();
            replica.pfId = footprint.pfId();
            replica.receivedEvents = 1;
            copy(footprint, replica, event);
            replica.persist();
            Log.infof("Replica: supplier footprint %s v%d %s (event %s)", footprint.pfId(), footprint.version(),
                    footprint.status(), event.id());
        } else {
            replica.receivedEvents++;
            if (footprint.version() <= replica.version) {
                Log.infof("Replica: ignored event %s for supplier footprint %s v%d, holding v%d", event.id(),
                        footprint.pfId(), footprint.version(), replica.version);
                return;
            }
            copy(footprint, replica, event);
            Log.infof("Replica: supplier footprint %s now v%d %s (event %s)", footprint.pfId(), footprint.version(),
                    footprint.status(), event.id());
        }
        changed.fire(new ReplicaChanged(ReplicaChanged.SUPPLIER_FOOTPRINT, footprint.pfId().toString(),
                footprint.supplierId()));
    }

    @Transactional(TxType.SUPPORTS)
    public Optional<ReplicatedSupplierFootprint> find(UUID pfId) {
        return ReplicatedSupplierFootprint.findByIdOptional(pfId);
    }

    @Transactional(TxType.SUPPORTS)
    public List<ReplicatedSupplierFootprint> newestFirst(int limit) {
        return ReplicatedSupplierFootprint.newestFirst(limit);
    }

    private static void copy(SupplierFootprintReceived f, ReplicatedSupplierFootprint replica, CloudEvent event) {
        replica.version = f.version();
        replica.status = f.status();
        replica.supplierId = f.supplierId();
        replica.companyIds = f.companyIds().toArray(String[]::new);
        replica.companyName = f.companyName();
        replica.productIds = f.productIds().toArray(String[]::new);
        replica.productDescription = f.productDescription();
        replica.product = f.product();
        replica.precedingPfIds = f.precedingPfIds().stream().map(UUID::toString).toArray(String[]::new);
        replica.declaredUnit = f.declaredUnit();
        replica.declaredUnitAmount = f.declaredUnitAmount();
        replica.productMassPerDeclaredUnit = f.productMassPerDeclaredUnit();
        replica.referencePeriodStart = f.referencePeriodStart();
        replica.referencePeriodEnd = f.referencePeriodEnd();
        replica.geography = f.geography();
        replica.pcfExcludingBiogenicUptake = f.pcfExcludingBiogenicUptake();
        replica.pcfIncludingBiogenicUptake = f.pcfIncludingBiogenicUptake();
        replica.fossilGhgEmissions = f.fossilGhgEmissions();
        replica.primaryDataShare = f.primaryDataShare();
        replica.receivedAt = f.receivedAt();
        replica.document = EventJson.toJson(f.document());
        replica.lastEventId = event.id();
        replica.updatedAt = Instant.now();
    }
}
