package org.mizan.imports.entity;

public enum ImportBatchState {
    IMPORTED,
    ROLLED_BACK
}
