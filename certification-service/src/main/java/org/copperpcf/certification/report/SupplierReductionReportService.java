package org.copperpcf.certification.report;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.copperpcf.contracts.EventJson;
import org.copperpcf.contracts.footprint.FootprintPublished;
import org.copperpcf.kit.audit.AuditChange;
import org.copperpcf.kit.audit.AuditTrail;
import org.copperpcf.kit.problem.ProblemException;
import org.copperpcf.kit.security.Roles;

import io.quarkus.hibernate.orm.panache.Panache;
import io.quarkus.logging.Log;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;

/** Computes a supplier reduction report from the footprint replica once, stores it for good, and guards reading. */
@ApplicationScoped
@Transactional(TxType.REQUIRED)
public class SupplierReductionReportService {
    /** The current (highest) version of every footprint any version of which names one of the suppliers. */
    private static final String CURRENT_VERSIONS = "select cast(content as text) from ("
            + "select distinct on (footprint_id) footprint_id, content from replica_footprint_version "
            + "where footprint_id in (select footprint_id from replica_footprint_version "
            + "where content -> 'specification' -> 'producer' ->> 'supplierId' = any(cast(?1 as text[]))) "
            + "order by footprint_id, version desc) current";

    private final AuditTrail audit;

    public SupplierReductionReportService(AuditTrail audit) {
        this.audit = audit;
    }

    public SupplierReductionReport create(NewSupplierReductionReport request, String owner) {
        if (request.reportYear() != null && request.reportYear() < request.baseYear()) {
            throw ProblemException.invalid("reportYear", "must not be before baseYear " + request.baseYear());
        }
        String[] suppliers = request.supplierIds().stream().distinct().map(UUID::toString).toArray(String[]::new);
        @SuppressWarnings("unchecked")
        List<String> contents = Panache.getEntityManager().createNativeQuery(CURRENT_VERSIONS)
                .setParameter(1, suppliers).getResultList();
        List<FootprintPublished> current = contents.stream()
                .map(json -> EventJson.fromJson(json, FootprintPublished.class)).toList();
        SupplierReductionReport report = new SupplierReductionReport();
        report.id = UUID.randomUUID();
        report.owner = owner;
        report.title = request.title();
        report.request = EventJson.toJson(request);
        report.results = EventJson.toJson(SupplierReductionCalculator.compute(request, current));
        report.createdAt = Instant.now().truncatedTo(ChronoUnit.MICROS);
        report.persist();
        audit.record(AuditChange.of("supplier-reduction-report-published", "supplier-reduction-report", report.id,
                null, null, SupplierReductionReportView.of(report)));
        Log.infof("Supplier reduction report %s by %s: %d suppliers, %d current footprint versions read", report.id,
                owner, suppliers.length, current.size());
        return report;
    }

    /**
     * The report, for its owner, admins and certifiers; anyone else is told it does not exist, so one buyer cannot
     * learn which reports another has published.
     */
    @Transactional(TxType.SUPPORTS)
    public Optional<SupplierReductionReport> find(UUID id, SecurityIdentity caller) {
        return SupplierReductionReport.<SupplierReductionReport>findByIdOptional(id)
                .filter(r -> r.owner.equals(caller.getPrincipal().getName()) || caller.hasRole(Roles.ADMIN)
                        || caller.hasRole(Roles.CERTIFIER));
    }
}
