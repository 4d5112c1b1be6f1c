package org.copperpcf.factor.model;

/** A release is edited as a draft and frozen when published. */
public enum ReleaseStatus implements Coded {
    DRAFT, PUBLISHED
}
