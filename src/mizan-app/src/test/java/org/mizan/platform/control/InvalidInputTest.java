package org.mizan.platform.control;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

class InvalidInputTest {

    @Test
    void aMissingBodyIsRefusedNamingTheBody() {
        InvalidInput refused = assertThrows(InvalidInput.class, () -> InvalidInput.requireBody(null));
        assertEquals(List.of("body:problem.bodyRequired"),
                refused.errors().stream().map(e -> e.field() + ":" + e.messageKey()).toList());
    }

    @Test
    void aBodyIsPassedOnAsItIs() {
        Object body = new Object();
        assertSame(body, InvalidInput.requireBody(body));
    }
}
