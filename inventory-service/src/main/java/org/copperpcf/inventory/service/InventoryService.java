package org.copperpcf.inventory.service;

import java.io.IOException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.copperpcf.contracts.CloudEvent;
import org.copperpcf.contracts.EventJson;
import org.copperpcf.contracts.EventTypes;
import org.copperpcf.contracts.inventory.InventoryDocument;
import org.copperpcf.contracts.inventory.InventoryPublished;
import org.copperpcf.contracts.inventory.ProcessModel;
import org.copperpcf.contracts.inventory.TemplateModel;
import org.copperpcf.inventory.model.ModelKind;
import org.copperpcf.inventory.model.ModelVersion;
import org.copperpcf.inventory.replica.FactorCatalog;
import org.copperpcf.inventory.validation.Finding;
import org.copperpcf.inventory.validation.ProcessValidator;
import org.copperpcf.inventory.validation.Rules;
import org.copperpcf.inventory.validation.TemplateValidator;
import org.copperpcf.inventory.validation.ValidationReport;
import org.copperpcf.kit.audit.AuditChange;
import org.copperpcf.kit.audit.AuditTrail;
import org.copperpcf.kit.outbox.Outbox;
import org.copperpcf.kit.problem.ProblemException;
import org.copperpcf.kit.problem.Violation;
import org.copperpcf.kit.rest.Preconditions;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;

/**
 * Drafts, publication, imports and exports of processes and templates. A draft is saved only when its fields are
 * well-formed (structure, amounts, units); everything else (keys that resolve, mass balance, allocation, providers,
 * loops) must hold to publish. Publishing freezes the version and writes {@code InventoryPublished} with the full
 * model in the same transaction; every change is all or nothing.
 */
@ApplicationScoped
@Transactional(TxType.REQUIRED)
public class InventoryService {
    static final String EVENT_SOURCE = "/inventory-service";
    /** Findings of these rules make a body bad input: it is not saved at all. */
    private static final Set<String> SAVE_BLOCKING = Set.of(Rules.STRUCTURE, Rules.AMOUNT, Rules.UNIT);
    private static final ObjectMapper FINDINGS_JSON = new ObjectMapper();
    private static final TypeReference<List<Finding>> FINDING_LIST = new TypeReference<>() {
    };

    private final ProcessValidator processes;
    private final TemplateValidator templates;
    private final FactorCatalog catalog;
    private final Outbox outbox;
    private final String defaultFactorRelease;
    private final AuditTrail audit;

    public InventoryService(ProcessValidator processes, TemplateValidator templates, FactorCatalog catalog,
                            Outbox outbox,
                            @ConfigProperty(name = "inventory.default-factor-release") String defaultFactorRelease,
                            AuditTrail audit) {
        this.audit = audit;
        this.processes = processes;
        this.templates = templates;
        this.catalog = catalog;
        this.outbox = outbox;
        this.defaultFactorRelease = defaultFactorRelease;
    }

    /** A scope of the published models only. */
    public InventoryScope publishedScope() {
        return new InventoryScope(catalog, List.of());
    }

    /** The next version of a model as a draft. 409 when the model already has a draft. */
    public Saved createDraft(ModelKind kind, Object model, String user) {
        Object completed = withDefaults(kind, model);
        ValidationReport report = validate(kind, completed, publishedScope(), "");
        refuseBadInput(report);
        String key = keyOf(kind, completed);
        ModelVersion.draft(kind, key).ifPresent(draft -> {
            throw ProblemException.conflict("DRAFT_EXISTS", kind.code() + " " + key + " already has draft version "
                    + draft.version + "; edit it (PUT /api/v1/" + kind.collection() + "/" + key + "/versions/"
                    + draft.version + ") or delete it");
        });
        ModelVersion draft = new ModelVersion();
        draft.id = UUID.randomUUID();
        draft.kind = kind.code();
        draft.modelKey = key;
        draft.version = ModelVersion.nextVersion(kind, key);
        draft.status = ModelVersion.Status.DRAFT;
        draft.createdAt = now();
        draft.createdBy = user;
        fill(draft, kind, completed);
        draft.persist();
        audit.record(AuditChange.of("draft-created", kind.code(), key, (long) draft.version, null, completed));
        return new Saved(draft, report);
    }

