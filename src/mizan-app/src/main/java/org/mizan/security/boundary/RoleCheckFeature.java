package org.mizan.security.boundary;

import jakarta.annotation.Priority;
import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.ForbiddenException;
import jakarta.ws.rs.NotAuthorizedException;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.DynamicFeature;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.FeatureContext;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.ext.Provider;

import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Method;
import java.util.List;
import java.util.logging.Logger;

/**
 * Enforces {@code @RolesAllowed} / {@code @PermitAll} on every REST method, and denies any method
 * that declares neither (on itself or its class): a forgotten annotation closes the door.
 */
@Provider
public class RoleCheckFeature implements DynamicFeature {

    private static final Logger LOG = Logger.getLogger(RoleCheckFeature.class.getName());

    @Override
    public void configure(ResourceInfo resourceInfo, FeatureContext context) {
        Method method = resourceInfo.getResourceMethod();
        AnnotatedElement declaring = declaresAccess(method) ? method : resourceInfo.getResourceClass();
        if (declaring.isAnnotationPresent(PermitAll.class) && !declaring.isAnnotationPresent(DenyAll.class)) {
            return;
        }
        RolesAllowed roles = declaring.getAnnotation(RolesAllowed.class);
        if (roles == null || declaring.isAnnotationPresent(DenyAll.class)) {
            if (!declaring.isAnnotationPresent(DenyAll.class)
                    && resourceInfo.getResourceClass().getName().startsWith("org.mizan.")) {
                LOG.warning(() -> "No roles declared on " + method + ": denied to everyone");
            }
            context.register(new RoleFilter(List.of()));
            return;
        }
        context.register(new RoleFilter(List.of(roles.value())));
    }

    private static boolean declaresAccess(Method method) {
        return method.isAnnotationPresent(RolesAllowed.class) || method.isAnnotationPresent(PermitAll.class)
                || method.isAnnotationPresent(DenyAll.class);
    }

    @Priority(Priorities.AUTHORIZATION)
    static final class RoleFilter implements ContainerRequestFilter {
        private final List<String> roles;

        RoleFilter(List<String> roles) {
            this.roles = roles;
        }

        @Override
        public void filter(ContainerRequestContext request) {
            SecurityContext security = request.getSecurityContext();
            if (security.getUserPrincipal() == null) {
                throw new NotAuthorizedException("Bearer realm=\"mizan\"");
            }
            if (roles.stream().noneMatch(security::isUserInRole)) {
                throw new ForbiddenException();
            }
        }
    }
}
