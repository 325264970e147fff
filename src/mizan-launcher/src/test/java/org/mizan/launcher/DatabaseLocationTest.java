package org.mizan.launcher;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class DatabaseLocationTest {

    @Test
    void pgDumpGetsTheUrlWithoutTheDriversParameters() {
        DatabaseLocation location = new DatabaseLocation("jdbc:postgresql://db.example:6432/mizan?sslmode=require&tcpKeepAlive=true",
                "mizan", "secret");
        assertEquals("postgresql://db.example:6432/mizan", location.libpqUri());
        assertEquals("mizan", location.name());
        assertEquals("postgresql://localhost/mizan", new DatabaseLocation("jdbc:postgresql://localhost/mizan", "u", "").libpqUri());
    }
}
