package org.copperpcf.inventory.rest;

import java.util.List;

import org.copperpcf.contracts.inventory.ProcessModel;
import org.copperpcf.inventory.model.ModelKind;
import org.copperpcf.inventory.service.InventoryService;
import org.copperpcf.inventory.service.ModelQueries;
import org.copperpcf.inventory.validation.ValidationReport;
import org.copperpcf.kit.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

@Path("/api/v1/processes")
@Tag(name = "Processes", description = "Unit processes with immutable published versions; drafts edited by admins")
@SecurityRequirement(name = "jwt")
@Produces(MediaType.APPLICATION_JSON)
public class ProcessResource {
    private static final ModelKind KIND = ModelKind.PROCESS;
    private static final String READERS = "Drafts are visible to admins only (404 for everyone else).";

    private final InventoryService inventories;
    private final ModelEndpoints endpoints;

    public ProcessResource(InventoryService inventories, ModelEndpoints endpoints) {
        this.inventories = inventories;
        this.endpoints = endpoints;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Create a process draft", description = "Version 1 of a new key, or the next version of an "
            + "existing one. Malformed fields, negative amounts and units that do not fit are refused (400, every "
            + "field named); the response lists what else stands between the draft and publication.")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "process", value = Examples.PROCESS)))
    @APIResponse(responseCode = "201", description = "Draft created; Location and ETag set",
            content = @Content(examples = @ExampleObject(name = "draft", value = Examples.VERSION)))
    @APIResponse(responseCode = "400", description = "Bad input; every invalid field is named")
    @APIResponse(responseCode = "409", description = "The process already has a draft")
    public Response create(@NotNull ProcessModel process) {
        return endpoints.created(inventories.createDraft(KIND, process, endpoints.user()));
    }

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.BUYER, Roles.CERTIFIER, Roles.SUPPLIER})
    @Operation(summary = "List and search processes", description = "The latest published version of each process "
            + "(status=draft: the drafts, admins only). Filters combine with AND; q searches key and both names. "
            + "Paged by key: follow the Link rel=next header.")
    @APIResponse(responseCode = "200", description = "One page",
            content = @Content(examples = @ExampleObject(name = "processes", value = "[" + Examples.SUMMARY + "]")))
    @APIResponse(responseCode = "400", description = "An invalid filter or cursor")
    public Response list(@QueryParam("q") String text, @QueryParam("product") String product,
                         @QueryParam("route") String route, @QueryParam("stage") String stage,
                         @QueryParam("geography") String geography, @QueryParam("dataset") String dataset,
                         @Parameter(description = "published (default) or draft") @QueryParam("status") String status,
                         @QueryParam("limit") @DefaultValue("50") @Min(1) @Max(500) int limit,
                         @QueryParam("cursor") String cursor, @Context UriInfo uri) {
        return endpoints.search(KIND, new ModelQueries.Filter(text, product, route, stage, geography, dataset), status,
                limit, cursor, uri);
    }

    @GET
    @Path("/{key}")
    @RolesAllowed({Roles.ADMIN, Roles.BUYER, Roles.CERTIFIER, Roles.SUPPLIER})
    @Operation(summary = "Get the latest published version of a process")
    @APIResponse(responseCode = "200", description = "The version with its model",
            content = @Content(examples = @ExampleObject(name = "process", value = Examples.VERSION)))
    @APIResponse(responseCode = "404", description = "No published version")
    public ModelVersionView latest(@PathParam("key") String key) {
        return endpoints.latest(KIND, key);
    }

    @GET
    @Path("/{key}/versions")
    @RolesAllowed({Roles.ADMIN, Roles.BUYER, Roles.CERTIFIER, Roles.SUPPLIER})
    @Operation(summary = "List the versions of a process", description = READERS)
    @APIResponse(responseCode = "200", description = "Oldest first",
            content = @Content(examples = @ExampleObject(name = "versions", value = "[" + Examples.SUMMARY + "]")))
    @APIResponse(responseCode = "404", description = "No such process")
    public List<ModelSummary> versions(@PathParam("key") String key) {
        return endpoints.versions(KIND, key);
    }

    @POST
    @Path("/{key}/versions")
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Start the next draft from the latest published version")
    @APIResponse(responseCode = "201", description = "Draft created",
            content = @Content(examples = @ExampleObject(name = "draft", value = Examples.VERSION)))
    @APIResponse(responseCode = "404", description = "No published version")
    @APIResponse(responseCode = "409", description = "The process already has a draft")
    public Response nextDraft(@PathParam("key") String key) {
        return endpoints.created(inventories.draftFromLatest(KIND, key, endpoints.user()));
    }

    @GET
    @Path("/{key}/versions/{version}")
    @RolesAllowed({Roles.ADMIN, Roles.BUYER, Roles.CERTIFIER, Roles.SUPPLIER})
    @Operation(summary = "Get a version of a process", description = READERS + " The ETag is what If-Match needs.")
    @APIResponse(responseCode = "200", description = "The version",
            content = @Content(examples = @ExampleObject(name = "process", value = Examples.VERSION)))
    @APIResponse(responseCode = "404", description = "No such version")
    public Response version(@PathParam("key") String key, @PathParam("version") int version) {
        return endpoints.version(KIND, key, version);
    }

    @PUT
    @Path("/{key}/versions/{version}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Replace a draft", description = "Needs If-Match with the ETag of the last read.")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "process", value = Examples.PROCESS)))
    @APIResponse(responseCode = "200", description = "Saved, with what validation still finds",
            content = @Content(examples = @ExampleObject(name = "draft", value = Examples.VERSION)))
    @APIResponse(responseCode = "400", description = "Bad input; every invalid field is named")
    @APIResponse(responseCode = "404", description = "No such version")
    @APIResponse(responseCode = "409", description = "The version is published and immutable")
    @APIResponse(responseCode = "412", description = "The draft changed since the ETag sent")
    @APIResponse(responseCode = "428", description = "If-Match is missing")
    public Response replace(@PathParam("key") String key, @PathParam("version") int version,
                            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, @NotNull ProcessModel process) {
        return endpoints.saved(inventories.replaceDraft(KIND, key, version, process, ifMatch));
    }

    @DELETE
    @Path("/{key}/versions/{version}")
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Delete a draft")
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(responseCode = "404", description = "No such version")
    @APIResponse(responseCode = "409", description = "The version is published and immutable")
    public void delete(@PathParam("key") String key, @PathParam("version") int version) {
        inventories.deleteDraft(KIND, key, version);
    }

    @POST
    @Path("/{key}/versions/{version}/validate")
    @RolesAllowed({Roles.ADMIN, Roles.CERTIFIER})
    @Operation(summary = "Validate a version", description = "Every rule: keys resolve to processes and factors, "
            + "units are dimensionally consistent, copper balances within the tolerance, allocation shares sum to 1, "
            + "no loop without a reason; amounts outside published ranges are warnings with the range and source.")
    @APIResponse(responseCode = "200", description = "The report",
            content = @Content(examples = @ExampleObject(name = "report", value = Examples.REPORT)))
    @APIResponse(responseCode = "404", description = "No such version")
    public ValidationReport validate(@PathParam("key") String key, @PathParam("version") int version) {
        return endpoints.validate(KIND, key, version);
    }

    @POST
    @Path("/{key}/versions/{version}/publish")
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Publish a draft", description = "Validates, freezes the version for good and announces its "
            + "full content with an InventoryPublished event.")
    @APIResponse(responseCode = "200", description = "Published",
            content = @Content(examples = @ExampleObject(name = "process", value = Examples.VERSION)))
    @APIResponse(responseCode = "404", description = "No such version")
    @APIResponse(responseCode = "409", description = "Already published")
    @APIResponse(responseCode = "422", description = "The draft breaks a rule; every violation is named")
    public ModelVersionView publish(@PathParam("key") String key, @PathParam("version") int version) {
        return endpoints.view(inventories.publish(KIND, key, version, endpoints.user()), null);
    }

    @GET
    @Path("/{key}/diff")
    @RolesAllowed({Roles.ADMIN, Roles.BUYER, Roles.CERTIFIER, Roles.SUPPLIER})
    @Operation(summary = "Compare two versions", description = "Field by field; exchanges matched by type and key.")
    @APIResponse(responseCode = "200", description = "The changes from 'from' to 'to'",
            content = @Content(examples = @ExampleObject(name = "diff", value = Examples.DIFF)))
    @APIResponse(responseCode = "404", description = "A version does not exist")
    public ModelEndpoints.Diff diff(@PathParam("key") String key, @QueryParam("from") @NotNull @Min(1) Integer from,
                                    @QueryParam("to") @NotNull @Min(1) Integer to) {
        return endpoints.diff(KIND, key, from, to);
    }
}
