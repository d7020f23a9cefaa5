// Forms marked data-submit-once disable their submit buttons after the first submit, so a double click
// sends one request. The server refuses duplicates anyway; this only spares the second round trip.
(function () {
  'use strict';

  document.querySelectorAll('form[data-submit-once]').forEach(function (form) {
    form.addEventListener('submit', function () {
      window.setTimeout(function () {
        form.querySelectorAll('button[type="submit"]').forEach(function (button) {
          button.disabled = true;
          button.setAttribute('aria-disabled', 'true');
        });
      }, 0);
    });
  });
}());
