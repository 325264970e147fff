package org.mizan.platform.control;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertTrue;

class NativeHeapTest {

    /** The JDK this project builds and runs on (17.0.9 or later) has the command: a wrong operation name would fail here. */
    @Test
    void theJvmTrimsItsNativeHeapOnRequest() {
        assertTrue(NativeHeap.trim());
    }
}
