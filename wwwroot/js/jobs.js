// Operators' jobs dashboard: live graph and counters without reload, and confirmation of actions.
// No inline script anywhere, so the pages work under a strict Content-Security-Policy.
(function () {
    'use strict';

    function confirmActions() {
        document.querySelectorAll('form[data-confirm]').forEach(function (form) {
            var box = form.querySelector('input[name="confirm"]');
            if (box) {
                // With script on, the dialog is the confirmation; without it, the required checkbox is.
                box.closest('label').hidden = true;
                box.required = false;
            }
            form.addEventListener('submit', function (event) {
                if (!window.confirm(form.getAttribute('data-confirm'))) {
                    event.preventDefault();
                    return;
                }
                if (box) {
                    box.checked = true;
                }
            });
        });
    }

    function drawLine(svg, series, points, max) {
        var line = svg.querySelector('polyline[data-series="' + series + '"]');
        if (!line || points.length === 0) {
            return;
        }
        var step = points.length > 1 ? 600 / (points.length - 1) : 600;
        line.setAttribute('points', points.map(function (p, i) {
            return (i * step).toFixed(1) + ',' + (110 - 100 * p[series] / max).toFixed(1);
        }).join(' '));
    }

    function liveGraph() {
        var svg = document.querySelector('svg[data-live-graph]');
        if (!svg) {
            return;
        }
        var url = svg.getAttribute('data-url');
        function refresh() {
            fetch(url, { credentials: 'same-origin', headers: { Accept: 'application/json' } })
                .then(function (response) { return response.ok ? response.json() : null; })
                .then(function (data) {
                    if (!data) {
                        return;
                    }
                    var max = Math.max(1, Math.max.apply(null, data.points.map(function (p) { return Math.max(p.s, p.f); })));
                    drawLine(svg, 's', data.points, max);
                    drawLine(svg, 'f', data.points, max);
                    Object.keys(data.counters).forEach(function (state) {
                        var cell = document.querySelector('[data-counter="' + state + '"]');
                        if (cell) {
                            cell.textContent = new Intl.NumberFormat(document.documentElement.lang).format(data.counters[state]);
                        }
                    });
                    svg.setAttribute('data-updated', String(Date.now()));
                })
                .catch(function () { /* the next tick tries again */ });
        }
        refresh();
        window.setInterval(refresh, 2000);
    }

    document.addEventListener('DOMContentLoaded', function () {
        confirmActions();
        liveGraph();
    });
})();
