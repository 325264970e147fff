package org.mizan.security.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.NotAuthorizedException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.mizan.platform.boundary.ProblemResponses;
import org.mizan.platform.control.InvalidInput;
import org.mizan.security.control.Authenticator;
import org.mizan.security.control.CurrentUser;
import org.mizan.security.control.SignInResult;
import org.mizan.security.control.TokenService;
import org.mizan.security.entity.Role;

import java.time.Instant;
import java.util.List;

/** Bearer tokens: exchange a username and password for one, or give one back. */
@Path("auth/token")
@Produces(MediaType.APPLICATION_JSON)
public class AuthResource {

    /** {@code otp}: for an account with an authenticator, its current code or one of its recovery codes. */
    public record Credentials(String username, String password, String otp) {
    }

    public record TokenView(String token, String tokenType, Instant expiresAt, String username, List<String> roles) {
    }

    @Inject
    Authenticator authenticator;
    @Inject
    TokenService tokens;
    @Inject
    CurrentUser currentUser;
    @Context
    HttpHeaders headers;

    @POST
    @PermitAll
    @Consumes(MediaType.APPLICATION_JSON)
    public Response issue(Credentials credentials) {
        Credentials given = InvalidInput.requireBody(credentials);
        if (given.username() == null || given.username().isBlank()) {
            throw new InvalidInput("username", "validation.required");
        }
        if (given.password() == null || given.password().isEmpty()) {
            throw new InvalidInput("password", "validation.required");
        }
        SignInResult result = authenticator.signIn(given.username(), given.password().toCharArray(), given.otp(),
                currentUser.clientAddress(), "api");
        if (result.status() == SignInResult.Status.THROTTLED) {
            throw new WebApplicationException(Response.status(429)
                    .header("Retry-After", result.retryAfterSeconds()).build());
        }
        switch (result.status()) {
            case SECOND_FACTOR_REQUIRED -> {
                return ProblemResponses.of(headers, 401, "problem.otpRequired");
            }
            case SECOND_FACTOR_WRONG -> {
                return ProblemResponses.of(headers, 401, "problem.otpWrong");
            }
            case ENROLMENT_REQUIRED -> {
                return ProblemResponses.of(headers, 401, "problem.otpEnrolmentRequired");
            }
            case SIGNED_IN -> {
                TokenService.IssuedToken issued = tokens.issue(result.user(), currentUser.clientAddress());
                return Response.ok(new TokenView(issued.token(), "Bearer", issued.expiresAt(), result.user().getUsername(),
                        result.user().getRoles().stream().map(Role::name).sorted().toList())).build();
            }
            default -> throw new NotAuthorizedException("Bearer realm=\"mizan\"");
        }
    }

    @DELETE
    @RolesAllowed({Role.Names.ADMIN, Role.Names.INVESTIGATOR, Role.Names.LAWYER, Role.Names.ADVOCATE})
    public Response revoke(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization) {
        String token = authorization.substring("Bearer ".length()).strip();
        tokens.revoke(token, currentUser.actor().username(), currentUser.clientAddress());
        return Response.noContent().build();
    }
}
