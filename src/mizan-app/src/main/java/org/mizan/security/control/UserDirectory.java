package org.mizan.security.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.mizan.security.entity.AppUser;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.UnaryOperator;
import java.util.Collection;
import java.util.Map;
import java.util.stream.Collectors;

/** Looks users up; changes go through {@link UserAdministration}. */
@ApplicationScoped
public class UserDirectory {

    /** Request attribute holding the user the authentication mechanism signed in for this request. */
    public static final String SIGNED_IN = UserDirectory.class.getName() + ".signedIn";

    @PersistenceContext
    EntityManager em;

    /** Usernames are compared case-insensitively and without surrounding blanks. */
    public static String normalise(String username) {
        return username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
    }

    public Optional<AppUser> find(String username) {
        return em.createQuery("SELECT u FROM AppUser u WHERE u.username = :username", AppUser.class)
                .setParameter("username", normalise(username))
                .getResultStream().findFirst();
    }

    /** The user behind a session, if still allowed in: disabling an account ends its sessions. */
    public Optional<AppUser> findEnabled(String username) {
        return find(username).filter(AppUser::isEnabled);
    }

    public List<AppUser> all() {
        return em.createQuery("SELECT u FROM AppUser u ORDER BY u.username", AppUser.class).getResultList();
    }

    /**
     * What the pages call each of these users ({@link AppUser#getShownName()}), by username; a username without an
     * account (one removed since) stays as it is.
     */
    public UnaryOperator<String> shownNames(Collection<String> usernames) {
        Map<String, String> names = usernames.isEmpty() ? Map.of()
                : em.createQuery("SELECT u FROM AppUser u WHERE u.username IN :names", AppUser.class)
                        .setParameter("names", usernames).getResultStream()
                        .collect(Collectors.toMap(AppUser::getUsername, AppUser::getShownName));
        return username -> username == null ? null : names.getOrDefault(username, username);
    }

    public long count() {
        return em.createQuery("SELECT COUNT(u) FROM AppUser u", Long.class).getSingleResult();
    }
}
