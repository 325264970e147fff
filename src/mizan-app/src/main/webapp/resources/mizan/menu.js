/*
 * The menu on a narrow screen: folded behind a "Menu" button so that the page, not the menu, fills a phone's screen.
 * Without this script the button stays hidden and the menu open, so the menu always works.
 */
(function () {
    'use strict';
    function setUp() {
        var header = document.querySelector('.mizan-header');
        var toggle = header && header.querySelector('.mizan-menu-toggle');
        if (!toggle) {
            return;
        }
        header.classList.add('mizan-menu-foldable');
        toggle.hidden = false;
        toggle.addEventListener('click', function () {
            var open = header.classList.toggle('mizan-menu-open');
            toggle.setAttribute('aria-expanded', open ? 'true' : 'false');
        });
    }
    if (document.readyState === 'loading') {
        document.addEventListener('DOMContentLoaded', setUp);
    } else {
        setUp();
    }
}());
