package org.copperpcf.inventory.service;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;

/**
 * Field-level differences between two versions of a model. Array elements are matched by what they are, not by
 * position: exchanges by type and product, factor key or gas (with an occurrence number when a key repeats), nodes
 * by process, parameters by name. So inserting an exchange shows one addition, not a shifted list.
 */
public final class ModelDiff {

    /**
     * One difference.
     *
     * @param path   e.g. {@code exchanges[factor_input:electricity.footprint.cn.2024#2].amount}
     * @param change {@code added}, {@code removed} or {@code changed}
     * @param from   the old value (absent when added)
     * @param to     the new value (absent when removed)
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Change(String path, String change, JsonNode from, JsonNode to) {
    }

    private ModelDiff() {
    }

    public static List<Change> between(JsonNode from, JsonNode to) {
        List<Change> changes = new ArrayList<>();
        compare("", from, to, changes);
        return changes;
    }

    private static void compare(String path, JsonNode from, JsonNode to, List<Change> changes) {
        if (from.isObject() && to.isObject()) {
            TreeSet<String> names = new TreeSet<>();
            from.fieldNames().forEachRemaining(names::add);
            to.fieldNames().forEachRemaining(names::add);
            for (String name : names) {
                String field = path.isEmpty() ? name : path + "." + name;
                compareOrRecord(field, from.get(name), to.get(name), changes);
            }
        } else if (from.isArray() && to.isArray()) {
            Map<String, JsonNode> before = identified(from);
            Map<String, JsonNode> after = identified(to);
            for (Map.Entry<String, JsonNode> element : before.entrySet()) {
                compareOrRecord(path + "[" + element.getKey() + "]", element.getValue(), after.get(element.getKey()),
                        changes);
            }
            for (Map.Entry<String, JsonNode> element : after.entrySet()) {
                if (!before.containsKey(element.getKey())) {
                    changes.add(new Change(path + "[" + element.getKey() + "]", "added", null, element.getValue()));
                }
            }
        } else if (!from.equals(to)) {
            changes.add(new Change(path, "changed", from, to));
        }
    }

    private static void compareOrRecord(String path, JsonNode from, JsonNode to, List<Change> changes) {
        if (from == null && to != null) {
            changes.add(new Change(path, "added", null, to));
        } else if (from != null && to == null) {
            changes.add(new Change(path, "removed", from, null));
        } else if (from != null) {
            compare(path, from, to, changes);
        }
    }

    /** Array elements by identity, in order; the n-th repeat of an identity gets {@code #n}. */
    private static Map<String, JsonNode> identified(JsonNode array) {
        Map<String, JsonNode> elements = new LinkedHashMap<>();
        Map<String, Integer> seen = new LinkedHashMap<>();
        Iterator<JsonNode> items = array.elements();
        int position = 0;
        while (items.hasNext()) {
            JsonNode item = items.next();
            String identity = identity(item, position++);
            int occurrence = seen.merge(identity, 1, Integer::sum);
            elements.put(occurrence == 1 ? identity : identity + "#" + occurrence, item);
        }
        return elements;
    }

    private static String identity(JsonNode item, int position) {
        if (!item.isObject()) {
            return item.isValueNode() ? item.asText() : String.valueOf(position);
        }
        if (item.hasNonNull("type")) {
            String target = item.hasNonNull("factorKey") ? item.get("factorKey").asText()
                    : item.hasNonNull("product") ? item.get("product").asText()
                    : item.hasNonNull("gas") ? item.get("gas").asText() : "";
            return item.get("type").asText() + ":" + target;
        }
        for (String name : List.of("process", "name")) {
            if (item.hasNonNull(name)) {
                return item.get(name).asText();
            }
        }
        return String.valueOf(position);
    }
}
