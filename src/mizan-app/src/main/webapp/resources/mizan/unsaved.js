/*
 * Unsaved changes. A form marked data-unsaved-guard="true" holds changes the server does not have yet when the user
 * typed into it, or when the page says so itself (an element with data-unsaved-state="true", refreshed by every AJAX
 * answer: a person picked or created, a row removed). Until a save succeeds, leaving the page — a link, another case,
 * signing out, closing the tab — makes the browser ask first, and the elements of class mizan-unsaved say so on the page.
 * The button marked data-unsaved-save saves; an answer that sends the browser elsewhere (a new case opening under its
 * reference) is the page leaving on purpose.
 */
(function () {
    'use strict';
    var typedInto = {};
    var saving = 0;
    var leaving = false;

    function guardOf(element) {
        return element && element.closest ? element.closest('form[data-unsaved-guard="true"]') : null;
    }

    function isUnsaved() {
        return Object.keys(typedInto).length > 0 || document.querySelector('[data-unsaved-state="true"]') !== null;
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
            typedInto[form.id] = true;
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
                // Saved, or refused with the page's values kept: what was typed has reached the server either way,
                // and the server's data-unsaved-state now says whether the case still differs from what is stored.
                if (xhr.mizanSaves && !(args && args.validationFailed)) {
                    delete typedInto[xhr.mizanSaves.id];
                }
            }
            showState();
        });
    }
})();
