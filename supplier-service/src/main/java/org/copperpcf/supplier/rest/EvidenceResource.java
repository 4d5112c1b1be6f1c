package org.copperpcf.supplier.rest;

import java.net.URI;
import java.util.UUID;

import org.copperpcf.kit.idempotency.IdempotentRequests;
import org.copperpcf.kit.problem.ProblemException;
import org.copperpcf.kit.security.Roles;
import org.copperpcf.kit.security.SupplierScope;
import org.copperpcf.supplier.Evidence;
import org.copperpcf.supplier.service.EvidenceService;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

@Path("/api/v1/suppliers/{supplierId}/evidence")
@Tag(name = "Evidence", description = "Evidence files (PDF, PNG, JPEG, CSV, XLSX) that disclosure lines cite")
@SecurityRequirement(name = "jwt")
public class EvidenceResource {
    private final EvidenceService evidence;
    private final IdempotentRequests idempotency;
    private final SupplierScope scope;
    private final SecurityIdentity caller;

    public EvidenceResource(EvidenceService evidence, IdempotentRequests idempotency, SupplierScope scope,
                            SecurityIdentity caller) {
        this.evidence = evidence;
        this.idempotency = idempotency;
        this.scope = scope;
        this.caller = caller;
    }

    @POST
    @Consumes(MediaType.WILDCARD)
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.SUPPLIER, Roles.ADMIN})
    @Operation(summary = "Upload an evidence file", description = "The raw file is the body. Its type is read from "
            + "its content (the Content-Type header is ignored); at most 10 MiB by default. Accepts an "
            + "Idempotency-Key.")
    @RequestBody(content = @Content(mediaType = "application/pdf",
            examples = @ExampleObject(name = "pdf", value = "%PDF-1.7 …")))
    @APIResponse(responseCode = "201", description = "Stored, with its SHA-256",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    examples = @ExampleObject(name = "evidence", value = Examples.EVIDENCE)))
    @APIResponse(responseCode = "400", description = "No file name or an empty file")
    @APIResponse(responseCode = "403", description = "Another supplier")
    @APIResponse(responseCode = "413", description = "Too large")
    @APIResponse(responseCode = "415", description = "Not a PDF, PNG, JPEG, CSV or XLSX file")
    public Response upload(@PathParam("supplierId") UUID supplierId,
                           @Parameter(description = "The file's name, e.g. power-bill-2025.pdf", required = true)
                           @QueryParam("fileName") String fileName,
                           @HeaderParam(IdempotentRequests.HEADER) String key, byte[] content) {
        scope.requireAccessTo(supplierId);
        String principal = caller.getPrincipal().getName();
        return idempotency.run(principal, key, idempotency.fingerprint("POST /api/v1/suppliers/" + supplierId
                + "/evidence?" + fileName, content == null ? new byte[0] : content), () -> {
                    Evidence stored = evidence.store(supplierId, fileName, content, principal);
                    return Response.created(URI.create("/api/v1/suppliers/" + supplierId + "/evidence/" + stored.id))
                            .entity(EvidenceView.of(stored)).build();
                });
    }

    @GET
    @Path("/{evidenceId}")
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.SUPPLIER, Roles.ADMIN, Roles.BUYER, Roles.CERTIFIER})
    @Operation(summary = "Get an evidence file's record")
    @APIResponse(responseCode = "200", description = "Name, type, size and SHA-256",
            content = @Content(examples = @ExampleObject(name = "evidence", value = Examples.EVIDENCE)))
    @APIResponse(responseCode = "403", description = "Another supplier")
    @APIResponse(responseCode = "404", description = "No such evidence for this supplier")
    public EvidenceView get(@PathParam("supplierId") UUID supplierId, @PathParam("evidenceId") UUID evidenceId) {
        return EvidenceView.of(existing(supplierId, evidenceId));
    }

    @GET
    @Path("/{evidenceId}/content")
    @Produces(MediaType.WILDCARD)
    @RolesAllowed({Roles.SUPPLIER, Roles.ADMIN, Roles.BUYER, Roles.CERTIFIER})
    @Operation(summary = "Download an evidence file", description = "Served as an attachment with the sniffed type "
            + "and its SHA-256 as ETag.")
    @APIResponse(responseCode = "200", description = "The file",
            content = @Content(mediaType = "application/pdf", examples = @ExampleObject(name = "pdf",
                    value = "%PDF-1.7 …")))
    @APIResponse(responseCode = "403", description = "Another supplier")
    @APIResponse(responseCode = "404", description = "No such evidence for this supplier")
    public Response content(@PathParam("supplierId") UUID supplierId, @PathParam("evidenceId") UUID evidenceId) {
        Evidence file = existing(supplierId, evidenceId);
        return Response.ok(file.content, file.mediaType)
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\""
                        + file.fileName.replace("\"", "") + "\"")
                .header("X-Content-Type-Options", "nosniff")
                .tag(file.sha256)
                .build();
    }

    private Evidence existing(UUID supplierId, UUID evidenceId) {
        scope.requireAccessTo(supplierId);
        return evidence.find(supplierId, evidenceId)
                .orElseThrow(() -> ProblemException.notFound("evidence", evidenceId));
    }
}
