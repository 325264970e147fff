package org.mizan.security.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.mizan.platform.boundary.PageMessages;
import org.mizan.platform.control.NotFound;
import org.mizan.security.control.ActiveSignIn;
import org.mizan.security.control.CurrentUser;
import org.mizan.security.control.SignIns;
import org.mizan.security.control.UserDirectory;
import org.mizan.security.entity.AppUser;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;

/** My sessions page: where I am signed in (web sessions and API tokens), and "sign out everywhere else". */
@Named
@RequestScoped
public class SessionsView {

    private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").withZone(ZoneOffset.UTC);

    /** One line of the list, as shown. */
    public record Row(String kind, String created, String lastUsed, String address, boolean current) {

        static Row of(ActiveSignIn signIn) {
            return new Row(signIn.kind().name(), format(signIn.createdAt()), format(signIn.lastUsedAt()),
                    signIn.clientAddress() == null ? "" : signIn.clientAddress(), signIn.current());
        }

        public String getKind() {
            return kind;
        }

        public String getCreated() {
            return created;
        }

        public String getLastUsed() {
            return lastUsed;
        }

        public String getAddress() {
            return address;
        }

        public boolean isCurrent() {
            return current;
        }
    }

    @Inject
    SignIns signIns;
    @Inject
    UserDirectory users;
    @Inject
    CurrentUser currentUser;

    private List<Row> rows;

    public List<Row> getSessions() {
        if (rows == null) {
            rows = signIns.of(me(), currentUser.signIn()).stream().map(Row::of).toList();
        }
        return rows;
    }

    public void signOutEverywhere() {
        int ended = signIns.endOthers(me(), currentUser.signIn(), currentUser.actor(), "signed out everywhere else");
        PageMessages.info("sessions.ended", ended);
        rows = null;
    }

    private AppUser me() {
        String username = currentUser.actor().username();
        return users.findEnabled(username).orElseThrow(() -> new NotFound("user " + username));
    }

    private static String format(Instant instant) {
        return instant == null ? "" : MINUTE.format(instant);
    }
}
