package org.mizan.security.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.mizan.platform.boundary.ProblemWriter;
import org.mizan.platform.control.DatabaseOutage;
import org.mizan.platform.boundary.LanguageSwitch;
import org.mizan.security.control.Authenticator;
import org.mizan.security.control.ClientAddresses;
import org.mizan.security.control.SecondFactors;
import org.mizan.security.control.RequestOrigin;
import org.mizan.security.control.SignInRef;
import org.mizan.security.control.SignInResult;
import org.mizan.security.control.SignIns;
import org.mizan.security.control.TokenService;
import org.mizan.security.control.UserDirectory;
import org.mizan.security.entity.ApiToken;
import org.mizan.security.entity.AppUser;
import org.mizan.security.entity.Role;

import java.io.IOException;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * One mechanism for both doors: bearer tokens for {@code /api/**}, a session for the pages.
 * The API never accepts the session cookie, so a page a user happens to visit cannot call the API
 * in their name (no CSRF through the REST door).
 */
@ApplicationScoped
public class MizanAuthenticationMechanism implements HttpAuthenticationMechanism {

    /** Request attribute holding the {@link SignInResult} of a refused form sign-in. */
    public static final String SIGN_IN_RESULT = "mizan.signInResult";
    /** The page session's key to its row in web_session (see {@link SignIns}). */
    static final String SESSION_KEY = "mizan.signIn";
    private static final java.util.logging.Logger LOG = java.util.logging.Logger.getLogger(MizanAuthenticationMechanism.class.getName());
    static final String LOGIN_PAGE = "/login.xhtml";
    /** Where a user who must set up an authenticator is held until they have. */
    static final String ENROLMENT_PAGE = "/account/second-factor.xhtml";
    private static final String BEARER = "Bearer ";

    @Inject
    Authenticator authenticator;
    @Inject
    TokenService tokens;
    @Inject
    ClientAddresses addresses;
    @Inject
    ProblemWriter problems;
    @Inject
    SecondFactors secondFactors;
    @Inject
    SignIns signIns;
    @Inject
    SessionCookies cookies;
    @Inject
    RequestOrigin origin;

    /**
     * Runs before JAX-RS and the pages, and reads the database (tokens, sessions): during an outage it answers 503
     * with Retry-After itself, as problem+json, instead of an empty 500 from the container.
     */
    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
                                                HttpMessageContext context) {
        try {
            return authenticate(request, response, context);
        } catch (RuntimeException e) {
            if (!DatabaseOutage.isCause(e)) {
                throw e;
            }
            LOG.warning(() -> "Unavailable: the database is out of reach (" + e.getClass().getSimpleName() + ")");
            try {
                problems.write(request, response, HttpServletResponse.SC_SERVICE_UNAVAILABLE, "problem.databaseUnavailable");
            } catch (IOException written) {
                response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
            }
            return AuthenticationStatus.SEND_FAILURE;
        }
    }

    private AuthenticationStatus authenticate(HttpServletRequest request, HttpServletResponse response,
                                              HttpMessageContext context) {
        if (isApi(request)) {
            return bearer(request, response, context);
        }
        if (context.isAuthenticationRequest()
                && context.getAuthParameters().getCredential() instanceof UsernamePasswordCredential credential) {
            return formSignIn(credential, request, response, context);
        }
        if (context.isAuthenticationRequest() && context.getAuthParameters().getCredential() instanceof OneTimeCodeCredential code) {
            return codeStep(code, request, response, context);
        }
        if (isStaticResource(request) && !context.isProtected()) {
            return context.doNothing();
        }
        HttpSession session = request.getSession(false);
        Object key = session == null ? null : session.getAttribute(SESSION_KEY);
        if (key instanceof String sessionKey) {
            // Looked up on every request: a session ended by another request (a new password elsewhere) ends here.
            Optional<SignIns.Resumed> resumed = signIns.resume(sessionKey, addresses.of(request));
            if (resumed.isPresent()) {
                AppUser user = resumed.get().user();
                // Held on enrolment: that page, and its language links, which lead back to it.
                if (!path(request).equals(ENROLMENT_PAGE) && !path(request).equals(LanguageSwitch.PATH) && secondFactors.mustEnrol(user)) {
                    return context.redirect(origin.absolute(request, request.getContextPath() + ENROLMENT_PAGE));
                }
                request.setAttribute(UserDirectory.SIGNED_IN, user);
                request.setAttribute(SignIns.CURRENT, resumed.get().ref());
                return context.notifyContainerAboutLogin(user.getUsername(), roleNames(user));
            }
            session.invalidate();
        }
        if (context.isProtected()) {
            return context.redirect(origin.absolute(request, request.getContextPath() + LOGIN_PAGE));
        }
        return context.doNothing();
    }

    /**
     * A valid token signs the caller in. Without one the request goes on unauthenticated: the REST
     * resources answer 401 themselves where a role is needed (a servlet-level failure here would not
     * stop JAX-RS). Metrics are guarded by a servlet constraint, so they are refused here.
     */
    private AuthenticationStatus bearer(HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
        String header = request.getHeader("Authorization");
        Optional<ApiToken> token = header != null && header.regionMatches(true, 0, BEARER, 0, BEARER.length())
                ? tokens.authenticate(header.substring(BEARER.length()).strip(), addresses.of(request))
                : Optional.empty();
        Optional<AppUser> user = token.map(ApiToken::getUser);
        if (user.isPresent()) {
            request.setAttribute(UserDirectory.SIGNED_IN, user.get());
            request.setAttribute(SignIns.CURRENT, new SignInRef(SignInRef.Kind.TOKEN, token.get().getId()));
            return context.notifyContainerAboutLogin(user.get().getUsername(), roleNames(user.get()));
        }
        if (isMetrics(request)) {
            return unauthorized(request, response, header == null ? "problem.detail.401" : "problem.tokenInvalid");
        }
        return context.doNothing();
    }

    private AuthenticationStatus unauthorized(HttpServletRequest request, HttpServletResponse response, String detailKey) {
        try {
            problems.write(request, response, HttpServletResponse.SC_UNAUTHORIZED, detailKey);
        } catch (IOException e) {
            response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
        }
        return AuthenticationStatus.SEND_FAILURE;
    }

    private AuthenticationStatus formSignIn(UsernamePasswordCredential credential, HttpServletRequest request,
                                            HttpServletResponse response, HttpMessageContext context) {
        SignInResult result = authenticator.signIn(credential.getCaller(), credential.getPassword().getValue(), null,
                addresses.of(request), Authenticator.CHANNEL_PAGES);
        credential.getPassword().clear();
        if (result.status() == SignInResult.Status.SECOND_FACTOR_REQUIRED) {
            PendingSignIn.begin(request, result.user().getUsername());
        }
        return signedInOrNot(result, request, response, context);
    }

    private AuthenticationStatus codeStep(OneTimeCodeCredential code, HttpServletRequest request, HttpServletResponse response,
                                          HttpMessageContext context) {
        Optional<PendingSignIn> pending = PendingSignIn.of(request);
        if (pending.isEmpty()) {
            request.setAttribute(SIGN_IN_RESULT, new SignInResult(SignInResult.Status.REFUSED, null, null));
            return AuthenticationStatus.SEND_FAILURE;
        }
        SignInResult result = authenticator.completeSignIn(pending.get().username(), code.code(), addresses.of(request),
                Authenticator.CHANNEL_PAGES);
        if (result.succeeded()) {
            PendingSignIn.end(request);
        }
        return signedInOrNot(result, request, response, context);
    }

    private AuthenticationStatus signedInOrNot(SignInResult result, HttpServletRequest request, HttpServletResponse response,
                                               HttpMessageContext context) {
        if (!result.succeeded()) {
            request.setAttribute(SIGN_IN_RESULT, result);
            return AuthenticationStatus.SEND_FAILURE;
        }
        // A new session id at sign-in: an id planted before it (session fixation) becomes worthless.
        request.getSession(true);
        request.changeSessionId();
        cookies.fix(request, response);
        SignIns.Opened opened = signIns.open(result.user(), addresses.of(request));
        request.getSession().setAttribute(SESSION_KEY, opened.key());
        request.setAttribute(SignIns.CURRENT, opened.ref());
        return context.notifyContainerAboutLogin(result.user().getUsername(), roleNames(result.user()));
    }

    /** Paths for programs (REST, metrics scrapers): bearer tokens only, never the session cookie. */
    static boolean isApi(HttpServletRequest request) {
        String path = path(request);
        return path.equals("/api") || path.startsWith("/api/") || isMetrics(request);
    }

    private static boolean isMetrics(HttpServletRequest request) {
        String path = path(request);
        return path.equals("/metrics") || path.startsWith("/metrics/");
    }

    static boolean isStaticResource(HttpServletRequest request) {
        return path(request).startsWith("/jakarta.faces.resource/");
    }

    private static String path(HttpServletRequest request) {
        return request.getRequestURI().substring(request.getContextPath().length());
    }

    private static Set<String> roleNames(AppUser user) {
        return user.getRoles().stream().map(Role::name).collect(Collectors.toSet());
    }
}
