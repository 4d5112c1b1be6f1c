package org.copperpcf.supplier.service;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

import org.copperpcf.kit.audit.AuditChange;
import org.copperpcf.kit.audit.AuditTrail;
import org.copperpcf.kit.problem.ProblemException;
import org.copperpcf.kit.problem.Violation;
import org.copperpcf.supplier.Facility;
import org.copperpcf.supplier.Supplier;
import org.copperpcf.supplier.config.SupplierConfig;
import org.copperpcf.supplier.model.Codes;
import org.copperpcf.supplier.model.Uscc;
import org.copperpcf.supplier.rest.FacilityRequest;
import org.copperpcf.supplier.rest.SupplierRequest;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;

/** The supplier registry: organisations with their identifiers, and their facilities. */
@ApplicationScoped
@Transactional(TxType.REQUIRED)
public class SupplierService {
    /** RFC 8141: {@code urn:<NID>:<NSS>}. */
    private static final Pattern URN = Pattern.compile("^urn:[a-zA-Z0-9][a-zA-Z0-9-]{0,31}:\\S+$");

    private final SupplierConfig config;
    private final AuditTrail audit;

    public SupplierService(SupplierConfig config, AuditTrail audit) {
        this.config = config;
        this.audit = audit;
    }

    public Supplier register(SupplierRequest request) {
        return register(UUID.randomUUID(), request);
    }

    /** Registers a supplier under a given id: for data whose identity other services know in advance (demo data). */
    public Supplier register(UUID id, SupplierRequest request) {
        List<Violation> violations = new ArrayList<>();
        text("nameEn", request.nameEn(), true, violations);
        text("nameZh", request.nameZh(), false, violations);
        if (request.uscc() != null) {
            Uscc.problem(request.uscc()).ifPresent(problem -> violations.add(new Violation("uscc", problem)));
        }
        List<String> identifiers = request.identifiers() == null ? List.of() : request.identifiers();
        for (int i = 0; i < identifiers.size(); i++) {
            String urn = identifiers.get(i);
            if (urn == null || !URN.matcher(urn).matches()) {
                violations.add(new Violation("identifiers[" + i + "]", "must be a URN (urn:<namespace>:<id>)"));
            } else if (urn.equalsIgnoreCase(usccUrn(request.uscc()))) {
                violations.add(new Violation("identifiers[" + i + "]", "is the USCC URN, which is added anyway"));
            }
        }
        if (new LinkedHashSet<>(identifiers).size() != identifiers.size()) {
            violations.add(new Violation("identifiers", "must not repeat a URN"));
        }
        if (!violations.isEmpty()) {
            throw ProblemException.invalid(violations);
        }
        if (request.uscc() != null && Supplier.count("uscc", request.uscc()) > 0) {
            throw ProblemException.conflict("DUPLICATE_USCC", "a supplier with USCC " + request.uscc()
                    + " is registered");
        }
        for (String urn : identifiers) {
            if (Supplier.count("?1 member of identifiers", urn) > 0) {
                throw ProblemException.conflict("DUPLICATE_IDENTIFIER", "identifier " + urn
                        + " belongs to another supplier");
            }
        }
        Supplier supplier = new Supplier();
        supplier.id = id;
        supplier.nameEn = request.nameEn().strip();
        supplier.nameZh = request.nameZh() == null ? null : request.nameZh().strip();
        supplier.uscc = request.uscc();
        supplier.identifiers = new ArrayList<>(identifiers);
        supplier.createdAt = Instant.now().truncatedTo(ChronoUnit.MICROS);
        supplier.persist();
        audit.record(AuditChange.of("supplier-registered", "supplier", id, null, null, request).forSupplier(id));
        return supplier;
    }

    @Transactional(TxType.SUPPORTS)
    public Optional<Supplier> find(UUID id) {
        return Supplier.findByIdOptional(id);
    }

    /** The supplier's identifiers as PACT companyIds: its USCC as our URN first, then the others. */
    public List<String> companyIds(Supplier supplier) {
        List<String> ids = new ArrayList<>();
        if (supplier.uscc != null) {
            ids.add(usccUrn(supplier.uscc));
        }
        ids.addAll(supplier.identifiers);
        return ids;
    }

    public Facility addFacility(UUID supplierId, FacilityRequest request) {
        return addFacility(supplierId, UUID.randomUUID(), request);
    }

    /** Adds a facility under a given id, like {@link #register(UUID, SupplierRequest)}. */
    public Facility addFacility(UUID supplierId, UUID facilityId, FacilityRequest request) {
        Supplier supplier = Supplier.<Supplier>findByIdOptional(supplierId)
                .orElseThrow(() -> ProblemException.notFound("supplier", supplierId));
        List<Violation> violations = new ArrayList<>();
        text("name", request.name(), true, violations);
        if (!Codes.PROVINCES.contains(String.valueOf(request.provinceCode()))) {
            violations.add(new Violation("provinceCode", "must be an ISO 3166-2:CN code such as CN-JX"));
        }
        if (!Codes.GRID_REGIONS.contains(String.valueOf(request.gridRegion()))) {
            violations.add(new Violation("gridRegion", "allowed: "
                    + String.join(", ", Codes.GRID_REGIONS.stream().sorted().toList())));
        }
        List<String> routes = request.routes() == null ? List.of() : request.routes();
        if (routes.isEmpty()) {
            violations.add(new Violation("routes", "at least one route is required"));
        }
        for (int i = 0; i < routes.size(); i++) {
            if (!Codes.ROUTES.contains(String.valueOf(routes.get(i)))) {
                violations.add(new Violation("routes[" + i + "]", "unknown route '" + routes.get(i) + "'; allowed: "
                        + String.join(", ", Codes.ROUTES.stream().sorted().toList())));
            }
        }
        if (request.capacityTPerYear() == null) {
            violations.add(new Violation("capacityTPerYear", "is required"));
        } else if (request.capacityTPerYear().signum() <= 0) {
            violations.add(new Violation("capacityTPerYear", "must be greater than zero"));
        }
        if (!violations.isEmpty()) {
            throw ProblemException.invalid(violations);
        }
        Facility facility = new Facility();
        facility.id = facilityId;
        facility.supplierId = supplier.id;
        facility.name = request.name().strip();
        facility.provinceCode = request.provinceCode();
        facility.gridRegion = request.gridRegion();
        facility.routes = new LinkedHashSet<>(routes).toArray(String[]::new);
        facility.capacityTPerYear = request.capacityTPerYear();
        facility.createdAt = Instant.now().truncatedTo(ChronoUnit.MICROS);
        facility.persist();
        audit.record(AuditChange.of("facility-added", "facility", facilityId, null, null, request)
                .forSupplier(supplier.id));
        return facility;
    }

    @Transactional(TxType.SUPPORTS)
    public List<Facility> facilities(UUID supplierId) {
        return Facility.ofSupplier(supplierId);
    }

    private String usccUrn(String uscc) {
        return "urn:pact:" + config.urnDomain() + ":company-id:" + uscc;
    }

    private static void text(String field, String value, boolean required, List<Violation> violations) {
        if (value == null || value.isBlank()) {
            if (required) {
                violations.add(new Violation(field, "is required"));
            }
        } else if (value.length() > 300) {
            violations.add(new Violation(field, "at most 300 characters"));
        }
    }
}
