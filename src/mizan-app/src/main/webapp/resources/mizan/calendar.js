/*
 * Month names as the forms write them: the Iraqi Arabic names (كانون الأول, not ديسمبر or جانفي) and the Sorani
 * Gregorian names, given by the server from the same source as the forms' month menus. PrimeFaces' own Arabic locale
 * has the Maghrebi names, and its schedule (FullCalendar) asks the browser, which says ديسمبر.
 */
var mizanCalendar = (function () {
    var names = null;

    function use() {
        var script = document.querySelector('meta[name="mizan-calendar"]');
        if (!script) {
            return;
        }
        names = {
            months: JSON.parse(script.getAttribute('data-months')),
            monthsShort: JSON.parse(script.getAttribute('data-months-short'))
        };
        var locale = window.PrimeFaces && PrimeFaces.locales && PrimeFaces.locales[script.getAttribute('data-language')];
        if (locale) {
            locale.monthNames = names.months;
            locale.monthNamesShort = names.monthsShort;
        }
    }

    /** A p:schedule extender: the title names the month as the forms do, with Western digits as everywhere else. */
    function schedule() {
        if (!names) {
            return;
        }
        this.cfg.options.titleFormat = function (arg) {
            return names.months[arg.date.month] + ' ' + arg.date.year;
        };
    }

    // On DOM ready, before the widgets: PrimeFaces creates them in ready handlers registered later than this one.
    if (window.jQuery) {
        jQuery(use);
    } else {
        document.addEventListener('DOMContentLoaded', use);
    }

    return {schedule: schedule};
})();
