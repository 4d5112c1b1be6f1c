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

import org.copperpcf.contracts.CloudEvent;
import org.copperpcf.contracts.EventJson;
import org.copperpcf.contracts.EventTypes;
import org.copperpcf.contracts.Topics;
import org.copperpcf.contracts.supplier.SupplierFootprintReceived;
import org.copperpcf.kit.audit.AuditChange;
import org.copperpcf.kit.audit.AuditTrail;
import org.copperpcf.kit.outbox.Outbox;
import org.copperpcf.kit.problem.ProblemException;
import org.copperpcf.kit.problem.Violation;
import org.copperpcf.supplier.Supplier;
import org.copperpcf.supplier.SupplierFootprint;
import org.copperpcf.supplier.mapping.PactV2Mapper;
import org.copperpcf.supplier.mapping.ProductInference;
import org.copperpcf.supplier.mapping.SupplierFootprintMapper;
import org.copperpcf.supplier.model.Codes;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;

/**
 * PACT ProductFootprints a supplier pushes (or that were pulled from its PACT host and accepted by a reviewer):
 * validated against the v3 schema (v2.x mapped first), kept, and announced as {@link SupplierFootprintReceived}
 * through the outbox in the same transaction. A footprint naming earlier ones of
 * the same supplier in {@code precedingPfIds} deprecates them (PACT's only allowed mutation), and each is announced
 * again with status Deprecated.
 */
@ApplicationScoped
@Transactional(TxType.REQUIRED)
public class ProductFootprintService {
    private final PactSchema schema;
    private final ObjectMapper json;
    private final Outbox outbox;
    private final AuditTrail audit;

    public ProductFootprintService(PactSchema schema, ObjectMapper json, Outbox outbox, AuditTrail audit) {
        this.audit = audit;
        this.schema = schema;
        this.json = json;
        this.outbox = outbox;
    }

    /** A footprint as v3 (mapped from v2.x when it came as such), with what the mapping changed and its violations. */
    public record Prepared(JsonNode v3, String receivedSpec, List<String> mappingNotes, List<Violation> violations) {
        public UUID id() {
            return UUID.fromString(v3.get("id").asText());
        }
    }

    /**
     * Validates, stores and announces {@code document}. {@code product} is the platform's product code the supplier
     * names (optional); without it the code is inferred from productIds and productDescription when they name exactly
     * one product, and stays null otherwise.
     */
    public SupplierFootprint importFootprint(UUID supplierId, JsonNode document, String product, String author) {
        if (Supplier.findById(supplierId) == null) {
            throw ProblemException.notFound("supplier", supplierId);
        }
        checkProduct(product);
        if (document == null || !document.isObject()) {
            throw ProblemException.invalid("body", "must be a PACT ProductFootprint object");
        }
        Prepared prepared = prepare(document);
        if (!prepared.violations().isEmpty()) {
            throw ProblemException.invalid(prepared.violations());
        }
        return store(supplierId, prepared, product, author);
    }

    /** Maps a v2.x document to v3 and validates the result; writes nothing. */
    @Transactional(TxType.SUPPORTS)
    public Prepared prepare(JsonNode document) {
        String received = document.path("specVersion").asText("");
        JsonNode v3 = document;
        List<String> notes = new ArrayList<>();
        if (PactV2Mapper.isV2(document)) {
            PactV2Mapper.Mapped mapped = PactV2Mapper.toV3(document, schema.footprintFields(),
                    schema.carbonFootprintFields());
            v3 = mapped.footprint();
            notes = mapped.notes();
        }
        return new Prepared(v3, received, notes, schema.violations(v3));
    }

