package org.mizan.platform.boundary;

import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;

import java.lang.reflect.InvocationTargetException;
import java.util.Map;
import java.util.logging.Logger;

/**
 * Keeps the served document to the keys of the OpenAPI specification. Payara adds a top-level {@code endpoints} map
 * (every path again, by context root) to the document it serves; validators warn about it and client generators trip on
 * it. The microprofile model has no way to reach it, so its setter is called by name, and the IT that validates the
 * served document notices if a later Payara stops honouring this.
 */
public class StandardOpenApi implements OASFilter {

    private static final Logger LOG = Logger.getLogger(StandardOpenApi.class.getName());

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        try {
            openAPI.getClass().getMethod("setEndpoints", Map.class).invoke(openAPI, Map.of());
        } catch (NoSuchMethodException e) {
            // Not Payara's model, or one without the extra key: nothing to drop.
        } catch (IllegalAccessException | InvocationTargetException e) {
            LOG.warning(() -> "The non-standard 'endpoints' key stays in /openapi: " + e);
        }
    }
}
