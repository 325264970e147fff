package org.mizan.launcher;

import com.sun.management.HotSpotDiagnosticMXBean;
import org.mizan.platform.control.NativeHeap;

import java.lang.management.ManagementFactory;

/**
 * The run command hosts the launcher in Maven's JVM. Once Mizan is ready that JVM only waits for Ctrl-C, yet its heap
 * still holds what the build left (a few hundred MiB resident, more than PostgreSQL needs); this gives it back.
 */
final class BuildMemory {

    private BuildMemory() {
    }

    static void release() {
        // Both ratios are manageable at run time; the minimum must not exceed the maximum at any moment. With
        // -XX:-ShrinkHeapInSteps (.mvn/jvm.config) one collection shrinks the heap to the live data plus 10 %.
        HotSpotDiagnosticMXBean vm = ManagementFactory.getPlatformMXBean(HotSpotDiagnosticMXBean.class);
        vm.setVMOption("MinHeapFreeRatio", "5");
        vm.setVMOption("MaxHeapFreeRatio", "10");
        System.gc();
        NativeHeap.trim();
    }
}
