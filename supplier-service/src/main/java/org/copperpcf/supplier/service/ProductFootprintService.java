package org.copperpcf.supplier.service;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.copperpcf.kit.problem.ProblemException;
import org.copperpcf.kit.problem.Violation;
import org.copperpcf.supplier.Supplier;
import org.copperpcf.supplier.SupplierFootprint;
import org.copperpcf.supplier.mapping.PactV2Mapper;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;

/** PACT ProductFootprints a supplier pushes: validated against the v3 schema (v2.x mapped first), then kept. */
@ApplicationScoped
@Transactional(TxType.REQUIRED)
public class ProductFootprintService {
    private final PactSchema schema;
    private final ObjectMapper json;

    public ProductFootprintService(PactSchema schema, ObjectMapper json) {
        this.schema = schema;
        this.json = json;
    }

    public SupplierFootprint importFootprint(UUID supplierId, JsonNode document, String author) {
        if (Supplier.findById(supplierId) == null) {
            throw ProblemException.notFound("supplier", supplierId);
        }
        if (document == null || !document.isObject()) {
            throw ProblemException.invalid("body", "must be a PACT ProductFootprint object");
        }
        String received = document.path("specVersion").asText("");
        JsonNode v3 = document;
        List<String> notes = new ArrayList<>();
        if (PactV2Mapper.isV2(document)) {
            PactV2Mapper.Mapped mapped = PactV2Mapper.toV3(document, schema.footprintFields(),
                    schema.carbonFootprintFields());
            v3 = mapped.footprint();
            notes = mapped.notes();
        }
        List<Violation> violations = schema.violations(v3);
        if (!violations.isEmpty()) {
            throw ProblemException.invalid(violations);
        }
        UUID id = UUID.fromString(v3.get("id").asText());
        if (SupplierFootprint.findById(id) != null) {
            throw ProblemException.conflict("FOOTPRINT_EXISTS", "a product footprint with id " + id + " exists; "
                    + "PACT footprints are immutable, a change needs a new id listing this one in precedingPfIds");
        }
        JsonNode pcf = v3.get("pcf");
        SupplierFootprint footprint = new SupplierFootprint();
        footprint.id = id;
        footprint.supplierId = supplierId;
        footprint.specVersion = v3.get("specVersion").asText();
        footprint.receivedSpec = received;
        footprint.status = v3.get("status").asText();
        footprint.companyName = v3.get("companyName").asText();
        List<String> productIds = new ArrayList<>();
        v3.get("productIds").forEach(productId -> productIds.add(productId.asText()));
        footprint.productIds = productIds.toArray(String[]::new);
        footprint.pcfExcludingBiogenic = new BigDecimal(pcf.get("pcfExcludingBiogenicUptake").asText());
        footprint.declaredUnit = pcf.get("declaredUnitOfMeasurement").asText();
        footprint.referencePeriodStart = OffsetDateTime.parse(pcf.get("referencePeriodStart").asText()).toInstant();
        footprint.referencePeriodEnd = OffsetDateTime.parse(pcf.get("referencePeriodEnd").asText()).toInstant();
        footprint.document = v3.toString();
        footprint.mappingNotes = notes.toArray(String[]::new);
        footprint.createdBy = author;
        footprint.createdAt = Instant.now().truncatedTo(ChronoUnit.MICROS);
        footprint.persist();
        return footprint;
    }

    @Transactional(TxType.SUPPORTS)
    public Optional<SupplierFootprint> find(UUID supplierId, UUID id) {
        return SupplierFootprint.<SupplierFootprint>findByIdOptional(id).filter(f -> f.supplierId.equals(supplierId));
    }

    @Transactional(TxType.SUPPORTS)
    public List<SupplierFootprint> ofSupplier(UUID supplierId, int limit) {
        return SupplierFootprint.ofSupplier(supplierId, limit);
    }

    /** The stored v3 document as JSON. */
    public JsonNode document(SupplierFootprint footprint) {
        try {
            return json.readTree(footprint.document);
        } catch (IOException e) {
            throw new IllegalStateException("stored footprint " + footprint.id + " is not JSON", e);
        }
    }
}
