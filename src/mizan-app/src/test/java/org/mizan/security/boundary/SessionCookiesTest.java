package org.mizan.security.boundary;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class SessionCookiesTest {

    @Test
    void theSessionCookieGetsHttpOnlyAndSameSiteStrictAndSecureOnlyOverHttps() {
        assertEquals("MIZANSESSION=abc; Path=/; HttpOnly; SameSite=Strict",
                SessionCookies.withAttributes("MIZANSESSION=abc; Path=/", false));
        assertEquals("MIZANSESSION=abc; Path=/; HttpOnly; SameSite=Strict; Secure",
                SessionCookies.withAttributes("MIZANSESSION=abc; Path=/", true));
    }

    @Test
    void attributesTheContainerAlreadySentAreNotRepeatedNorKeptWhenWrong() {
        assertEquals("MIZANSESSION=abc; Path=/; HttpOnly; SameSite=Strict",
                SessionCookies.withAttributes("MIZANSESSION=abc; Path=/;SameSite=Lax;SameSite=Lax; HttpOnly; Secure", false));
    }
}
