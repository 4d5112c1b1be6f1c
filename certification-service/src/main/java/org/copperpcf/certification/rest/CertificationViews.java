package org.copperpcf.certification.rest;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.copperpcf.certification.model.ApplicationFinding;
import org.copperpcf.certification.model.Certificate;
import org.copperpcf.certification.model.CertificateTransition;
import org.copperpcf.certification.model.CertificationApplication;
import org.copperpcf.certification.model.EvidenceSample;
import org.copperpcf.certification.model.SampleCheck;
import org.copperpcf.certification.model.SampleItem;
import org.copperpcf.contracts.EventJson;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** API views of applications, findings, samples and certificates; entities never leave the service. */
public final class CertificationViews {
    private static final ObjectMapper JSON = new ObjectMapper();

    private CertificationViews() {
    }

    public record FootprintRef(UUID footprintId, int version, UUID versionId, String resultHash) {
    }

    public record CriteriaSetRef(String key, int version) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Holder(UUID supplierId, UUID facilityId) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record ApplicationView(UUID id, String status, String decision, String product, FootprintRef footprint,
                                  CriteriaSetRef criteriaSet, Holder holder, JsonNode contact, String applicant,
                                  Instant submittedAt, String reviewer, Instant reviewStartedAt, UUID evaluationId,
                                  List<FindingView> findings, String decisionRationale, String decidedBy,
                                  Instant decidedAt, String certificateId, Instant withdrawnAt) {
        public static ApplicationView of(CertificationApplication a, List<ApplicationFinding> findings,
                                         String certificateId) {
            return new ApplicationView(a.id, a.status, a.decision, a.product,
                    new FootprintRef(a.footprintId, a.footprintVersion, a.footprintVersionId, a.resultHash),
                    new CriteriaSetRef(a.criteriaSetKey, a.criteriaSetVersion),
                    new Holder(a.holderSupplierId, a.holderFacilityId), EventJson.readTree(a.contact), a.applicant,
                    a.submittedAt, a.reviewer, a.reviewStartedAt, a.evaluationId,
                    findings.stream().map(FindingView::of).toList(), a.decisionRationale, a.decidedBy, a.decidedAt,
                    certificateId, a.withdrawnAt);
        }
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record FindingView(UUID id, String severity, String clause, String text, String status, String raisedBy,
                              Instant raisedAt, String closedBy, Instant closedAt, String resolution) {
        public static FindingView of(ApplicationFinding f) {
            return new FindingView(f.id, f.severity, f.clause, f.text, f.closedAt == null ? "open" : "closed",
                    f.raisedBy, f.raisedAt, f.closedBy, f.closedAt, f.resolution);
        }
    }

    public record PopulationView(int lines, int evidenceFiles, String hash) {
    }

    public record Requested(int lines, int evidenceFiles) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record CheckView(String outcome, String note, String checkedBy, Instant checkedAt) {
        static CheckView of(SampleCheck c) {
            return new CheckView(c.outcome, c.note, c.checkedBy, c.checkedAt);
        }
    }

    /** A sampled item; {@code outcome} is its latest check (null: unchecked), {@code checks} all of them. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record ItemView(int itemNo, String kind, int rank, UUID disclosureId, Integer lineNo, UUID evidenceId,
                           BigDecimal weight, String weightRule, JsonNode detail, String outcome,
                           List<CheckView> checks) {
    }

    public record SampleView(UUID id, UUID applicationId, UUID footprintVersionId, String seed, String seedOrigin,
                             String algorithm, PopulationView population, Requested requested,
                             Map<String, String> weightRules, List<ItemView> items, String drawnBy,
                             Instant drawnAt) {
        /** The seed travels as a string: a 64-bit integer does not survive a JavaScript number. */
        public static SampleView of(EvidenceSample s, List<SampleItem> items, List<SampleCheck> checks) {
            List<ItemView> views = items.stream().map(i -> {
                List<CheckView> history = checks.stream().filter(c -> c.itemNo == i.itemNo).map(CheckView::of)
                        .toList();
                return new ItemView(i.itemNo, i.kind, i.rank, i.disclosureId, i.lineNo, i.evidenceId, i.weight,
                        i.weightRule, EventJson.readTree(i.detail),
                        history.isEmpty() ? null : history.getLast().outcome(), history);
            }).toList();
            return new SampleView(s.id, s.applicationId, s.footprintVersionId, Long.toString(s.seed), s.seedOrigin,
                    s.algorithm, new PopulationView(s.populationLines, s.populationEvidence, s.populationHash),
                    new Requested(s.requestedLines, s.requestedEvidence), rules(s.weightRules), views, s.drawnBy,
                    s.drawnAt);
        }

        private static Map<String, String> rules(String json) {
            try {
                return JSON.readValue(json, new TypeReference<>() {
                });
            } catch (Exception e) {
                throw new IllegalStateException("stored weight rules are not a JSON object", e);
            }
        }
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record CertificateScope(String product, UUID footprintId, int footprintVersion, UUID footprintVersionId,
                                   String resultHash, String declaredUnit, BigDecimal kgCo2e,
                                   CriteriaSetRef criteriaSet, Holder holder) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record TransitionView(String from, String to, String reason, String actor, Instant at) {
    }

    public record CertificateView(String id, String status, UUID applicationId, CertificateScope scope,
                                  Instant issuedAt, Instant validFrom, Instant validUntil,
                                  List<LocalDate> surveillanceDates, String certifier,
                                  List<TransitionView> history) {
        public static CertificateView of(Certificate c, List<CertificateTransition> history, Instant now) {
            return new CertificateView(c.id, c.effectiveStatus(now), c.applicationId,
                    new CertificateScope(c.product, c.footprintId, c.footprintVersion, c.footprintVersionId,
                            c.resultHash, c.declaredUnit, c.kgCo2e,
                            new CriteriaSetRef(c.criteriaSetKey, c.criteriaSetVersion),
                            new Holder(c.holderSupplierId, c.holderFacilityId)),
                    c.issuedAt, c.validFrom, c.validUntil, CertificationViews.surveillanceDates(c), c.certifier,
                    history.stream().map(t -> new TransitionView(t.fromStatus, t.toStatus, t.reason, t.actor, t.at))
                            .toList());
        }
    }

    /** What anyone may check without a token. */
    public record PublicCertificateView(String certificateId, String status, Holder holder, String product,
                                        String declaredUnit, BigDecimal kgCo2e, Instant validFrom,
                                        Instant validUntil, String resultHash) {
        public static PublicCertificateView of(Certificate c, Instant now) {
            return new PublicCertificateView(c.id, c.effectiveStatus(now),
                    new Holder(c.holderSupplierId, c.holderFacilityId), c.product, c.declaredUnit, c.kgCo2e,
                    c.validFrom, c.validUntil, c.resultHash);
        }
    }

    public static List<LocalDate> surveillanceDates(Certificate c) {
        return Arrays.stream(EventJson.fromJson(c.surveillanceDates, String[].class)).map(LocalDate::parse).toList();
    }
}
