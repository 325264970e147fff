/**
 * The evidence item with its provenance, its custody events and verification records, and their coded values
 * (custody action, verification status and method, inspection status and reason, integrity).
 */
package org.mizan.evidence.entity;
