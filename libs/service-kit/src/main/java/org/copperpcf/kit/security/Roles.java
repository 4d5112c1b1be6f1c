package org.copperpcf.kit.security;

/** The four roles, as they appear in the token's {@code groups} claim. */
public final class Roles {
    /** Reference data and operations. */
    public static final String ADMIN = "admin";
    /** A supplier's own disclosures; the token names the supplier in {@link SupplierScope#SUPPLIER_ID_CLAIM}. */
    public static final String SUPPLIER = "supplier";
    /** Reads footprints. */
    public static final String BUYER = "buyer";
    /** Audit trails, evidence and reproduction. */
    public static final String CERTIFIER = "certifier";

    private Roles() {
    }
}
