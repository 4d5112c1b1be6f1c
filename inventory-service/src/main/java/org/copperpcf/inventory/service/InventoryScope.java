package org.copperpcf.inventory.service;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.copperpcf.contracts.EventJson;
import org.copperpcf.contracts.inventory.ProcessModel;
import org.copperpcf.inventory.model.ModelKind;
import org.copperpcf.inventory.model.ModelVersion;
import org.copperpcf.inventory.replica.FactorCatalog;
import org.copperpcf.inventory.replica.FactorCatalog.KnownFactor;
import org.copperpcf.inventory.validation.ModelScope;
import org.copperpcf.kit.inventory.ScopedProcess;

/**
 * The published processes in the database, overlaid by the processes of a batch being imported (which win over
 * published versions of the same key), and the replicated factor releases. Lookups are cached for one validation.
 */
final class InventoryScope implements ModelScope {
    private final FactorCatalog catalog;
    private final Map<String, ProcessModel> batch;
    private final Map<String, Optional<Map<String, KnownFactor>>> factors = new HashMap<>();
    private final Map<String, List<ScopedProcess>> providers = new HashMap<>();

    InventoryScope(FactorCatalog catalog, List<ProcessModel> batch) {
        this.catalog = catalog;
        this.batch = new LinkedHashMap<>();
        batch.forEach(process -> this.batch.put(process.key(), process));
    }

    static ProcessModel processOf(ModelVersion version) {
        return EventJson.fromJson(version.model, ProcessModel.class);
    }

    @Override
    public Optional<ScopedProcess> process(String key, Integer version) {
        if (version != null) {
            return ModelVersion.find(ModelKind.PROCESS, key, version).filter(ModelVersion::isPublished)
                    .map(found -> new ScopedProcess(processOf(found), found.version));
        }
        if (batch.containsKey(key)) {
            return Optional.of(new ScopedProcess(batch.get(key), null));
        }
        return ModelVersion.latestPublished(ModelKind.PROCESS, key)
                .map(found -> new ScopedProcess(processOf(found), found.version));
    }

    @Override
    public List<ScopedProcess> providersOf(String product) {
        return providers.computeIfAbsent(product, wanted -> {
            List<ScopedProcess> found = new ArrayList<>();
            batch.values().stream()
                    .filter(p -> p.referenceProduct() != null && wanted.equals(p.referenceProduct().product()))
                    .forEach(p -> found.add(new ScopedProcess(p, null)));
            for (ModelVersion published : ModelVersion.latestPublishedProcessesMaking(wanted)) {
                if (!batch.containsKey(published.modelKey)) {
                    found.add(new ScopedProcess(processOf(published), published.version));
                }
            }
            return found;
        });
    }

    @Override
    public Optional<Map<String, KnownFactor>> factors(String releaseName) {
        return factors.computeIfAbsent(releaseName, catalog::factorsOf);
    }
}
