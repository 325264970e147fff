package org.mizan.security.entity;

/** Who is acting, and from where: what the audit trail needs to know about a change. */
public record Actor(String username, String clientAddress) {

    /** Mizan itself, acting at start-up with nobody signed in. */
    public static final Actor SYSTEM = new Actor("system", null);
}
