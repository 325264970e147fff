/**
 * The inspection worker: a program of its own, run by the server in a separate JVM for one file at
 * a time, that parses the file with Apache Tika and prints what it found. It is never part of the
 * WAR: Tika's parsers (some 90 jars) and whatever a hostile file does to them stay out of the
 * server. The server bounds it in time, memory and output; the worker bounds the parse itself
 * (text, embedded documents, nesting, entity expansion) and recognises hostile files (zip bombs,
 * XML bombs, deep nesting, polyglots) so that they end with a reason rather than a timeout.
 */
package org.mizan.evidence.inspector;
