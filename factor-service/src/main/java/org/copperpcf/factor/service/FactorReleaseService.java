package org.copperpcf.factor.service;

import java.io.InputStream;
import java.lang.reflect.RecordComponent;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.copperpcf.contracts.CloudEvent;
import org.copperpcf.contracts.EventTypes;
import org.copperpcf.factor.Factor;
import org.copperpcf.factor.FactorRelease;
import org.copperpcf.factor.imports.FactorTable;
import org.copperpcf.factor.mapping.FactorMapper;
import org.copperpcf.factor.model.ReleaseStatus;
import org.copperpcf.factor.rest.FactorInput;
import org.copperpcf.factor.rest.ImportReport;
import org.copperpcf.factor.rest.NewReleaseRequest;
import org.copperpcf.factor.rest.ReleaseDiff;
import org.copperpcf.kit.imports.SpreadsheetTable;
import org.copperpcf.contracts.factor.FactorReleasePublished;
import org.copperpcf.kit.audit.AuditChange;
import org.copperpcf.kit.audit.AuditTrail;
import org.copperpcf.kit.outbox.Outbox;
import org.copperpcf.kit.problem.ProblemException;
import org.copperpcf.kit.problem.Violation;

import io.quarkus.hibernate.orm.panache.Panache;
import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;

/**
 * Drafts, edits, imports and publication of factor releases. Every change is all or nothing; a published release
 * is never changed again, and publishing writes the {@code FactorReleasePublished} event with the full content in
 * the same transaction.
 */
@ApplicationScoped
@Transactional(TxType.REQUIRED)
public class FactorReleaseService {
    static final String EVENT_SOURCE = "/factor-service";
    private static final int MAX_REPORTED_PROBLEMS = 500;

    private final FactorMapper mapper;
    private final Outbox outbox;
    private final Validator validator;
    private final FactorBulkWriter bulk;
    private final AuditTrail audit;

    public FactorReleaseService(FactorMapper mapper, Outbox outbox, Validator validator, FactorBulkWriter bulk,
                                AuditTrail audit) {
        this.mapper = mapper;
        this.outbox = outbox;
        this.validator = validator;
        this.bulk = bulk;
        this.audit = audit;
    }

    public FactorRelease createDraft(NewReleaseRequest request) {
        if (FactorRelease.LATEST.equalsIgnoreCase(request.name())) {
            throw ProblemException.invalid("name", "'latest' is reserved for the newest published release");
        }
        if (FactorRelease.find("name", request.name()).firstResultOptional().isPresent()) {
            throw ProblemException.conflict("RELEASE_EXISTS", "a release named '" + request.name() + "' exists");
        }
        FactorRelease base = null;
        if (request.basedOn() != null) {
            base = FactorRelease.findByName(request.basedOn()).filter(FactorRelease::isPublished).orElseThrow(
                    () -> ProblemException.invalid("basedOn", "no published release '" + request.basedOn() + "'"));
        }
        FactorRelease draft = new FactorRelease();
        draft.id = UUID.randomUUID();
        draft.name = request.name();
        draft.status = ReleaseStatus.DRAFT;
        draft.description = request.description();
        draft.basedOn = base == null ? null : base.name;
        draft.createdAt = now();
        draft.persist();
        if (base != null) {
            draft.flush();
            bulk.insert(draft.id, Factor.allOf(base).stream().map(mapper::toInput).toList());
        }
        audit.record(AuditChange.of("release-draft-created", "factor-release", draft.name, draft.version, null,
                request));
        return draft;
    }

    /** Adds or replaces a factor in a draft. @return true when the key was new */
    public boolean upsertFactor(String releaseName, String key, FactorInput input) {
        if (!key.equals(input.key())) {
            throw ProblemException.invalid("key", "must equal the key in the path ('" + key + "')");
        }
        List<Violation> violations = FactorRules.check(input, "");
        if (!violations.isEmpty()) {
            throw ProblemException.invalid(violations);
        }
        FactorRelease draft = draft(releaseName);
        Optional<Factor> existing = Factor.find(draft, key);
        FactorInput before = existing.map(mapper::toInput).orElse(null);
        existing.ifPresentOrElse(factor -> mapper.apply(input, factor), () -> insert(draft, input));
        audit.record(AuditChange.of(existing.isEmpty() ? "factor-added" : "factor-replaced", "factor",
                draft.name + "/" + key, null, before, input));
        return existing.isEmpty();
    }

