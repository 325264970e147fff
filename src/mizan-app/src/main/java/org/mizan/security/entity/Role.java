package org.mizan.security.entity;

/**
 * What a user may do. A user holds one or more. The string constants serve annotations such as
 * {@code @RolesAllowed(Role.Names.ADMIN)}, which cannot take enum values.
 */
public enum Role {
    ADMIN, INVESTIGATOR, LAWYER, ADVOCATE;

    public static final class Names {
        public static final String ADMIN = "ADMIN";
        public static final String INVESTIGATOR = "INVESTIGATOR";
        public static final String LAWYER = "LAWYER";
        public static final String ADVOCATE = "ADVOCATE";

        private Names() {
        }
    }
}
