package org.mizan.security.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.credential.Password;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.mizan.audit.control.AuditTrail;
import org.mizan.audit.entity.AuditEvent;
import org.mizan.audit.entity.Outcome;
import org.mizan.platform.boundary.PageMessages;
import org.mizan.security.control.CurrentUser;
import org.mizan.security.control.SignInResult;

import java.io.IOException;

import static jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters.withParams;

/** The sign-in form (password, then the authenticator's code where the account has one) and the sign-out button. */
@Named
@RequestScoped
public class LoginView {

    public static final String ACTION_LOGOUT = "LOGOUT";

    @Inject
    SecurityContext securityContext;
    @Inject
    CurrentUser currentUser;
    @Inject
    AuditTrail audit;

    private String username;
    private String password;
    private String code;

    /** Someone already signed in has no business on the sign-in page. */
    public void redirectIfSignedIn() throws IOException {
        if (securityContext.getCallerPrincipal() != null) {
            ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
            external.redirect(external.getRequestContextPath() + "/index.xhtml");
        }
    }

    public String signIn() {
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext external = faces.getExternalContext();
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        AuthenticationStatus status = securityContext.authenticate(request, (HttpServletResponse) external.getResponse(),
                withParams().newAuthentication(true)
                        .credential(new UsernamePasswordCredential(username == null ? "" : username,
                                new Password(password == null ? "" : password))));
        password = null;
        if (status == AuthenticationStatus.SUCCESS) {
            return "/index.xhtml?faces-redirect=true";
        }
        if (status == AuthenticationStatus.SEND_CONTINUE) {
            faces.responseComplete();
            return null;
        }
        SignInResult result = (SignInResult) request.getAttribute(MizanAuthenticationMechanism.SIGN_IN_RESULT);
        if (result != null && result.status() == SignInResult.Status.THROTTLED) {
            PageMessages.error("login.throttled", result.retryAfterMinutes());
        } else if (result == null || result.status() != SignInResult.Status.SECOND_FACTOR_REQUIRED) {
            PageMessages.error("login.failed");
        }
        return null;
    }

    /** The second step: the code from the authenticator app, or a recovery code. */
    public String submitCode() {
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext external = faces.getExternalContext();
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        AuthenticationStatus status = securityContext.authenticate(request, (HttpServletResponse) external.getResponse(),
                withParams().newAuthentication(true).credential(new OneTimeCodeCredential(code == null ? "" : code)));
        code = null;
        if (status == AuthenticationStatus.SUCCESS) {
            return "/index.xhtml?faces-redirect=true";
        }
        SignInResult result = (SignInResult) request.getAttribute(MizanAuthenticationMechanism.SIGN_IN_RESULT);
        SignInResult.Status refusal = result == null ? SignInResult.Status.REFUSED : result.status();
        switch (refusal) {
            case THROTTLED -> PageMessages.error("login.throttled", result.retryAfterMinutes());
            case SECOND_FACTOR_WRONG -> PageMessages.error("login.codeWrong");
            default -> {
                PendingSignIn.end(request);
                PageMessages.error("login.codeExpired");
            }
        }
        return null;
    }

    /** Back to the password step, e.g. to sign in as someone else. */
    public String startOver() {
        PendingSignIn.end((HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext().getRequest());
        return "/login.xhtml?faces-redirect=true";
    }

    public boolean isAwaitingCode() {
        return PendingSignIn.of((HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext().getRequest())
                .isPresent();
    }

    public String signOut() throws ServletException {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        var who = currentUser.actor();
        audit.record(new AuditEvent(who.username(), who.clientAddress(), ACTION_LOGOUT, "ui", Outcome.SUCCESS, null));
        request.logout();
        external.invalidateSession();
        return "/login.xhtml?faces-redirect=true&signedOut=true";
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }
}