    public void deleteFactor(String releaseName, String key) {
        FactorRelease draft = draft(releaseName);
        Factor factor = Factor.find(draft, key).orElseThrow(() -> ProblemException.notFound("factor", key));
        audit.record(AuditChange.of("factor-removed", "factor", draft.name + "/" + key, null, mapper.toInput(factor),
                null));
        factor.delete();
    }

    /**
     * Reads, parses and validates every row, collecting rows for one COPY; only a file without a single problem
     * changes the draft (and any failure rolls the whole transaction back).
     */
    public ImportReport importTable(String releaseName, SpreadsheetTable.Format format, InputStream file) {
        FactorRelease draft = draft(releaseName);
        List<Violation> problems = new ArrayList<>();
        Map<String, Integer> firstRowOfKey = new HashMap<>();
        FactorBulkWriter.Batch batch = bulk.batch(draft.id);
        problems.addAll(FactorTable.read(file, format, row -> {
            int before = problems.size();
            Optional<FactorInput> parsed = FactorTable.toInput(row, problems);
            if (parsed.isEmpty()) {
                return;
            }
            FactorInput input = parsed.get();
            for (ConstraintViolation<FactorInput> violation : validator.validate(input)) {
                problems.add(new Violation(FactorTable.field(row.number(), violation.getPropertyPath().toString()),
                        violation.getMessage()));
            }
            if (problems.size() == before) {
                for (Violation violation : FactorRules.check(input, "")) {
                    problems.add(new Violation(FactorTable.field(row.number(), violation.field()), violation.message()));
                }
            }
            if (input.key() != null) {
                Integer first = firstRowOfKey.putIfAbsent(input.key(), row.number());
                if (first != null) {
                    problems.add(new Violation("row[" + row.number() + "].key",
                            "duplicate key '" + input.key() + "', first in row " + first));
                }
            }
            if (problems.isEmpty()) {
                batch.add(input);
            }
        }));
        if (problems.isEmpty() && firstRowOfKey.isEmpty()) {
            problems.add(new Violation("file", "has no data rows"));
        }
        if (!problems.isEmpty()) {
            throw tooManyOrAll(problems);
        }
        Set<String> existing = new java.util.HashSet<>(Panache.getEntityManager()
                .createQuery("select f.key from Factor f where f.release = ?1", String.class)
                .setParameter(1, draft).getResultList());
        List<String> replacedKeys = firstRowOfKey.keySet().stream().filter(existing::contains).toList();
        bulk.delete(draft.id, replacedKeys);
        batch.copy();
        Panache.getEntityManager().clear();
        int rows = firstRowOfKey.size();
        Log.infof("Imported %d factors into draft %s (%d new, %d replaced)", rows, releaseName,
                rows - replacedKeys.size(), replacedKeys.size());
        ImportReport report = new ImportReport(releaseName, format.name().toLowerCase(), rows,
                rows - replacedKeys.size(), replacedKeys.size());
        // The rows themselves are hashed when the release is published; the import records what it did.
        audit.record(AuditChange.of("factors-imported", "factor-release", releaseName, null, null, report));
        return report;
    }

    /** Freezes a draft and announces its full content. */
    public FactorRelease publish(String releaseName) {
        FactorRelease release = draft(releaseName);
        List<Factor> factors = Factor.allOf(release);
        if (factors.isEmpty()) {
            throw ProblemException.conflict("RELEASE_EMPTY", "release '" + releaseName + "' has no factors to publish");
        }
        release.status = ReleaseStatus.PUBLISHED;
        release.publishedAt = now();
        release.flush();
        FactorReleasePublished published = mapper.toEvent(release, factors);
        outbox.add(EventTypes.FACTOR_RELEASE_PUBLISHED.topic(), CloudEvent.create(EventTypes.FACTOR_RELEASE_PUBLISHED,
                EVENT_SOURCE, release.id.toString(), published));
        audit.record(AuditChange.of("release-published", "factor-release", release.name, release.version, null,
                published));
        Log.infof("Published factor release %s (%s) with %d factors", release.name, release.id, factors.size());
        return release;
    }

