/*
 * Unsaved changes. A form marked data-unsaved-guard="true" holds changes the server does not have yet when the user
 * typed into it, or when the page says so itself (an element with data-unsaved-state="true", refreshed by every AJAX
 * answer: a person picked or created, a row removed). Until a save succeeds, leaving the page — a link, another case,
 * signing out, closing the tab — makes the browser ask first, and the elements of class mizan-unsaved say so on the page.
 * The button marked data-unsaved-save saves; an answer that sends the browser elsewhere (a new case opening under its
 * reference) is the page leaving on purpose. A form that is gone or hidden (an editor closed, a dialog cancelled, a
 * form re-rendered after its save) holds nothing any more.
 */
(function () {
    'use strict';
    var typedInto = new Set();
    var saving = 0;
    var leaving = false;

    function guardOf(element) {
        return element && element.closest ? element.closest('form[data-unsaved-guard="true"]') : null;
    }

    function isShown(form) {
        return form.isConnected && form.getClientRects().length > 0;
    }

    function isUnsaved() {
        return Array.from(typedInto).some(isShown) || document.querySelector('[data-unsaved-state="true"]') !== null;
    }

    function showState() {
        var unsaved = isUnsaved();
        document.querySelectorAll('.mizan-unsaved').forEach(function (badge) {
            badge.hidden = !unsaved;
        });
    }

    function typed(event) {
        var form = guardOf(event.target);
        // A person picker's text is a search, not a change: what it picks comes back as data-unsaved-state.
        if (form && !event.target.closest('.ui-autocomplete')) {
            typedInto.add(form);
            showState();
        }
    }

    function sourceOf(settings) {
        var id = window.PrimeFaces ? PrimeFaces.ajax.Utils.getSourceId(settings) : null;
        return id ? document.getElementById(id) : null;
    }

    document.addEventListener('input', typed, true);
    document.addEventListener('change', typed, true);
    document.addEventListener('DOMContentLoaded', showState);

    window.addEventListener('beforeunload', function (event) {
        if (isUnsaved() && saving === 0 && !leaving) {
            event.preventDefault();
            event.returnValue = '';
        }
    });

    if (window.jQuery) {
        jQuery(document).on('pfAjaxSend', function (event, xhr, settings) {
            var source = sourceOf(settings);
            if (source && source.closest('[data-unsaved-save="true"]')) {
                saving++;
                xhr.mizanSaves = guardOf(source);
            }
        });
        jQuery(document).on('pfAjaxSuccess', function (event, xhr) {
            var answer = xhr.responseXML;
            if (answer && answer.getElementsByTagName('redirect').length > 0) {
                leaving = true;
            }
        });
        jQuery(document).on('pfAjaxComplete', function (event, xhr, settings, args) {
            if (xhr.mizanSaves !== undefined) {
                saving--;
                // Saved, or refused by the service with the values kept: what was typed has reached the server, whose
                // data-unsaved-state now says whether the case still differs from what is stored. Refused by
                // validation: the typed values were not taken, so the (re-rendered) form still holds them.
                var form = xhr.mizanSaves;
                if (form) {
                    Array.from(typedInto).filter(function (f) { return f.id === form.id; })
                        .forEach(function (f) { typedInto.delete(f); });
                    var now = document.getElementById(form.id);
                    if (args && args.validationFailed && now) {
                        typedInto.add(now);
                    }
                }
            }
            showState();
        });
    }
})();
