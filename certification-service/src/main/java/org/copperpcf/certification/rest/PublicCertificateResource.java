package org.copperpcf.certification.rest;

import java.time.Instant;

import org.copperpcf.certification.rest.CertificationViews.PublicCertificateView;
import org.copperpcf.certification.service.CertificateService;
import org.copperpcf.kit.problem.ProblemException;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/**
 * Anyone holding a certificate number (a buyer, a customs officer, a label on a coil) may check it without a token,
 * hence {@code @PermitAll}; the answer carries only what the certificate itself states.
 */
@Path("/api/v1/public/certificates")
@Tag(name = "Public certificate check", description = "Is this certificate valid? No authentication")
@Produces(MediaType.APPLICATION_JSON)
public class PublicCertificateResource {
    private final CertificateService certificates;

    public PublicCertificateResource(CertificateService certificates) {
        this.certificates = certificates;
    }

    @GET
    @Path("/{id}")
    @PermitAll
    @Operation(summary = "Check a certificate", description = "Status valid, suspended, revoked or expired (derived "
            + "from validUntil), holder, product, declared unit, kg CO2e per declared unit, validity and the "
            + "footprint's result hash. No token needed.")
    @APIResponse(responseCode = "200", description = "The certificate's public facts",
            content = @Content(examples = @ExampleObject(name = "certificate", value = Examples.PUBLIC_CERTIFICATE)))
    @APIResponse(responseCode = "404", description = "No such certificate")
    public PublicCertificateView check(@PathParam("id") String id) {
        return certificates.findPublic(id).map(c -> PublicCertificateView.of(c, Instant.now()))
                .orElseThrow(() -> ProblemException.notFound("certificate", id));
    }
}
