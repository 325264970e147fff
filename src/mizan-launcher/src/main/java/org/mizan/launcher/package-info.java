/**
 * The programs around the server: {@link org.mizan.launcher.MizanLauncher} (the run command: embedded
 * PostgreSQL with fsync on, then Payara Micro serving the WAR), {@link org.mizan.launcher.RotateDataKey},
 * {@link org.mizan.launcher.VerifyAuditTrail}, and {@link org.mizan.launcher.Backup} / {@link org.mizan.launcher.Restore}
 * (whose work is done by {@link org.mizan.launcher.BackupCommand}, {@link org.mizan.launcher.RestoreCommand} and
 * {@link org.mizan.launcher.VerifyCommand}, which the tests call directly). Separate programs: nothing here is in the WAR.
 */
package org.mizan.launcher;
