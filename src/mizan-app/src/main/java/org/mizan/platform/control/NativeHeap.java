package org.mizan.platform.control;

import javax.management.JMException;
import javax.management.ObjectName;
import java.lang.management.ManagementFactory;
import java.util.logging.Logger;

/** The C library's side of a JVM's memory: glibc keeps what the JVM freed natively in its arenas, resident. */
public final class NativeHeap {

    private static final Logger LOG = Logger.getLogger(NativeHeap.class.getName());

    private NativeHeap() {
    }

    /**
     * Returns the freed native memory to the system, through the JVM's own {@code System.trim_native_heap} (the
     * diagnostic command of Java 17.0.9 and later); on a JVM without it, nothing happens. True when it was trimmed.
     */
    public static boolean trim() {
        try {
            ManagementFactory.getPlatformMBeanServer().invoke(new ObjectName("com.sun.management:type=DiagnosticCommand"),
                    "systemTrimNativeHeap", new Object[0], new String[0]);
            return true;
        } catch (JMException | RuntimeException notAvailable) {
            LOG.fine(() -> "The native heap could not be trimmed on this JVM: " + notAvailable.getClass().getName());
            return false;
        }
    }
}
