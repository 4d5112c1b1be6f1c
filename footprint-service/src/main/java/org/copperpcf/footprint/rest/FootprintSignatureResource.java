package org.copperpcf.footprint.rest;

import java.util.UUID;

import org.copperpcf.footprint.model.FootprintSignature;
import org.copperpcf.footprint.model.FootprintVersion;
import org.copperpcf.footprint.service.AuditBundleService;
import org.copperpcf.footprint.service.FootprintQueryService;
import org.copperpcf.footprint.service.FootprintService;
import org.copperpcf.footprint.service.FootprintSignatures;
import org.copperpcf.kit.problem.ProblemException;
import org.copperpcf.kit.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import com.fasterxml.jackson.databind.JsonNode;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** The signature of each footprint version and its audit bundle (docs/signatures-and-bundles.md). */
@Path("/api/v1/footprints")
@Tag(name = "Signatures and audit bundles", description = "Each footprint version is signed (JWS, EdDSA) when "
        + "stored; the bundle carries everything that produced a version, checkable offline")
@SecurityRequirement(name = "jwt")
public class FootprintSignatureResource {
    static final String ZIP = "application/zip";

    private final FootprintService footprints;
    private final FootprintQueryService queries;
    private final FootprintSignatures signatures;
    private final AuditBundleService bundles;

    public FootprintSignatureResource(FootprintService footprints, FootprintQueryService queries,
                                      FootprintSignatures signatures, AuditBundleService bundles) {
        this.footprints = footprints;
        this.queries = queries;
        this.signatures = signatures;
        this.bundles = bundles;
    }

    /**
     * The signature that covers a version: the JWS (which signs every version stored in the same transaction), this
     * version's signed claims from its payload, and how many versions the payload lists.
     */
    public record SignatureView(String kid, String jws, JsonNode payload, int versions) {
    }

    @GET
    @Path("/{id}/versions/{version}/signature")
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ADMIN, Roles.BUYER, Roles.CERTIFIER})
    @Operation(summary = "The signature of a footprint version", description = "A compact JWS (RFC 7515, alg EdDSA, "
            + "typ pcf-versions+jws) made when the version was stored, signing every version stored in the same "
            + "transaction (one signature per recalculation batch). Its payload is the canonical JSON (keys sorted, "
            + "no whitespace, decimals as strings) of {issuer, versions: [...]}, each entry with footprintId, "
            + "versionId, version, product, declaredUnit, kgCo2e, inputsHash, resultHash, lineageHash and "
            + "calculatedAt; payload here is this version's entry, versions how many the JWS lists; kid names the "
            + "key in /.well-known/jwks.json.")
    @APIResponse(responseCode = "200", description = "The signature",
            content = @Content(examples = @ExampleObject(name = "signature", value = Examples.SIGNATURE)))
    @APIResponse(responseCode = "403", description = "Not a buyer, certifier or admin")
    @APIResponse(responseCode = "404", description = "No such footprint or version, or a version stored before "
            + "versions were signed")
    public SignatureView signature(@PathParam("id") UUID id, @PathParam("version") int version) {
        FootprintVersion stored = version(id, version);
        FootprintSignature signature = signatureOf(stored);
        return new SignatureView(signature.kid, signature.jws, FootprintSignatures.claimsOf(signature, stored.id),
                signature.versions);
    }

    @GET
    @Path("/{id}/versions/{version}/bundle")
    @Produces(ZIP)
    @RolesAllowed({Roles.ADMIN, Roles.CERTIFIER})
    @Operation(summary = "The audit bundle of a footprint version", description = "A ZIP a certifier checks offline: "
            + "footprint.json (the version as this API shows it), lineage.json, factors.json (each factor used "
            + "with value, unit, source and release), inventories.json (template and process versions with their "
            + "models), disclosures.json (the supplier data used, with its evidence list), methodology.json (incl. "
            + "the engine and solver), evidence/<sha256>-<fileName> for every evidence file the replica holds and "
            + "missing-evidence.json for those it does not; manifest.sha256 (sha256sum format) covers all of them, "
            + "manifest.jws signs the manifest, signature.jws is the version's own signature and jwks.json the "
            + "public keys. tools/bundle-verifier/VerifyBundle.java checks it with the JDK alone.")
    @APIResponse(responseCode = "200", description = "The ZIP (Content-Disposition names footprint-<id>-v<n>.zip)",
            content = @Content(mediaType = ZIP, examples = @ExampleObject(name = "layout", value = Examples.BUNDLE)))
    @APIResponse(responseCode = "403", description = "Not a certifier or admin")
    @APIResponse(responseCode = "404", description = "No such footprint or version, or a version stored before "
            + "versions were signed")
    public Response bundle(@PathParam("id") UUID id, @PathParam("version") int version) {
        FootprintVersion stored = version(id, version);
        FootprintSignature signature = signatureOf(stored);
        byte[] zip = bundles.bundle(FootprintView.of(footprints.footprint(id), stored), stored, signature);
        return Response.ok(zip, ZIP).header("Content-Disposition", "attachment; filename=\"footprint-" + id + "-v"
                + version + ".zip\"").build();
    }

    private FootprintVersion version(UUID id, int version) {
        footprints.footprint(id);
        return queries.version(id, version);
    }

    private FootprintSignature signatureOf(FootprintVersion version) {
        return signatures.of(version.id).orElseThrow(() -> ProblemException.notFound("signature of footprint version",
                version.footprintId + " v" + version.version));
    }
}
