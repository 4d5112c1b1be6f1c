package org.copperpcf.footprint.rest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.copperpcf.footprint.replica.ReplicatedInventory;
import org.copperpcf.footprint.service.InventoryReplicaService;
import org.copperpcf.kit.problem.ProblemException;
import org.copperpcf.kit.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

@Path("/api/v1/replica/inventories")
@Tag(name = "Inventory replica", description = "The process and template versions footprint-service has received "
        + "over Kafka")
@SecurityRequirement(name = "jwt")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.ADMIN, Roles.CERTIFIER, Roles.BUYER})
public class InventoryReplicaResource {
    private static final String SUMMARY = """
            {"versionId":"0b3c7e2a-6f1d-4e8a-9c5b-2d7e4f1a3b6c","kind":"process","key":"rod.cast-and-roll.cn",\
            "version":1,"publishedAt":"2026-11-21T09:05:00Z",\
            "contentHash":"sha256:46f183f10baa2263e0731573eb27184b857c1991b3574936761d4c653e091e34",\
            "receivedEvents":1,"updatedAt":"2026-11-21T09:05:01Z\"""";

    /**
     * A replicated version.
     *
     * @param model the process or template, present when one version is asked for
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record View(UUID versionId, String kind, String key, int version, Instant publishedAt, String contentHash,
                       int receivedEvents, Instant updatedAt, JsonNode model) {
    }

    private final InventoryReplicaService replica;
    private final ObjectMapper json;

    public InventoryReplicaResource(InventoryReplicaService replica, ObjectMapper json) {
        this.replica = replica;
        this.json = json;
    }

    @GET
    @Operation(summary = "List replicated process and template versions", description = "Ordered by kind, key and "
            + "version; filter by kind (process or template) and key.")
    @APIResponse(responseCode = "200", description = "Replicated versions, without their models",
            content = @Content(examples = @ExampleObject(name = "versions", value = "[" + SUMMARY + "}]")))
    @APIResponse(responseCode = "401", description = "No valid token")
    @APIResponse(responseCode = "403", description = "Role not allowed")
    public List<View> list(@QueryParam("kind") String kind, @QueryParam("key") String key) {
        return replica.matching(kind, key).stream().map(version -> view(version, null)).toList();
    }

    @GET
    @Path("/{kind}/{key}/versions/{version}")
    @Operation(summary = "Get a replicated version with its model")
    @APIResponse(responseCode = "200", description = "The version",
            content = @Content(examples = @ExampleObject(name = "version", value = SUMMARY
                    + ",\"model\":{\"key\":\"rod.cast-and-roll.cn\",\"exchanges\":[]}}")))
    @APIResponse(responseCode = "404", description = "Not (yet) replicated")
    public View get(@PathParam("kind") String kind, @PathParam("key") String key, @PathParam("version") int version) {
        ReplicatedInventory found = replica.find(kind, key, version).orElseThrow(
                () -> ProblemException.notFound("replicated " + kind + " version", key + " v" + version));
        try {
            return view(found, json.readTree(found.model));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static View view(ReplicatedInventory version, JsonNode model) {
        return new View(version.versionId, version.kind, version.modelKey, version.version, version.publishedAt,
                version.contentHash, version.receivedEvents, version.updatedAt, model);
    }
}
