package org.copperpcf.inventory.rest;

import java.io.IOException;
import java.net.URI;
import java.util.List;

import org.copperpcf.inventory.model.ModelKind;
import org.copperpcf.inventory.model.ModelVersion;
import org.copperpcf.inventory.service.InventoryService;
import org.copperpcf.inventory.service.ModelDiff;
import org.copperpcf.inventory.service.ModelQueries;
import org.copperpcf.inventory.validation.ValidationReport;
import org.copperpcf.kit.problem.ProblemException;
import org.copperpcf.kit.rest.Cursors;
import org.copperpcf.kit.security.Roles;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

/**
 * What the process and template resources share: visibility (drafts are for admins only, everyone else gets 404),
 * views with ETags, paged search and diffs.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class ModelEndpoints {
    /** Diff of two versions. */
    public record Diff(String kind, String key, int from, int to, List<ModelDiff.Change> changes) {
    }

    private final InventoryService inventories;
    private final SecurityIdentity caller;
    private final ObjectMapper json;

    public ModelEndpoints(InventoryService inventories, SecurityIdentity caller, ObjectMapper json) {
        this.inventories = inventories;
        this.caller = caller;
        this.json = json;
    }

    String user() {
        return caller.getPrincipal().getName();
    }

    Response created(InventoryService.Saved saved) {
        ModelVersion version = saved.version();
        return Response.created(URI.create(location(version))).tag(etag(version))
                .entity(view(version, saved.validation())).build();
    }

    Response saved(InventoryService.Saved saved) {
        return Response.ok(view(saved.version(), saved.validation())).tag(etag(saved.version())).build();
    }

    Response version(ModelKind kind, String key, int version) {
        ModelVersion found = visible(kind, key, version);
        return Response.ok(view(found, null)).tag(etag(found)).build();
    }

    ModelVersionView latest(ModelKind kind, String key) {
        return view(ModelVersion.latestPublished(kind, key)
                .orElseThrow(() -> ProblemException.notFound("published " + kind.code(), key)), null);
    }

    List<ModelSummary> versions(ModelKind kind, String key) {
        List<ModelSummary> versions = ModelVersion.versions(kind, key).stream()
                .filter(version -> version.isPublished() || isAdmin()).map(ModelEndpoints::summary).toList();
        if (versions.isEmpty()) {
            throw ProblemException.notFound(kind.code(), key);
        }
        return versions;
    }

    Response search(ModelKind kind, ModelQueries.Filter filter, String status, int limit, String cursor,
                    UriInfo uri) {
        boolean drafts = "draft".equals(status);
        if (status != null && !drafts && !"published".equals(status)) {
            throw ProblemException.invalid("status", "allowed: draft, published");
        }
        if (drafts && !isAdmin()) {
            return Response.ok(List.of()).build();
        }
        String after = Cursors.decode(cursor);
        List<ModelVersion> page = ModelQueries.search(kind, filter, drafts, after, limit + 1);
        List<ModelSummary> summaries = page.subList(0, Math.min(limit, page.size())).stream()
                .map(ModelEndpoints::summary).toList();
        String next = page.size() > limit ? summaries.get(summaries.size() - 1).key() : null;
        return Cursors.withNext(Response.ok(summaries), uri, next).build();
    }

    ValidationReport validate(ModelKind kind, String key, int version) {
        visible(kind, key, version);
        return inventories.validate(kind, key, version);
    }

    Diff diff(ModelKind kind, String key, int from, int to) {
        JsonNode before = modelTree(visible(kind, key, from));
        JsonNode after = modelTree(visible(kind, key, to));
        return new Diff(kind.code(), key, from, to, ModelDiff.between(before, after));
    }

    ModelVersionView view(ModelVersion version, ValidationReport validation) {
        return new ModelVersionView(version.kind, version.modelKey, version.version,
                version.status.name().toLowerCase(), version.contentHash, version.createdAt, version.createdBy,
                version.publishedAt, version.publishedBy, InventoryService.storedWarnings(version), modelTree(version),
                validation);
    }

    private ModelVersion visible(ModelKind kind, String key, int version) {
        return ModelVersion.find(kind, key, version).filter(found -> found.isPublished() || isAdmin())
                .orElseThrow(() -> ProblemException.notFound(kind.code() + " version", key + " v" + version));
    }

    private JsonNode modelTree(ModelVersion version) {
        try {
            return json.readTree(version.model);
        } catch (IOException e) {
            throw new IllegalStateException("stored model of " + version.id + " is unreadable", e);
        }
    }

    private boolean isAdmin() {
        return caller.hasRole(Roles.ADMIN);
    }

    static ModelSummary summary(ModelVersion version) {
        return new ModelSummary(version.kind, version.modelKey, version.version, version.status.name().toLowerCase(),
                version.nameEn, version.nameZh, version.product, version.route, version.stage, version.geography,
                version.dataset, version.publishedAt, version.contentHash);
    }

    private static String location(ModelVersion version) {
        return "/api/v1/" + version.modelKind().collection() + "/" + version.modelKey + "/versions/" + version.version;
    }

    private static String etag(ModelVersion version) {
        return String.valueOf(version.rowVersion);
    }
}
