package org.mizan.platform.boundary;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;

/** The REST API, under {@code /api}. Every resource declares the roles it admits. */
@ApplicationPath("api")
@OpenAPIDefinition(
        info = @Info(title = "Mizan API", version = "1",
                description = "Case tracker for accountability. Obtain a token with POST /api/auth/token, "
                        + "then send it as 'Authorization: Bearer <token>'. Errors are application/problem+json."),
        security = @SecurityRequirement(name = "bearer"))
@SecurityScheme(securitySchemeName = "bearer", type = SecuritySchemeType.HTTP, scheme = "bearer")
public class RestApplication extends Application {

    @Override
    public java.util.Map<String, Object> getProperties() {
        // The OpenAPI document at /openapi describes the API; WADL would only widen what is exposed.
        return java.util.Map.of("jersey.config.server.wadl.disableWadl", true);
    }
}
