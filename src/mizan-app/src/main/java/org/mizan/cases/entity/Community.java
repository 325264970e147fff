package org.mizan.cases.entity;

/**
 * The religious or ethnic community a victim was targeted for, recorded only where it is the motive (Christians driven
 * from the Nineveh Plains, Feyli Kurds, Yazidis, sectarian killings). Sensitive: it can single a family out, so it is
 * shown only to the team's own audiences (INTERNAL, LEGAL) and never to the UN edition, the public or an advocate.
 */
public enum Community {
    CHRISTIAN, YAZIDI, SABEAN_MANDAEAN, SHABAK, KAKAI, FEYLI_KURD, TURKMEN, BAHAI, SHIA, SUNNI, OTHER
}
