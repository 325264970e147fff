package org.mizan.platform.boundary;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/**
 * The REST API, under {@code /api}. Every resource declares the roles it admits. Its contract is the OpenAPI document
 * {@code META-INF/openapi.yaml}, which tests keep equal to the resources.
 */
@ApplicationPath("api")
public class RestApplication extends Application {

    @Override
    public java.util.Map<String, Object> getProperties() {
        // The OpenAPI document at /openapi describes the API; WADL would only widen what is exposed.
        return java.util.Map.of("jersey.config.server.wadl.disableWadl", true);
    }
}
