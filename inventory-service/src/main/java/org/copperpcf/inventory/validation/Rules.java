package org.copperpcf.inventory.validation;

import org.copperpcf.kit.inventory.ProductSystem;

/** The rule names findings carry; docs/api/inventories.md describes each with an example. */
public final class Rules {
    /** A required field is missing, malformed or not in its code list. */
    public static final String STRUCTURE = ProductSystem.STRUCTURE;
    /** A product or factor key that nothing resolves to. */
    public static final String UNRESOLVED = ProductSystem.UNRESOLVED;
    /** An unknown unit, or one of another dimension than the thing it is matched with. */
    public static final String UNIT = "UNIT";
    /** A negative amount, or zero where only a positive one makes sense. */
    public static final String AMOUNT = "AMOUNT";
    /** Copper in and out of a process do not balance within the tolerance. */
    public static final String MASS_BALANCE = "MASS_BALANCE";
    /** Missing, inconsistent or non-summing allocation. */
    public static final String ALLOCATION = "ALLOCATION";
    /** A supply loop without a stated reason, or one without a solution. */
    public static final String CYCLE = "CYCLE";
    /** A product of a template with no provider, or several providers and no parameter choosing among them. */
    public static final String PROVIDER = ProductSystem.PROVIDER;
    /** A template parameter that is malformed or targets nothing. */
    public static final String PARAMETER = ProductSystem.PARAMETER;
    /** An amount outside its published range (warning). */
    public static final String PLAUSIBILITY = "PLAUSIBILITY";
    /** A template node nothing consumes (warning). */
    public static final String UNUSED_NODE = "UNUSED_NODE";

    private Rules() {
    }
}
