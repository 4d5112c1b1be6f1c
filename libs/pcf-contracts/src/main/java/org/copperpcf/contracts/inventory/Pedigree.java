package org.copperpcf.contracts.inventory;

/**
 * Data-quality indicator scores, 1 (best) to 5, of the pedigree matrix (Weidema and Wesnæs).
 */
public record Pedigree(Integer reliability, Integer completeness, Integer temporal, Integer geographical,
                       Integer technological) {
}
