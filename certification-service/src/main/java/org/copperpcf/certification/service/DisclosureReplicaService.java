package org.copperpcf.certification.service;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import org.copperpcf.certification.model.ReplicatedDisclosure;
import org.copperpcf.contracts.CloudEvent;
import org.copperpcf.contracts.EventJson;
import org.copperpcf.contracts.EventTypes;
import org.copperpcf.contracts.supplier.DisclosureAccepted;

import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;

/**
 * Keeps each disclosure at the newest state the events carry (accepted, then perhaps superseded or withdrawn); an
 * event whose version is not newer than the held one changes nothing. The content of a disclosure id never changes
 * (a correction is a new disclosure), so a superseded one still serves sampling for footprints that used it.
 */
@ApplicationScoped
@Transactional(TxType.REQUIRED)
public class DisclosureReplicaService {

    @Transactional(TxType.MANDATORY)
    public void apply(CloudEvent event) {
        DisclosureAccepted disclosure = event.dataAs(EventTypes.DISCLOSURE_ACCEPTED);
        ReplicatedDisclosure replica = ReplicatedDisclosure.findById(disclosure.disclosureId());
        if (replica != null && disclosure.version() <= replica.version) {
            Log.infof("Replica: ignored event %s for disclosure %s v%d, holding v%d", event.id(),
                    disclosure.disclosureId(), disclosure.version(), replica.version);
            return;
        }
        boolean created = replica == null;
        if (created) {
            replica = new ReplicatedDisclosure();
            replica.disclosureId = disclosure.disclosureId();
        }
        replica.version = disclosure.version();
        replica.status = disclosure.status();
        replica.supplierId = disclosure.supplierId();
        replica.facilityId = disclosure.facility() == null ? null : disclosure.facility().id();
        replica.content = EventJson.toJson(disclosure);
        replica.lastEventId = event.id();
        replica.receivedAt = Instant.now();
        if (created) {
            replica.persist();
        }
        Log.infof("Replica: disclosure %s now v%d %s (event %s)", disclosure.disclosureId(), disclosure.version(),
                disclosure.status(), event.id());
    }

    @Transactional(TxType.SUPPORTS)
    public Optional<ReplicatedDisclosure> replica(UUID disclosureId) {
        return ReplicatedDisclosure.findByIdOptional(disclosureId);
    }

    @Transactional(TxType.SUPPORTS)
    public Optional<DisclosureAccepted> find(UUID disclosureId) {
        return ReplicatedDisclosure.<ReplicatedDisclosure>findByIdOptional(disclosureId)
                .map(r -> EventJson.fromJson(r.content, DisclosureAccepted.class));
    }
}
