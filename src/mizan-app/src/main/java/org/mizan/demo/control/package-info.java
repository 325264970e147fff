/**
 * The synthetic data: invented Iraqi name chains, places, narratives, persons and cases, weighted like real
 * documentation, loaded through the same services as the pages ({@link org.mizan.demo.control.DemoDataLoader}) or
 * generated in bulk by the benchmarks.
 */
package org.mizan.demo.control;
