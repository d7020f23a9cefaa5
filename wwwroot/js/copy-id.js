// Buttons marked data-copy="element-id" copy that element's text (a Reservation ID or Reservation Order ID)
// to the clipboard and announce it through the page's data-copy-status live region, in the button's
// data-copied text (localized by the page). No inline script: the site's CSP forbids it.
(function () {
  'use strict';

  var status = document.querySelector('[data-copy-status]');

  // Where the async clipboard is missing or refuses (no focus, no permission), copy a selection instead.
  function copyBySelection(source) {
    var selection = window.getSelection();
    var range = document.createRange();
    range.selectNodeContents(source);
    selection.removeAllRanges();
    selection.addRange(range);
    var copied = false;
    try {
      copied = document.execCommand('copy');
    } catch (e) {
      copied = false;
    }
    selection.removeAllRanges();
    return copied;
  }

  document.querySelectorAll('button[data-copy]').forEach(function (button) {
    button.addEventListener('click', function () {
      var source = document.getElementById(button.getAttribute('data-copy'));
      if (!source) {
        return;
      }

      var text = source.textContent.trim();
      var done = function () {
        if (status) {
          status.textContent = button.getAttribute('data-copied');
        }
      };

      if (navigator.clipboard && navigator.clipboard.writeText) {
        navigator.clipboard.writeText(text).then(done, function () {
          if (copyBySelection(source)) {
            done();
          }
        });
      } else if (copyBySelection(source)) {
        done();
      }
    });
  });
}());
