/*
 * The page in the digits the user chose (<html data-digits="arab">): every page is written in Western digits, and
 * here, in one place, each text shown turns to Arabic-Indic ones (٠-٩) — on load, and whatever an AJAX update or a
 * widget (a calendar, a paginator) writes later — so that one page never mixes the two styles. Codes and hashes keep
 * their Western digits: they are copied and compared as written. Typed input is left as typed; the forms read both.
 */
(function () {
    var ARABIC_INDIC = '٠١٢٣٤٥٦٧٨٩';
    var KEEP = 'script, style, code, pre, kbd, samp, textarea, .mizan-code, .mizan-hash, [data-digits-keep]';

    function shown(text) {
        return text.replace(/[0-9]/g, function (d) {
            return ARABIC_INDIC.charAt(d.charCodeAt(0) - 48);
        });
    }

    function convert(node) {
        if (node.nodeType === Node.TEXT_NODE) {
            var parent = node.parentElement;
            if (parent && /[0-9]/.test(node.nodeValue) && !parent.closest(KEEP)) {
                node.nodeValue = shown(node.nodeValue);
            }
        } else if (node.nodeType === Node.ELEMENT_NODE && !node.matches(KEEP)) {
            for (var child = node.firstChild; child; child = child.nextSibling) {
                convert(child);
            }
        }
    }

    function start() {
        convert(document.body);
        new MutationObserver(function (changes) {
            changes.forEach(function (change) {
                if (change.type === 'characterData') {
                    convert(change.target);
                } else {
                    change.addedNodes.forEach(convert);
                }
            });
        }).observe(document.body, {childList: true, characterData: true, subtree: true});
    }

    if (document.documentElement.getAttribute('data-digits') === 'arab') {
        document.addEventListener('DOMContentLoaded', start);
    }
})();
