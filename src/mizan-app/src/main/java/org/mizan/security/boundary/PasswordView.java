package org.mizan.security.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.mizan.platform.boundary.PageMessages;
import org.mizan.platform.control.InvalidInput;
import org.mizan.platform.control.NotFound;
import org.mizan.security.control.CurrentUser;
import org.mizan.security.control.TooManyAttempts;
import org.mizan.security.control.UserAdministration;

import java.util.Objects;

/** A signed-in user changes their own password, proving they know the current one. */
@Named
@RequestScoped
public class PasswordView {

    static final String FORM = "password";

    @Inject
    UserAdministration administration;
    @Inject
    CurrentUser currentUser;

    private String current;
    private String newPassword;
    private String repeat;

    public void change() {
        try {
            if (!Objects.equals(newPassword, repeat)) {
                PageMessages.show(FORM, new InvalidInput("repeat", "password.mismatch"));
                return;
            }
            administration.changeOwnPassword(current, newPassword, currentUser.actor(), currentUser.signIn());
            PageMessages.info("password.changed");
        } catch (InvalidInput e) {
            PageMessages.show(FORM, e);
        } catch (TooManyAttempts e) {
            PageMessages.error("login.throttled", e.retryAfterMinutes());
        } catch (NotFound e) {
            PageMessages.error("password.currentWrong");
        } finally {
            current = null;
            newPassword = null;
            repeat = null;
        }
    }

    public String getCurrent() {
        return current;
    }

    public void setCurrent(String current) {
        this.current = current;
    }

    public String getNewPassword() {
        return newPassword;
    }

    public void setNewPassword(String newPassword) {
        this.newPassword = newPassword;
    }

    public String getRepeat() {
        return repeat;
    }

    public void setRepeat(String repeat) {
        this.repeat = repeat;
    }
}
