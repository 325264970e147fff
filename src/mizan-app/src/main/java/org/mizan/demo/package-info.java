/**
 * Demo data: synthetic cases, persons, places and narratives in Arabic, Kurdish and English, loaded by an
 * administrator on an empty installation to try Mizan out, and generated in bulk by the benchmarks. Never
 * mixed with real cases.
 */
package org.mizan.demo;