    /**
     * Stores and announces a valid prepared footprint, deprecating the predecessors it names: the push import's path,
     * and a pulled footprint's once a reviewer accepts it.
     */
    public SupplierFootprint store(UUID supplierId, Prepared prepared, String product, String author) {
        JsonNode v3 = prepared.v3();
        UUID id = prepared.id();
        if (SupplierFootprint.findById(id) != null) {
            throw ProblemException.conflict("FOOTPRINT_EXISTS", "a product footprint with id " + id + " exists; "
                    + "PACT footprints are immutable, a change needs a new id listing this one in precedingPfIds");
        }
        JsonNode pcf = v3.get("pcf");
        SupplierFootprint footprint = new SupplierFootprint();
        footprint.id = id;
        footprint.supplierId = supplierId;
        footprint.specVersion = v3.get("specVersion").asText();
        footprint.receivedSpec = prepared.receivedSpec();
        footprint.status = v3.get("status").asText();
        footprint.companyName = v3.get("companyName").asText();
        List<String> productIds = new ArrayList<>();
        v3.get("productIds").forEach(productId -> productIds.add(productId.asText()));
        footprint.productIds = productIds.toArray(String[]::new);
        footprint.product = product != null ? product
                : ProductInference.infer(productIds, v3.path("productDescription").asText(null)).orElse(null);
        footprint.pcfExcludingBiogenic = new BigDecimal(pcf.get("pcfExcludingBiogenicUptake").asText());
        footprint.declaredUnit = pcf.get("declaredUnitOfMeasurement").asText();
        footprint.referencePeriodStart = OffsetDateTime.parse(pcf.get("referencePeriodStart").asText()).toInstant();
        footprint.referencePeriodEnd = OffsetDateTime.parse(pcf.get("referencePeriodEnd").asText()).toInstant();
        footprint.document = v3.toString();
        footprint.mappingNotes = prepared.mappingNotes().toArray(String[]::new);
        footprint.createdBy = author;
        footprint.createdAt = Instant.now().truncatedTo(ChronoUnit.MICROS);
        footprint.persist();
        SupplierFootprint.flush();
        publish(footprint);
        for (UUID predecessorId : SupplierFootprintMapper.precedingPfIds(v3)) {
            deprecate(supplierId, predecessorId, id);
        }
        Log.infof("Product footprint %s of supplier %s stored (%s, product %s)", id, supplierId, footprint.status,
                footprint.product);
        return footprint;
    }

    /** 400 naming {@code product} unless it is null or one of the platform's product codes. */
    public static void checkProduct(String product) {
        if (product != null && !Codes.PRODUCTS.contains(product)) {
            throw ProblemException.invalid("product", "unknown product '" + product + "'; allowed: "
                    + String.join(", ", Codes.PRODUCTS.stream().sorted().toList()));
        }
    }

    /**
     * Marks an Active footprint of this supplier Deprecated, in the column and in the stored document, and announces
     * it again. Predecessors that are unknown, another supplier's or already deprecated are left alone: PACT lets a
     * footprint name predecessors its receiver never saw.
     */
    private void deprecate(UUID supplierId, UUID predecessorId, UUID successorId) {
        SupplierFootprint predecessor = SupplierFootprint.findById(predecessorId);
        if (predecessor == null || !predecessor.supplierId.equals(supplierId)
                || !SupplierFootprintReceived.ACTIVE.equals(predecessor.status)) {
            return;
        }
        ObjectNode document = (ObjectNode) EventJson.readTree(predecessor.document);
        document.put("status", SupplierFootprintReceived.DEPRECATED);
        predecessor.status = SupplierFootprintReceived.DEPRECATED;
        predecessor.document = document.toString();
        SupplierFootprint.flush();
        publish(predecessor);
        Log.infof("Product footprint %s deprecated by its successor %s", predecessorId, successorId);
    }

    private void publish(SupplierFootprint footprint) {
        SupplierFootprintReceived payload = SupplierFootprintMapper.toEvent(footprint,
                EventJson.readTree(footprint.document));
        outbox.add(Topics.SUPPLIER_FOOTPRINTS, CloudEvent.create(EventTypes.SUPPLIER_FOOTPRINT_RECEIVED,
                DisclosureService.SOURCE, footprint.id.toString(), payload));
        audit.record(AuditChange.of("Deprecated".equals(footprint.status) ? "supplier-footprint-deprecated"
                : "supplier-footprint-received", "supplier-footprint", footprint.id, null, null, payload)
                .forSupplier(footprint.supplierId));
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