    /** A new draft with the content of the latest published version, to edit from. */
    public Saved draftFromLatest(ModelKind kind, String key, String user) {
        ModelVersion latest = ModelVersion.latestPublished(kind, key)
                .orElseThrow(() -> ProblemException.notFound("published " + kind.code(), key));
        return createDraft(kind, modelOf(kind, latest), user);
    }

    /** Replaces a draft's model; needs the ETag of the last read. */
    public Saved replaceDraft(ModelKind kind, String key, int version, Object model, String ifMatch) {
        ModelVersion draft = editableDraft(kind, key, version);
        Preconditions.requireMatch(ifMatch, draft.rowVersion);
        Object completed = withDefaults(kind, model);
        if (!key.equals(keyOf(kind, completed))) {
            throw ProblemException.invalid("key", "must be " + key + ", the key of the version edited; a new key is a "
                    + "new model (POST /api/v1/" + kind.collection() + ")");
        }
        ValidationReport report = validate(kind, completed, publishedScope(), "");
        refuseBadInput(report);
        Object before = modelOf(kind, draft);
        fill(draft, kind, completed);
        ModelVersion.flush();
        audit.record(AuditChange.of("draft-replaced", kind.code(), key, (long) version, before, completed));
        return new Saved(draft, report);
    }

    public void deleteDraft(ModelKind kind, String key, int version) {
        ModelVersion draft = editableDraft(kind, key, version);
        audit.record(AuditChange.of("draft-deleted", kind.code(), key, (long) version, modelOf(kind, draft), null));
        draft.delete();
    }

    /** Validates a stored version against the published models and factor releases. */
    @Transactional(TxType.SUPPORTS)
    public ValidationReport validate(ModelKind kind, String key, int version) {
        ModelVersion found = ModelVersion.find(kind, key, version)
                .orElseThrow(() -> ProblemException.notFound(kind.code() + " version", key + " v" + version));
        return validate(kind, modelOf(kind, found), publishedScope(), "");
    }

    /** Publishes a draft: 422 listing every error if it does not validate. */
    public ModelVersion publish(ModelKind kind, String key, int version, String user) {
        ModelVersion draft = editableDraft(kind, key, version);
        Object model = modelOf(kind, draft);
        ValidationReport report = validate(kind, model, publishedScope(), "");
        if (!report.valid()) {
            throw invalidModel(report.violations());
        }
        publish(draft, kind, model, report, user);
        return draft;
    }