    /** Added, removed and changed factors from {@code fromName} to {@code toName}. */
    @Transactional(TxType.SUPPORTS)
    public ReleaseDiff diff(String fromName, String toName, String gwpSet) {
        FactorRelease from = FactorRelease.findByName(fromName)
                .orElseThrow(() -> ProblemException.notFound("factor release", fromName));
        FactorRelease to = FactorRelease.findByName(toName)
                .orElseThrow(() -> ProblemException.notFound("factor release", toName));
        Map<String, Factor> before = byKey(Factor.allOf(from));
        Map<String, Factor> after = byKey(Factor.allOf(to));
        List<org.copperpcf.factor.rest.FactorView> added = new ArrayList<>();
        List<org.copperpcf.factor.rest.FactorView> removed = new ArrayList<>();
        List<ReleaseDiff.Change> changed = new ArrayList<>();
        after.forEach((key, factor) -> {
            Factor old = before.get(key);
            if (old == null) {
                added.add(mapper.toView(factor, to.name, gwpSet));
            } else {
                List<String> fields = differingFields(mapper.toInput(old), mapper.toInput(factor));
                if (!fields.isEmpty()) {
                    changed.add(new ReleaseDiff.Change(key, fields, mapper.toView(old, from.name, gwpSet),
                            mapper.toView(factor, to.name, gwpSet)));
                }
            }
        });
        before.forEach((key, factor) -> {
            if (!after.containsKey(key)) {
                removed.add(mapper.toView(factor, from.name, gwpSet));
            }
        });
        return new ReleaseDiff(from.name, to.name, gwpSet, added, removed, changed);
    }

    private FactorRelease draft(String releaseName) {
        FactorRelease release = FactorRelease.findByName(releaseName)
                .orElseThrow(() -> ProblemException.notFound("factor release", releaseName));
        if (release.isPublished()) {
            throw ProblemException.conflict("RELEASE_PUBLISHED",
                    "release '" + release.name + "' is published and immutable; create a new draft based on it");
        }
        return release;
    }

    private void insert(FactorRelease release, FactorInput input) {
        Factor factor = new Factor();
        factor.id = UUID.randomUUID();
        factor.release = release;
        mapper.apply(input, factor);
        factor.persist();
    }

    private static Map<String, Factor> byKey(List<Factor> factors) {
        Map<String, Factor> map = new LinkedHashMap<>();
        factors.forEach(factor -> map.put(factor.key, factor));
        return map;
    }

    private static List<String> differingFields(FactorInput before, FactorInput after) {
        List<String> fields = new ArrayList<>();
        for (RecordComponent component : FactorInput.class.getRecordComponents()) {
            try {
                Object a = component.getAccessor().invoke(before);
                Object b = component.getAccessor().invoke(after);
                if (!sameValue(a, b)) {
                    fields.add(component.getName());
                }
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
        }
        return fields;
    }

    /** Decimals compare by value ({@code 0.50} equals {@code 0.5}), maps of decimals likewise. */
    private static boolean sameValue(Object a, Object b) {
        if (a instanceof java.math.BigDecimal x && b instanceof java.math.BigDecimal y) {
            return x.compareTo(y) == 0;
        }
        if (a instanceof Map<?, ?> x && b instanceof Map<?, ?> y) {
            Set<?> keys = x.keySet();
            return keys.equals(y.keySet()) && keys.stream().allMatch(k -> sameValue(x.get(k), y.get(k)));
        }
        return Objects.equals(a, b);
    }

    private static ProblemException tooManyOrAll(List<Violation> problems) {
        if (problems.size() <= MAX_REPORTED_PROBLEMS) {
            return ProblemException.invalid(problems);
        }
        List<Violation> shown = new ArrayList<>(problems.subList(0, MAX_REPORTED_PROBLEMS));
        shown.add(new Violation("file", (problems.size() - MAX_REPORTED_PROBLEMS) + " more problems not listed"));
        return ProblemException.invalid(shown);
    }

    private static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MICROS);
    }
}
