package org.copperpcf.footprint.service;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.copperpcf.contracts.CloudEvent;
import org.copperpcf.contracts.EventJson;
import org.copperpcf.contracts.EventTypes;
import org.copperpcf.contracts.supplier.DisclosureAccepted;
import org.copperpcf.footprint.replica.ReplicaChanged;
import org.copperpcf.footprint.replica.ReplicatedDisclosure;

import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;

/**
 * Keeps the disclosure replica equal to the latest state the events carry: accepted, then possibly superseded or
 * withdrawn. Each event carries the full content, so whichever arrives first creates the copy; an event whose
 * version is not newer than the held one changes nothing; an insert or a change fires {@link ReplicaChanged}.
 */
@ApplicationScoped
@Transactional(TxType.REQUIRED)
public class DisclosureReplicaService {
    private final Event<ReplicaChanged> changed;

    public DisclosureReplicaService(Event<ReplicaChanged> changed) {
        this.changed = changed;
    }

    @Transactional(TxType.MANDATORY)
    public void apply(CloudEvent event) {
        DisclosureAccepted disclosure = event.dataAs(EventTypes.DISCLOSURE_ACCEPTED);
        ReplicatedDisclosure replica = ReplicatedDisclosure.findById(disclosure.disclosureId());
        if (replica == null) {
            replica = new ReplicatedDisclosure();
            replica.disclosureId = disclosure.disclosureId();
            replica.receivedEvents = 1;
            copy(disclosure, replica, event);
            replica.persist();
            Log.infof("Replica: disclosure %s v%d %s (event %s)", disclosure.disclosureId(), disclosure.version(),
                    disclosure.status(), event.id());
            fireChanged(disclosure);
            return;
        }
        replica.receivedEvents++;
        if (disclosure.version() <= replica.version) {
            Log.infof("Replica: ignored event %s for disclosure %s v%d, holding v%d", event.id(),
                    disclosure.disclosureId(), disclosure.version(), replica.version);
            return;
        }
        copy(disclosure, replica, event);
        Log.infof("Replica: disclosure %s now v%d %s (event %s)", disclosure.disclosureId(), disclosure.version(),
                disclosure.status(), event.id());
        fireChanged(disclosure);
    }

    private void fireChanged(DisclosureAccepted disclosure) {
        changed.fire(new ReplicaChanged(ReplicaChanged.DISCLOSURE, disclosure.disclosureId().toString(),
                disclosure.supplierId()));
    }

    @Transactional(TxType.SUPPORTS)
    public Optional<ReplicatedDisclosure> find(UUID disclosureId) {
        return ReplicatedDisclosure.findByIdOptional(disclosureId);
    }

    @Transactional(TxType.SUPPORTS)
    public List<ReplicatedDisclosure> newestFirst(int limit) {
        return ReplicatedDisclosure.newestFirst(limit);
    }

    private static void copy(DisclosureAccepted d, ReplicatedDisclosure replica, CloudEvent event) {
        replica.version = d.version();
        replica.status = d.status();
        replica.seriesId = d.seriesId();
        replica.revision = d.revision();
        replica.supersedesId = d.supersedes();
        replica.supersededById = d.supersededBy();
        replica.supplierId = d.supplierId();
        replica.companyIds = d.companyIds().toArray(String[]::new);
        replica.facilityId = d.facility().id();
        replica.facilityName = d.facility().name();
        replica.provinceCode = d.facility().provinceCode();
        replica.gridRegion = d.facility().gridRegion();
        replica.process = d.process();
        replica.periodStart = d.periodStart();
        replica.periodEnd = d.periodEnd();
        replica.product = d.product();
        replica.productionAmount = d.production().amount();
        replica.productionUnit = d.production().unit();
        replica.evidenceSha256 = d.evidence().stream().map(DisclosureAccepted.Evidence::sha256)
                .toArray(String[]::new);
        replica.acceptedAt = d.acceptedAt();
        replica.reviewedBy = d.reviewedBy();
        replica.content = EventJson.toJson(d);
        replica.contentHash = EventJson.contentHash(d);
        replica.lastEventId = event.id();
        replica.updatedAt = Instant.now();
        replica.lines.clear();
        for (DisclosureAccepted.Line in : d.lines()) {
            ReplicatedDisclosure.Line line = new ReplicatedDisclosure.Line();
            line.lineNo = in.lineNo();
            line.category = in.category();
            line.item = in.item();
            line.amount = in.amount();
            line.unit = in.unit();
            line.scrapKind = in.scrapKind();
            line.distanceKm = in.distanceKm();
            line.dataType = in.dataType();
            replica.lines.add(line);
        }
        replica.certificates.clear();
        for (DisclosureAccepted.Certificate in : d.certificates()) {
            ReplicatedDisclosure.Certificate certificate = new ReplicatedDisclosure.Certificate();
            certificate.certificateId = in.certificateId();
            certificate.mwh = in.mwh();
            certificate.vintage = in.vintage();
            certificate.generationType = in.generationType();
            replica.certificates.add(certificate);
        }
    }
}