    /**
     * Imports a whole file: every model becomes a new draft, or a published version when {@code publish} is set,
     * unless its content equals its latest published version (so a repeated import changes nothing). All or nothing.
     */
    public ImportReport importDocument(InventoryDocument document, boolean publish, String user) {
        InventoryDocument file = withDocumentDefaults(document);
        List<ProcessModel> processModels = file.processes();
        List<TemplateModel> templateModels = file.templates();
        InventoryScope scope = new InventoryScope(catalog, processModels);
        List<Finding> errors = new ArrayList<>();
        List<Finding> warnings = new ArrayList<>();
        duplicates(processModels.stream().map(ProcessModel::key).toList(), "processes", errors);
        duplicates(templateModels.stream().map(TemplateModel::key).toList(), "templates", errors);
        for (int i = 0; i < processModels.size(); i++) {
            collect(validate(ModelKind.PROCESS, processModels.get(i), scope, "processes[" + i + "]."), errors, warnings);
        }
        for (int i = 0; i < templateModels.size(); i++) {
            collect(validate(ModelKind.TEMPLATE, templateModels.get(i), scope, "templates[" + i + "]."), errors,
                    warnings);
        }
        List<Violation> blocking = errors.stream()
                .filter(error -> publish || SAVE_BLOCKING.contains(error.rule()))
                .map(error -> new Violation(error.field(), error.rule() + ": " + error.message())).toList();
        if (!blocking.isEmpty()) {
            throw publish ? invalidModel(blocking) : ProblemException.invalid(blocking);
        }
        List<ImportReport.Entry> created = new ArrayList<>();
        List<ImportReport.Entry> unchanged = new ArrayList<>();
        List<Object> models = new ArrayList<>(processModels);
        models.addAll(templateModels);
        for (Object model : models) {
            ModelKind kind = model instanceof ProcessModel ? ModelKind.PROCESS : ModelKind.TEMPLATE;
            String key = keyOf(kind, model);
            Optional<ModelVersion> latest = ModelVersion.latestPublished(kind, key);
            if (latest.isPresent() && EventJson.contentHash(model).equals(latest.get().contentHash)) {
                unchanged.add(entry(latest.get()));
                continue;
            }
            ModelVersion version = createDraft(kind, model, user).version();
            if (publish) {
                publish(version, kind, model, ValidationReport.of(List.of(), warningsOf(warnings, kind, key, models)),
                        user);
            }
            created.add(entry(version));
        }
        Log.infof("Imported %d models (%d unchanged)%s", created.size(), unchanged.size(),
                publish ? " and published them" : " as drafts");
        return new ImportReport(created, unchanged, warnings, publish ? List.of() : errors);
    }

    /** Validates a whole file without storing anything. */
    @Transactional(TxType.SUPPORTS)
    public ValidationReport validateDocument(InventoryDocument document) {
        InventoryDocument file = withDocumentDefaults(document);
        InventoryScope scope = new InventoryScope(catalog, file.processes());
        List<Finding> errors = new ArrayList<>();
        List<Finding> warnings = new ArrayList<>();
        duplicates(file.processes().stream().map(ProcessModel::key).toList(), "processes", errors);
        duplicates(file.templates().stream().map(TemplateModel::key).toList(), "templates", errors);
        for (int i = 0; i < file.processes().size(); i++) {
            collect(validate(ModelKind.PROCESS, file.processes().get(i), scope, "processes[" + i + "]."), errors,
                    warnings);
        }
        for (int i = 0; i < file.templates().size(); i++) {
            collect(validate(ModelKind.TEMPLATE, file.templates().get(i), scope, "templates[" + i + "]."), errors,
                    warnings);
        }
        return ValidationReport.of(errors, warnings);
    }

    /** The latest published version of every model, optionally of one dataset, as an importable file. */
    @Transactional(TxType.SUPPORTS)
    public InventoryDocument export(String dataset) {
        List<ProcessModel> processModels = ModelQueries.latestPublished(ModelKind.PROCESS, dataset).stream()
                .map(InventoryScope::processOf).toList();
        List<TemplateModel> templateModels = ModelQueries.latestPublished(ModelKind.TEMPLATE, dataset).stream()
                .map(version -> EventJson.fromJson(version.model, TemplateModel.class)).toList();
        return new InventoryDocument(InventoryDocument.FORMAT_VERSION, dataset, null, processModels, templateModels);
    }

    public static Object modelOf(ModelKind kind, ModelVersion version) {
        Class<?> type = kind == ModelKind.PROCESS ? ProcessModel.class : TemplateModel.class;
        return EventJson.fromJson(version.model, type);
    }

    public static List<Finding> storedWarnings(ModelVersion version) {
        if (version.warnings == null) {
            return null;
        }
        try {
            return FINDINGS_JSON.readValue(version.warnings, FINDING_LIST);
        } catch (IOException e) {
            throw new IllegalStateException("stored warnings of " + version.id + " are unreadable", e);
        }
    }

