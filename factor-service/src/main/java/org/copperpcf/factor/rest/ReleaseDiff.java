package org.copperpcf.factor.rest;

import java.util.List;

/** What changes from {@code from} to {@code to}: factors added, removed, and changed with old and new values. */
public record ReleaseDiff(String from, String to, String gwpSet, List<FactorView> added, List<FactorView> removed,
                          List<Change> changed) {

    /** One factor present in both releases whose content differs; {@code fields} names what differs. */
    public record Change(String key, List<String> fields, FactorView before, FactorView after) {
    }
}
