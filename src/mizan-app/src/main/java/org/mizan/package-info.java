/**
 * Mizan, one package per business component ({@code cases}, {@code evidence}, {@code contacts}, {@code legal},
 * {@code reports}, {@code imports}, {@code audit}, {@code security}, {@code demo}) on {@code platform}, each in
 * {@code boundary}, {@code control} and {@code entity} layers; docs/architecture.md gives the rules between them.
 */
package org.mizan;