    /** A saved draft and what its validation found. */
    public record Saved(ModelVersion version, ValidationReport validation) {
    }

    private void publish(ModelVersion draft, ModelKind kind, Object model, ValidationReport report, String user) {
        draft.status = ModelVersion.Status.PUBLISHED;
        draft.publishedAt = now();
        draft.publishedBy = user;
        draft.contentHash = EventJson.contentHash(model);
        draft.warnings = findingsJson(report.warnings());
        ModelVersion.flush();
        InventoryPublished event = new InventoryPublished(draft.id, kind.code(), draft.modelKey, draft.version,
                draft.publishedAt, draft.contentHash, report.warningLines(),
                model instanceof ProcessModel process ? process : null,
                model instanceof TemplateModel template ? template : null);
        outbox.add(EventTypes.INVENTORY_PUBLISHED.topic(), CloudEvent.create(EventTypes.INVENTORY_PUBLISHED,
                EVENT_SOURCE, draft.id.toString(), event));
        // The after hash is the version's own contentHash, the one the event and every footprint's lineage carry.
        audit.record(AuditChange.ofHashes("version-published", kind.code(), draft.modelKey, (long) draft.version,
                null, draft.contentHash));
        Log.infof("Published %s %s v%d (%s)", kind.code(), draft.modelKey, draft.version, draft.contentHash);
    }

    private ValidationReport validate(ModelKind kind, Object model, InventoryScope scope, String prefix) {
        return kind == ModelKind.PROCESS ? processes.validate((ProcessModel) model, scope, prefix)
                : templates.validate((TemplateModel) model, scope, prefix);
    }

    private static void refuseBadInput(ValidationReport report) {
        List<Violation> bad = report.errors().stream().filter(error -> SAVE_BLOCKING.contains(error.rule()))
                .map(error -> new Violation(error.field(), error.rule() + ": " + error.message())).toList();
        if (!bad.isEmpty()) {
            throw ProblemException.invalid(bad);
        }
    }

    private static ProblemException invalidModel(List<Violation> violations) {
        return new ProblemException(422, "MODEL_INVALID", "The model does not pass validation",
                violations.size() + (violations.size() == 1 ? " rule is" : " rules are") + " not met", violations);
    }

    private static ModelVersion editableDraft(ModelKind kind, String key, int version) {
        ModelVersion found = ModelVersion.find(kind, key, version)
                .orElseThrow(() -> ProblemException.notFound(kind.code() + " version", key + " v" + version));
        if (found.isPublished()) {
            throw ProblemException.conflict("VERSION_PUBLISHED", kind.code() + " " + key + " v" + version + " is "
                    + "published and immutable; create the next draft with POST /api/v1/" + kind.collection() + "/"
                    + key + "/versions");
        }
        return found;
    }

    private Object withDefaults(ModelKind kind, Object model) {
        if (kind == ModelKind.PROCESS) {
            ProcessModel p = (ProcessModel) model;
            if (p.factorRelease() == null) {
                return new ProcessModel(p.key(), p.nameEn(), p.nameZh(), p.route(), p.stage(), p.geography(),
                        p.referencePeriod(), p.referenceProduct(), p.description(), p.dataset(), defaultFactorRelease,
                        p.exchanges());
            }
        }
        return model;
    }

