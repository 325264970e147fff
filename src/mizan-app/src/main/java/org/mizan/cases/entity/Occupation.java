package org.mizan.cases.entity;

/** The role that often explains why someone was targeted. */
public enum Occupation {
    ACTIVIST, JOURNALIST, LAWYER, PROTESTER, MEDIC, STUDENT, BLOGGER, TRADE_UNIONIST, CIVIL_SERVANT, OTHER
}
