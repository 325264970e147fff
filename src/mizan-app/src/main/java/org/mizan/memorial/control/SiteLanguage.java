package org.mizan.memorial.control;

import org.mizan.cases.control.ReferenceLabels;
import org.mizan.platform.control.Messages;

/** One language of the site: its code (the folder's name), its texts and the labels of governorates and violation types. */
record SiteLanguage(String code, Messages messages, ReferenceLabels labels) {

    boolean rightToLeft() {
        return Messages.isRightToLeft(messages.locale());
    }

    String dir() {
        return rightToLeft() ? "rtl" : "ltr";
    }

    String text(String key, Object... arguments) {
        return Html.escape(messages.get(key, arguments));
    }
}
