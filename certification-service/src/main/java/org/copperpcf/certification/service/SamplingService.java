package org.copperpcf.certification.service;

import java.security.SecureRandom;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.copperpcf.certification.model.CertificationApplication;
import org.copperpcf.certification.model.EvidenceSample;
import org.copperpcf.certification.model.ReplicatedFootprintVersion;
import org.copperpcf.certification.model.SampleCheck;
import org.copperpcf.certification.model.SampleItem;
import org.copperpcf.certification.rest.CertificationRequests;
import org.copperpcf.certification.rest.CertificationViews.CheckView;
import org.copperpcf.certification.rest.CertificationViews.SampleView;
import org.copperpcf.certification.sampling.EvidenceSampler;
import org.copperpcf.certification.sampling.Population;
import org.copperpcf.contracts.EventJson;
import org.copperpcf.kit.audit.AuditChange;
import org.copperpcf.kit.audit.AuditTrail;
import org.copperpcf.kit.problem.ProblemException;
import org.copperpcf.kit.problem.Violation;

import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;

/**
 * Evidence sampling for the verification visit (ISO 14064-3 sampling plan): draws a weighted, seeded sample of the
 * disclosure lines and evidence files behind the application's footprint version, records how it was drawn, and
 * records each check of a sampled item (a later check is a new record).
 */
@ApplicationScoped
@Transactional(TxType.REQUIRED)
public class SamplingService {
    static final String SAMPLE = "evidence-sample";
    static final String CHECK = "sample-check";
    private static final SecureRandom SEEDS = new SecureRandom();

    private final ApplicationService applications;
    private final DisclosureReplicaService disclosures;
    private final AuditTrail audit;

    public SamplingService(ApplicationService applications, DisclosureReplicaService disclosures, AuditTrail audit) {
        this.applications = applications;
        this.disclosures = disclosures;
        this.audit = audit;
    }

    public EvidenceSample draw(UUID applicationId, CertificationRequests.Sample request, String actor) {
        CertificationApplication a = applications.underReview(applicationId, "draw a sample");
        ReplicatedFootprintVersion replica = ReplicatedFootprintVersion.findById(a.footprintVersionId);
        Population population;
        try {
            population = Population.of(FootprintReplicaService.content(replica), disclosures::find);
        } catch (Population.MissingDisclosures e) {
            throw new ProblemException(409, "DISCLOSURES_NOT_REPLICATED", "Sample population is incomplete",
                    "the footprint's lineage names disclosures not replicated here (yet): " + e.missing(),
                    e.missing().stream().map(id -> new Violation("lineage.supplierData[" + id + "]",
                            "disclosure not replicated")).toList());
        }
        long seed = request.seed() != null ? request.seed() : SEEDS.nextLong();
        EvidenceSampler.Draw draw = EvidenceSampler.draw(population, seed, request.lines(), request.evidenceFiles());

        EvidenceSample sample = new EvidenceSample();
        sample.id = UUID.randomUUID();
        sample.applicationId = a.id;
        sample.footprintVersionId = a.footprintVersionId;
        sample.seed = seed;
        sample.seedOrigin = request.seed() != null ? "given" : "generated";
        sample.algorithm = EvidenceSampler.ALGORITHM;
        sample.populationLines = population.lines().size();
        sample.populationEvidence = population.evidence().size();
        sample.populationHash = population.hash();
        sample.requestedLines = request.lines();
        sample.requestedEvidence = request.evidenceFiles();
        Map<String, String> rules = new LinkedHashMap<>();
        population.weightRules().forEach((id, rule) -> rules.put(id.toString(), rule));
        sample.weightRules = EventJson.toJson(rules);
        sample.drawnBy = actor;
        sample.drawnAt = Instant.now();
        sample.persist();
        List<EvidenceSampler.Selected> selected = new ArrayList<>(draw.lines());
        selected.addAll(draw.evidence());
        int itemNo = 0;
        for (EvidenceSampler.Selected s : selected) {
            SampleItem item = new SampleItem();
            item.id = UUID.randomUUID();
            item.sampleId = sample.id;
            item.itemNo = ++itemNo;
            item.kind = s.item().kind();
            item.rank = s.rank();
            item.disclosureId = s.item().disclosureId();
            item.lineNo = s.item().lineNo();
            item.evidenceId = s.item().evidenceId();
            item.weight = s.item().weight();
            item.weightRule = s.item().weightRule();
            item.detail = EventJson.toJson(s.item().detail());
            item.persist();
        }
        audit.record(AuditChange.of("sample-drawn", SAMPLE, sample.id, null, null, view(sample))
                .forSupplier(a.holderSupplierId));
        Log.infof("Sample %s for application %s: seed %d, %d of %d lines, %d of %d files, population %s",
                sample.id, a.id, seed, draw.lines().size(), population.lines().size(), draw.evidence().size(),
                population.evidence().size(), population.hash());
        return sample;
    }

    /** Records a check of one sampled item; an earlier check of the item stays in the history. */
    public EvidenceSample check(UUID applicationId, UUID sampleId, int itemNo, CertificationRequests.Check request,
                                String actor) {
        CertificationApplication a = applications.underReview(applicationId, "check a sampled item");
        EvidenceSample sample = sampleOf(applicationId, sampleId);
        SampleItem.find(sample.id, itemNo)
                .orElseThrow(() -> ProblemException.notFound("sample item", sampleId + "/" + itemNo));
        SampleCheck check = new SampleCheck();
        check.id = UUID.randomUUID();
        check.sampleId = sample.id;
        check.itemNo = itemNo;
        check.outcome = request.outcome();
        check.note = request.note();
        check.checkedBy = actor;
        check.checkedAt = Instant.now();
        check.persist();
        audit.record(AuditChange.of("sample-item-checked", CHECK, sample.id + "/" + itemNo, null, null,
                new CheckView(check.outcome, check.note, check.checkedBy, check.checkedAt))
                .forSupplier(a.holderSupplierId));
        return sample;
    }

    @Transactional(TxType.SUPPORTS)
    public Optional<EvidenceSample> find(UUID applicationId, UUID sampleId) {
        return EvidenceSample.<EvidenceSample>findByIdOptional(sampleId)
                .filter(s -> s.applicationId.equals(applicationId));
    }

    @Transactional(TxType.SUPPORTS)
    public List<EvidenceSample> of(UUID applicationId) {
        return EvidenceSample.of(applicationId);
    }

    @Transactional(TxType.SUPPORTS)
    public SampleView view(EvidenceSample sample) {
        return SampleView.of(sample, SampleItem.of(sample.id), SampleCheck.of(sample.id));
    }

    private EvidenceSample sampleOf(UUID applicationId, UUID sampleId) {
        return find(applicationId, sampleId).orElseThrow(() -> ProblemException.notFound("sample", sampleId));
    }
}
