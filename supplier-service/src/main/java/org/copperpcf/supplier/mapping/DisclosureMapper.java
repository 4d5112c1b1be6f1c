package org.copperpcf.supplier.mapping;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.copperpcf.contracts.supplier.DisclosureAccepted;
import org.copperpcf.supplier.ActivityLine;
import org.copperpcf.supplier.Disclosure;
import org.copperpcf.supplier.ElectricityContract;
import org.copperpcf.supplier.Evidence;
import org.copperpcf.supplier.Facility;
import org.copperpcf.supplier.GreenCertificate;
import org.copperpcf.supplier.rest.DisclosureRequest;
import org.copperpcf.supplier.rest.DisclosureView;

import jakarta.enterprise.context.ApplicationScoped;

/** Disclosure entity ↔ API records ↔ event payload. */
@ApplicationScoped
public class DisclosureMapper {

    /** Replaces the content of {@code disclosure} with {@code request}'s (validated before). */
    public void fill(Disclosure disclosure, DisclosureRequest request) {
        disclosure.facilityId = request.facilityId();
        disclosure.process = request.process();
        disclosure.periodStart = request.periodStart();
        disclosure.periodEnd = request.periodEnd();
        disclosure.product = request.product();
        disclosure.productionAmount = request.production().amount();
        disclosure.productionUnit = request.production().unit();
        disclosure.lines.clear();
        List<DisclosureRequest.Line> lines = request.linesOrEmpty();
        for (int i = 0; i < lines.size(); i++) {
            DisclosureRequest.Line in = lines.get(i);
            ActivityLine line = new ActivityLine();
            line.lineNo = i + 1;
            line.category = in.category();
            line.item = in.item();
            line.amount = in.amount();
            line.unit = in.unit();
            line.scrapKind = in.scrapKind();
            line.distanceKm = in.distanceKm();
            line.dataType = in.dataType();
            if (in.pedigree() != null) {
                line.dqReliability = in.pedigree().reliability();
                line.dqCompleteness = in.pedigree().completeness();
                line.dqTemporal = in.pedigree().temporal();
                line.dqGeographical = in.pedigree().geographical();
                line.dqTechnological = in.pedigree().technological();
            }
            line.evidenceIds = ids(in.evidenceIds());
            line.note = in.note();
            disclosure.lines.add(line);
        }
        disclosure.contracts.clear();
        List<DisclosureRequest.Contract> contracts = request.contractsOrEmpty();
        for (int i = 0; i < contracts.size(); i++) {
            DisclosureRequest.Contract in = contracts.get(i);
            ElectricityContract contract = new ElectricityContract();
            contract.lineNo = i + 1;
            contract.contractId = in.contractId();
            contract.kind = in.kind();
            contract.counterparty = in.counterparty();
            contract.mwh = in.mwh();
            contract.generationType = in.generationType();
            contract.evidenceIds = ids(in.evidenceIds());
            disclosure.contracts.add(contract);
        }
        disclosure.certificates.clear();
        for (DisclosureRequest.Certificate in : request.certificatesOrEmpty()) {
            GreenCertificate certificate = new GreenCertificate();
            certificate.certificateId = in.certificateId();
            certificate.mwh = in.mwh();
            certificate.vintage = in.vintage();
            certificate.generationType = in.generationType();
            certificate.redemptionEvidenceId = in.redemptionEvidenceId();
            disclosure.certificates.add(certificate);
        }
    }

    /** Every evidence id the request cites, in order of appearance. */
    public static Set<UUID> evidenceIds(DisclosureRequest request) {
        Set<UUID> ids = new LinkedHashSet<>();
        request.linesOrEmpty().forEach(line -> addAll(ids, line.evidenceIds()));
        request.contractsOrEmpty().forEach(contract -> addAll(ids, contract.evidenceIds()));
        request.certificatesOrEmpty().stream().map(DisclosureRequest.Certificate::redemptionEvidenceId)
                .filter(id -> id != null).forEach(ids::add);
        return ids;
    }

    /** Every evidence id the stored disclosure cites. */
    public static Set<UUID> evidenceIds(Disclosure disclosure) {
        Set<UUID> ids = new LinkedHashSet<>();
        disclosure.lines.forEach(line -> ids.addAll(Arrays.asList(line.evidenceIds)));
        disclosure.contracts.forEach(contract -> ids.addAll(Arrays.asList(contract.evidenceIds)));
        disclosure.certificates.stream().map(c -> c.redemptionEvidenceId).filter(id -> id != null).forEach(ids::add);
        return ids;
    }

