package org.mizan.memorial.control;

import org.mizan.cases.control.ReferenceLabels;
import org.mizan.platform.control.Messages;

import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** One language of the site: its code (the folder's name), its texts and the labels of governorates and violation types. */
record SiteLanguage(String code, Messages messages, ReferenceLabels labels, Map<String, String> memo) {

    SiteLanguage(String code, Messages messages, ReferenceLabels labels) {
        this(code, messages, labels, new ConcurrentHashMap<>());
    }

    boolean rightToLeft() {
        return Messages.isRightToLeft(messages.locale());
    }

    String dir() {
        return rightToLeft() ? "rtl" : "ltr";
    }

    /** A text of the bundles, escaped; the same text with the same arguments is formatted once for the whole site. */
    String text(String key, Object... arguments) {
        return memo.computeIfAbsent(key + Arrays.toString(arguments), k -> Html.escape(messages.get(key, arguments)));
    }
}
