package org.mizan.security.boundary;

import jakarta.security.enterprise.credential.Credential;

/** The second step of the sign-in form: a code from the authenticator app, or a recovery code. */
record OneTimeCodeCredential(String code) implements Credential {
}
