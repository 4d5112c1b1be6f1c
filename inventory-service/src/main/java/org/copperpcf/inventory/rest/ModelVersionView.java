package org.copperpcf.inventory.rest;

import java.time.Instant;
import java.util.List;

import org.copperpcf.inventory.validation.Finding;
import org.copperpcf.inventory.validation.ValidationReport;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;

/**
 * A process or template version with its model.
 *
 * @param kind        {@code process} or {@code template}
 * @param key         the model key
 * @param version     from 1
 * @param status      {@code draft} or {@code published}
 * @param contentHash {@code sha256:…} of the published content; lineage refers to it
 * @param warnings    plausibility warnings recorded at publication
 * @param model       the process or template
 * @param validation  after a save: what still stands between the draft and publication
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ModelVersionView(String kind, String key, int version, String status, String contentHash,
                               Instant createdAt, String createdBy, Instant publishedAt, String publishedBy,
                               List<Finding> warnings, JsonNode model, ValidationReport validation) {
}
