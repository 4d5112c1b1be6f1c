package org.copperpcf.certification.evaluation;

import java.math.BigDecimal;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * The outcome of one criterion for one footprint version.
 *
 * @param outcome      {@code passed}, {@code failed} or {@code not-evaluable}
 * @param passed       true or false; absent when not evaluable
 * @param notEvaluable why the criterion could not be judged (no data, incompatible basis or unit)
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record CriterionResult(String criterion, String metric, String comparison, BigDecimal required,
                              BigDecimal actual, String unit, String outcome, Boolean passed, String notEvaluable,
                              Evidence evidence) {
    public static final String PASSED = "passed";
    public static final String FAILED = "failed";
    public static final String NOT_EVALUABLE = "not-evaluable";

    /**
     * What the judgement rests on: which field of which footprint version (with its result hash), and where the
     * threshold comes from (with its status tag, and the benchmark row when there is one).
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Evidence(UUID footprintId, UUID footprintVersionId, int footprintVersion, String field,
                           String resultHash, String declaredUnit, String electricityBasis, String thresholdSource,
                           String thresholdStatus, String benchmark, String benchmarkElectricityBasis) {
    }
}
