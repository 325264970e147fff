package org.mizan.contacts.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.mizan.security.control.SecretSealer;

import java.util.Arrays;

/**
 * Lends the data key to security for users' authenticator secrets, in the same format, bound to
 * row and column the same way, so {@link StoredKeys} rotates and checks them with the contact data.
 */
@ApplicationScoped
public class DataKeySecretSealer implements SecretSealer {

    @Inject
    DataKeys keys;

    @Override
    public String seal(String secret, String table, String column, long rowId) {
        return keys.cipher().encrypt(secret, context(table, column, rowId));
    }

    @Override
    public String open(String sealed, String table, String column, long rowId) {
        return keys.cipher().decrypt(sealed, context(table, column, rowId));
    }

    /** Only into columns the rotation and the start-up check know of: anything else would be a key that never rotates. */
    private static String context(String table, String column, long rowId) {
        EncryptedColumns known = Arrays.stream(EncryptedColumns.values())
                .filter(t -> t.table().equals(table) && t.columns().contains(column))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException(table + "." + column + " is not listed in EncryptedColumns"));
        return known.context(column, rowId);
    }
}
