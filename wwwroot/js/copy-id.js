// Buttons marked data-copy="element-id" copy that element's text (a Reservation ID or Reservation Order ID)
// to the clipboard and announce it through the page's data-copy-status live region, in the button's
// data-copied text (localized by the page). No inline script: the site's CSP forbids it.
(function () {
  'use strict';

  var status = document.querySelector('[data-copy-status]');

  document.querySelectorAll('button[data-copy]').forEach(function (button) {
    button.addEventListener('click', function () {
      var source = document.getElementById(button.getAttribute('data-copy'));
      if (!source || !navigator.clipboard) {
        return;
      }

      var text = source.textContent.trim();
      navigator.clipboard.writeText(text).then(function () {
        button.setAttribute('data-copied-value', text);
        if (status) {
          status.textContent = button.getAttribute('data-copied');
        }
      });
    });
  });
}());
