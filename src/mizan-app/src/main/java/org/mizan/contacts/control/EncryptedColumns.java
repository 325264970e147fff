package org.mizan.contacts.control;

import org.mizan.security.entity.SecondFactor;

import java.util.List;

/**
 * Every column that holds ciphertext, by table: what a key rotation re-encrypts and what the
 * start-up check samples. A new encrypted column is added here, or it is neither rotated nor checked.
 */
public enum EncryptedColumns {

    FAMILY_CONTACT("family_contact", "name_enc", "phones_enc", "messengers_enc", "address_enc", "protective_measures_enc",
            "notes_enc"),
    CONTACT_CONSENT("contact_consent", "given_by_enc"),
    CONTACT_COMMUNICATION("contact_communication", "participants_enc", "summary_enc"),
    /** Users' authenticator secrets (security seals them through {@link DataKeySecretSealer}). */
    SECOND_FACTOR(SecondFactor.TABLE, SecondFactor.SECRET_COLUMN, SecondFactor.PENDING_SECRET_COLUMN);

    private final String table;
    private final List<String> columns;

    EncryptedColumns(String table, String... columns) {
        this.table = table;
        this.columns = List.of(columns);
    }

    public String table() {
        return table;
    }

    public List<String> columns() {
        return columns;
    }

    /** What a value is bound to: decrypting it anywhere else fails. */
    public String context(String column, long rowId) {
        return table + "." + column + "#" + rowId;
    }
}
