package org.copperpcf.inventory.model;

import org.copperpcf.contracts.inventory.InventoryPublished;

/** The two kinds of inventory model, each with its own key space and versions. */
public enum ModelKind {
    PROCESS(InventoryPublished.PROCESS, "processes"),
    TEMPLATE(InventoryPublished.TEMPLATE, "templates");

    private final String code;
    private final String collection;

    ModelKind(String code, String collection) {
        this.code = code;
        this.collection = collection;
    }

    /** As stored and as the event names it. */
    public String code() {
        return code;
    }

    /** The API collection, e.g. {@code /api/v1/processes}. */
    public String collection() {
        return collection;
    }

    public static ModelKind ofCode(String code) {
        return code.equals(PROCESS.code) ? PROCESS : TEMPLATE;
    }
}
