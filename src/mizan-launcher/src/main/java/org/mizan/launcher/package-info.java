/**
 * The programs around the server: {@link org.mizan.launcher.MizanLauncher} (the run command: embedded
 * PostgreSQL with fsync on, then Payara Micro serving the WAR), {@link org.mizan.launcher.RotateDataKey} and
 * {@link org.mizan.launcher.VerifyAuditTrail}. Separate programs: nothing here is in the WAR.
 */
package org.mizan.launcher;
