package org.copperpcf.inventory.rest;

import org.copperpcf.contracts.inventory.InventoryDocument;
import org.copperpcf.inventory.service.ImportReport;
import org.copperpcf.inventory.service.InventoryService;
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
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

@Path("/api/v1")
@Tag(name = "Inventory files", description = "Whole sets of processes and templates as one JSON file: import, export, "
        + "validation")
@SecurityRequirement(name = "jwt")
@Produces(MediaType.APPLICATION_JSON)
public class InventoryDocumentResource {
    private final InventoryService inventories;
    private final ModelEndpoints endpoints;

    public InventoryDocumentResource(InventoryService inventories, ModelEndpoints endpoints) {
        this.inventories = inventories;
        this.endpoints = endpoints;
    }

    @POST
    @Path("/inventory-imports")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Import a file of models", description = "All or nothing. Each model becomes the next draft "
            + "(publish=true: the next published version) unless its content equals its latest published version; "
            + "so importing the same file twice changes nothing. Models of the file may refer to each other.")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "file", value = Examples.DOCUMENT)))
    @APIResponse(responseCode = "200", description = "What was created and what was unchanged",
            content = @Content(examples = @ExampleObject(name = "report", value = Examples.IMPORT_REPORT)))
    @APIResponse(responseCode = "400", description = "Bad input; every invalid field is named with its path in the "
            + "file, nothing written")
    @APIResponse(responseCode = "409", description = "A model of the file already has a draft; nothing written")
    @APIResponse(responseCode = "422", description = "publish=true and a model breaks a rule; nothing written")
    public ImportReport importDocument(@Parameter(description = "publish every new version at once")
                                       @QueryParam("publish") @DefaultValue("false") boolean publish,
                                       @NotNull InventoryDocument document) {
        return inventories.importDocument(document, publish, endpoints.user());
    }

    @GET
    @Path("/inventory-exports")
    @RolesAllowed({Roles.ADMIN, Roles.BUYER, Roles.CERTIFIER, Roles.SUPPLIER})
    @Operation(summary = "Export the published models", description = "The latest published version of every "
            + "process and template (optionally of one dataset) in the import format.")
    @APIResponse(responseCode = "200", description = "The file",
            content = @Content(examples = @ExampleObject(name = "file", value = Examples.DOCUMENT)))
    public Response export(@QueryParam("dataset") String dataset) {
        String name = "inventories" + (dataset == null ? "" : "-" + dataset.replaceAll("[^A-Za-z0-9._-]", "_"))
                + ".json";
        return Response.ok(inventories.export(dataset))
                .header("Content-Disposition", "attachment; filename=\"" + name + "\"").build();
    }

    @POST
    @Path("/inventory-validations")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ADMIN, Roles.CERTIFIER})
    @Operation(summary = "Validate a file without storing it", description = "The same rules as publication, with "
            + "the models of the file resolving among themselves and against the published ones.")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "file", value = Examples.DOCUMENT)))
    @APIResponse(responseCode = "200", description = "The report, with paths into the file",
            content = @Content(examples = @ExampleObject(name = "report", value = Examples.REPORT)))
    @APIResponse(responseCode = "400", description = "Not a file of format version 1")
    public ValidationReport validate(@NotNull InventoryDocument document) {
        return inventories.validateDocument(document);
    }
}
