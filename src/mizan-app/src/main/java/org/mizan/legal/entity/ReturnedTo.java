package org.mizan.legal.entity;

/** Where an annulled verdict sends the file. */
public enum ReturnedTo {
    RETRIAL, FURTHER_INVESTIGATION
}
