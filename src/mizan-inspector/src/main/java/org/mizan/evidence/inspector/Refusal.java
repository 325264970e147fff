package org.mizan.evidence.inspector;

/**
 * Why the worker did not inspect a file. The names are the protocol with the server, which has the
 * words for them in every language ({@code org.mizan.evidence.entity.InspectionReason}).
 */
enum Refusal {
    ZIP_BOMB, XML_BOMB, NESTED_TOO_DEEP, POLYGLOT, ENCRYPTED, OUT_OF_MEMORY, UNREADABLE
}
