package org.copperpcf.contracts.inventory;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * A process or template version was published: its full, immutable content. The record key is the version id, so
 * the compacted topic keeps every published version and a replica rebuilt from offset 0 has them all.
 *
 * @param versionId   the aggregate id and record key
 * @param kind        {@code process} or {@code template}
 * @param key         the model key
 * @param version     the version number of the key, from 1
 * @param publishedAt when it was frozen
 * @param contentHash {@code sha256:<hex>} of the model's canonical JSON, for lineage
 * @param warnings    plausibility warnings accepted at publication
 * @param process     the model, when {@code kind} is {@code process}
 * @param template    the model, when {@code kind} is {@code template}
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record InventoryPublished(UUID versionId, String kind, String key, int version, Instant publishedAt,
                                 String contentHash, List<String> warnings, ProcessModel process,
                                 TemplateModel template) {

    public static final String PROCESS = "process";
    public static final String TEMPLATE = "template";
}
