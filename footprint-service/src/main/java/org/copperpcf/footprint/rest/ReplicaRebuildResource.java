package org.copperpcf.footprint.rest;

import java.net.URI;

import org.copperpcf.footprint.messaging.ReplicaRebuild;
import org.copperpcf.kit.problem.ProblemException;
import org.copperpcf.kit.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

@Path("/api/v1/replica/rebuild")
@Tag(name = "Replica rebuild", description = "Empty the replicas and refill them by replaying their topics from "
        + "the beginning, while the service runs")
@SecurityRequirement(name = "jwt")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.ADMIN)
public class ReplicaRebuildResource {
    static final String PATH = "/api/v1/replica/rebuild";
    private static final String STATUS = """
            {"id":"5b0c2f9e-7a41-4d2b-9c3e-1f6a8d4e2b70","state":"running","step":"replaying",\
            "requestedBy":"admin","startedAt":"2026-11-22T02:40:00Z","finishedAt":null,"failure":null,\
            "emptiedRows":{"replica_factor":212,"replica_factor_release":2,"replica_inventory":31,\
            "replica_disclosure_line":12,"replica_disclosure_certificate":1,"replica_disclosure":3,\
            "processed_event":36},"topics":[{"channel":"factor-releases","topic":"pcf.factor-releases.v1",\
            "partitions":[{"partition":0,"beginningOffset":0,"endOffset":2,"position":1}]}]}""";

    private final ReplicaRebuild rebuild;
    private final SecurityIdentity caller;

    public ReplicaRebuildResource(ReplicaRebuild rebuild, SecurityIdentity caller) {
        this.rebuild = rebuild;
        this.caller = caller;
    }

    @POST
    @Operation(summary = "Rebuild the replicas from the topics", description = "Pauses the replica consumers, "
            + "captures each partition's end offset, empties the replica tables and the consumers' inbox entries in "
            + "one transaction, seeks every partition to the beginning for the consumer group and resumes. Follow "
            + "it with GET; it is done once every partition's position reached the end offset captured at the "
            + "start. Until then footprints are neither created nor recalculated (409) and replica changes "
            + "schedule no recalculation; afterwards nothing is recalculated automatically: use "
            + "POST /api/v1/footprints/recalculate-all. Footprints and their versions are not touched.")
    @APIResponse(responseCode = "202", description = "Started; the status as it is now",
            content = @Content(examples = @ExampleObject(name = "status", value = STATUS)))
    @APIResponse(responseCode = "401", description = "No valid token")
    @APIResponse(responseCode = "403", description = "Not an admin")
    @APIResponse(responseCode = "409", description = "A rebuild is running, or this instance does not consume "
            + "every partition of a replica topic (run one instance for a rebuild); nothing changed")
    public Response start() {
        return Response.accepted(rebuild.start(caller.getPrincipal().getName())).location(URI.create(PATH)).build();
    }

    @GET
    @Operation(summary = "Progress of the latest rebuild", description = "State running, done or failed; per "
            + "topic and partition the end offset captured at the start and the consumer group's position.")
    @APIResponse(responseCode = "200", description = "The latest rebuild since the service started",
            content = @Content(examples = @ExampleObject(name = "status", value = STATUS)))
    @APIResponse(responseCode = "401", description = "No valid token")
    @APIResponse(responseCode = "403", description = "Not an admin")
    @APIResponse(responseCode = "404", description = "No rebuild since the service started")
    public ReplicaRebuild.Status status() {
        return rebuild.status().orElseThrow(() -> ProblemException.notFound("replica rebuild", "latest"));
    }
}
