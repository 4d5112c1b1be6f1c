package org.copperpcf.contracts;

/**
 * One kind of event: its CloudEvents {@code type}, the topic it travels on and the record its {@code data} holds.
 * The JSON Schema of the data sits at {@link #schemaResource()} in this jar.
 */
public record EventType<T>(String type, Topic topic, Class<T> payload) {

    public String schemaUrn() {
        return "urn:copperpcf:schema:" + type;
    }

    public String schemaResource() {
        return "/schemas/" + type + ".json";
    }
}
