/**
 * Benchmarks (start-up, search, evidence upload, periodic report, import), each against its floor in the same
 * run, and {@link org.mizan.bench.GenerateCases}, the bulk generator of synthetic cases they and the
 * search-at-scale test use. A separate program: nothing here is in the WAR.
 */
package org.mizan.bench;