    public DisclosureView toView(Disclosure d) {
        return new DisclosureView(d.id, d.supplierId, d.facilityId, d.seriesId, d.revision, d.supersedesId,
                d.supersededById, d.status.code(), d.process, d.periodStart, d.periodEnd, d.product,
                new DisclosureRequest.Quantity(d.productionAmount, d.productionUnit),
                d.lines.stream().map(line -> new DisclosureRequest.Line(line.category, line.item, line.amount,
                        line.unit, line.scrapKind, line.distanceKm, line.dataType, pedigree(line),
                        List.of(line.evidenceIds), line.note)).toList(),
                d.contracts.stream().map(c -> new DisclosureRequest.Contract(c.contractId, c.kind, c.counterparty,
                        c.mwh, c.generationType, List.of(c.evidenceIds))).toList(),
                d.certificates.stream().map(c -> new DisclosureRequest.Certificate(c.certificateId, c.mwh, c.vintage,
                        c.generationType, c.redemptionEvidenceId)).toList(),
                d.flags.stream().map(f -> new DisclosureView.Flag(f.field, f.message, f.rangeSource)).toList(),
                d.reviewComment, d.reviewedBy, d.reviewedAt, d.submittedAt, d.createdBy, d.createdAt, d.updatedAt,
                d.version);
    }

    /** The event payload: the disclosure's full content in {@code status}, with the evidence it cites. */
    public DisclosureAccepted toEvent(Disclosure d, String status, List<String> companyIds, Facility facility,
                                      List<Evidence> evidence) {
        return new DisclosureAccepted(d.id, d.version, status, d.seriesId, d.revision, d.supersedesId,
                d.supersededById, d.supplierId, companyIds,
                new DisclosureAccepted.Facility(facility.id, facility.name, facility.provinceCode, facility.gridRegion),
                d.process, d.periodStart, d.periodEnd, d.product,
                new DisclosureAccepted.Quantity(d.productionAmount, d.productionUnit),
                d.lines.stream().map(line -> new DisclosureAccepted.Line(line.lineNo, line.category, line.item,
                        line.amount, line.unit, line.scrapKind, line.distanceKm, line.dataType,
                        pedigree(line) == null ? null : new DisclosureAccepted.Pedigree(line.dqReliability,
                                line.dqCompleteness, line.dqTemporal, line.dqGeographical, line.dqTechnological),
                        List.of(line.evidenceIds), line.note)).toList(),
                d.contracts.stream().map(c -> new DisclosureAccepted.Contract(c.contractId, c.kind, c.counterparty,
                        c.mwh, c.generationType, List.of(c.evidenceIds))).toList(),
                d.certificates.stream().map(c -> new DisclosureAccepted.Certificate(c.certificateId, c.mwh,
                        c.vintage, c.generationType, c.redemptionEvidenceId)).toList(),
                evidence.stream().map(e -> new DisclosureAccepted.Evidence(e.id, e.fileName, e.mediaType,
                        e.sizeBytes, e.sha256)).toList(),
                d.flags.stream().map(f -> new DisclosureAccepted.Flag(f.field, f.message, f.rangeSource)).toList(),
                d.reviewedAt, d.reviewedBy, d.reviewComment);
    }

    private static DisclosureRequest.Pedigree pedigree(ActivityLine line) {
        if (line.dqReliability == null && line.dqCompleteness == null && line.dqTemporal == null
                && line.dqGeographical == null && line.dqTechnological == null) {
            return null;
        }
        return new DisclosureRequest.Pedigree(line.dqReliability, line.dqCompleteness, line.dqTemporal,
                line.dqGeographical, line.dqTechnological);
    }

    private static UUID[] ids(List<UUID> ids) {
        return ids == null ? new UUID[0] : new ArrayList<>(new LinkedHashSet<>(ids)).toArray(UUID[]::new);
    }

    private static void addAll(Set<UUID> target, List<UUID> ids) {
        if (ids != null) {
            ids.stream().filter(id -> id != null).forEach(target::add);
        }
    }
}