    private InventoryDocument withDocumentDefaults(InventoryDocument document) {
        if (document.formatVersion() == null || document.formatVersion() != InventoryDocument.FORMAT_VERSION) {
            throw ProblemException.invalid("formatVersion", "must be " + InventoryDocument.FORMAT_VERSION);
        }
        String release = document.factorRelease() == null ? defaultFactorRelease : document.factorRelease();
        List<ProcessModel> processModels = (document.processes() == null ? List.<ProcessModel>of()
                : document.processes()).stream().map(p -> p == null ? null : new ProcessModel(p.key(), p.nameEn(),
                p.nameZh(), p.route(), p.stage(), p.geography(), p.referencePeriod(), p.referenceProduct(),
                p.description(), p.dataset() == null ? document.dataset() : p.dataset(),
                p.factorRelease() == null ? release : p.factorRelease(), p.exchanges())).toList();
        List<TemplateModel> templateModels = (document.templates() == null ? List.<TemplateModel>of()
                : document.templates()).stream().map(t -> t == null ? null : new TemplateModel(t.key(), t.product(),
                t.nameEn(), t.nameZh(), t.description(), t.dataset() == null ? document.dataset() : t.dataset(),
                t.declaredUnit(), t.nodes(), t.parameters())).toList();
        List<Violation> nulls = new ArrayList<>();
        for (int i = 0; i < processModels.size(); i++) {
            if (processModels.get(i) == null) {
                nulls.add(new Violation("processes[" + i + "]", "must not be null"));
            }
        }
        for (int i = 0; i < templateModels.size(); i++) {
            if (templateModels.get(i) == null) {
                nulls.add(new Violation("templates[" + i + "]", "must not be null"));
            }
        }
        if (!nulls.isEmpty()) {
            throw ProblemException.invalid(nulls);
        }
        if (processModels.isEmpty() && templateModels.isEmpty()) {
            throw ProblemException.invalid("processes", "the file has no processes and no templates");
        }
        return new InventoryDocument(document.formatVersion(), document.dataset(), release, processModels,
                templateModels);
    }

    private static void fill(ModelVersion version, ModelKind kind, Object model) {
        if (kind == ModelKind.PROCESS) {
            ProcessModel process = (ProcessModel) model;
            version.nameEn = process.nameEn();
            version.nameZh = process.nameZh();
            version.product = process.referenceProduct().product();
            version.route = process.route();
            version.stage = process.stage();
            version.geography = process.geography();
            version.dataset = process.dataset();
        } else {
            TemplateModel template = (TemplateModel) model;
            version.nameEn = template.nameEn();
            version.nameZh = template.nameZh();
            version.product = template.product();
            version.dataset = template.dataset();
        }
        version.model = EventJson.toJson(model);
    }

    private static String keyOf(ModelKind kind, Object model) {
        return kind == ModelKind.PROCESS ? ((ProcessModel) model).key() : ((TemplateModel) model).key();
    }

    private static void duplicates(List<String> keys, String collection, List<Finding> errors) {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < keys.size(); i++) {
            if (keys.get(i) != null && !seen.add(keys.get(i))) {
                errors.add(new Finding(collection + "[" + i + "].key", Rules.STRUCTURE, "key " + keys.get(i)
                        + " appears twice in the file", null));
            }
        }
    }

    private static void collect(ValidationReport report, List<Finding> errors, List<Finding> warnings) {
        errors.addAll(report.errors());
        warnings.addAll(report.warnings());
    }

    /** The warnings of one model of the file, whose paths start with its position. */
    private static List<Finding> warningsOf(List<Finding> warnings, ModelKind kind, String key, List<Object> models) {
        int index = 0;
        for (Object model : models) {
            if ((model instanceof ProcessModel) == (kind == ModelKind.PROCESS)) {
                if (keyOf(kind, model).equals(key)) {
                    break;
                }
                index++;
            }
        }
        String prefix = (kind == ModelKind.PROCESS ? "processes[" : "templates[") + index + "].";
        return warnings.stream().filter(w -> w.field().startsWith(prefix))
                .map(w -> new Finding(w.field().substring(prefix.length()), w.rule(), w.message(), w.range())).toList();
    }

    private static ImportReport.Entry entry(ModelVersion version) {
        return new ImportReport.Entry(version.kind, version.modelKey, version.version,
                version.status.name().toLowerCase());
    }

    private static String findingsJson(List<Finding> findings) {
        try {
            return FINDINGS_JSON.writeValueAsString(findings);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MICROS);
    }
}
