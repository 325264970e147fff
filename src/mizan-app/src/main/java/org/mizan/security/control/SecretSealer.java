package org.mizan.security.control;

/**
 * Seals a secret under the server's data key, bound to where it is stored ({@code table.column#row}).
 * Security sits below the component that holds the data key (contacts, which uses security's roles),
 * so it asks for this interface and the holder of the key provides it through CDI: no cycle, one key,
 * and the key rotation and start-up key check cover these secrets too.
 */
public interface SecretSealer {

    String seal(String secret, String table, String column, long rowId);

    String open(String sealed, String table, String column, long rowId);
}
