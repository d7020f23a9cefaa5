// Hangfire's layout names the language (lang="ar") but not the direction: right-to-left languages get dir="rtl",
// which operator-dashboard.css lays out. Served by the dashboard from the site's own origin, as the CSP requires.
(function () {
    'use strict';
    var rtl = ['ar', 'fa', 'he', 'ur'];
    var root = document.documentElement;
    if (rtl.indexOf((root.getAttribute('lang') || '').toLowerCase()) >= 0) {
        root.setAttribute('dir', 'rtl');
    }
})();
