package org.mizan.security.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.mizan.platform.boundary.PageMessages;
import org.mizan.platform.control.Conflict;
import org.mizan.platform.control.InvalidInput;
import org.mizan.platform.control.NotFound;
import org.mizan.security.control.CurrentUser;
import org.mizan.security.control.SecondFactors;
import org.mizan.security.control.UserDirectory;

import java.io.Serializable;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * Setting up an authenticator app: scan the QR code (or type the secret), confirm with a code, then
 * note the ten recovery codes shown this once. Users who must have one are held on this page until done.
 */
@Named
@ViewScoped
public class SecondFactorView implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String FORM = "enrol";
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy-MM-dd").withZone(ZoneOffset.UTC);

    @Inject
    SecondFactors secondFactors;
    @Inject
    UserDirectory users;
    @Inject
    CurrentUser currentUser;

    private boolean enrolled;
    private boolean mustEnrol;
    private String enrolledOn;
    private long recoveryCodesLeft;
    private String secret;
    private String qrCode;
    private String code;
    private List<String> recoveryCodes = List.of();

    @PostConstruct
    void load() {
        String username = currentUser.actor().username();
        SecondFactors.Status status = secondFactors.status(users.findEnabled(username)
                .orElseThrow(() -> new NotFound("user " + username)));
        enrolled = status.enrolled();
        mustEnrol = status.mustEnrol();
        enrolledOn = status.enrolledAt() == null ? null : DAY.format(status.enrolledAt());
        recoveryCodesLeft = status.recoveryCodesLeft();
        if (!enrolled) {
            SecondFactors.Enrolment enrolment = secondFactors.startEnrolment(username);
            secret = enrolment.secret();
            qrCode = QrCodes.pngDataUri(enrolment.uri());
        }
    }

    public void confirm() {
        try {
            recoveryCodes = List.copyOf(secondFactors.confirmEnrolment(code, currentUser.actor(), currentUser.signIn()));
            enrolled = true;
            mustEnrol = false;
            secret = null;
            qrCode = null;
            PageMessages.info("twoFactor.enrolled");
        } catch (InvalidInput e) {
            PageMessages.show(FORM, e);
        } catch (Conflict e) {
            PageMessages.show(e);
        } finally {
            code = null;
        }
    }

    public boolean isEnrolled() {
        return enrolled;
    }

    public boolean isMustEnrol() {
        return mustEnrol;
    }

    public String getEnrolledOn() {
        return enrolledOn;
    }

    public long getRecoveryCodesLeft() {
        return recoveryCodesLeft;
    }

    /** The secret in groups of four, easier to type into an app by hand. */
    public String getSecret() {
        return secret == null ? null : secret.replaceAll("(.{4})(?!$)", "$1 ");
    }

    public String getQrCode() {
        return qrCode;
    }

    public List<String> getRecoveryCodes() {
        return recoveryCodes;
    }

    public boolean isShowingRecoveryCodes() {
        return !recoveryCodes.isEmpty();
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }
}
