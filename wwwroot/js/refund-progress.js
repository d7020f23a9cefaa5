// Live refund progress: polls GET /api/v1/orders/{id}/refund and redraws the status, the message and the
// timeline from the server's own (localized) words. No inline script, no eval: works under script-src 'self'.
(function () {
  'use strict';

  var section = document.querySelector('[data-refund-progress]');
  if (!section || section.getAttribute('data-refund-final') === 'true') {
    return;
  }

  var url = section.getAttribute('data-refund-url');
  var interval = parseInt(section.getAttribute('data-refund-interval') || '3000', 10);
  var message = section.querySelector('[data-refund-message]');
  var statusText = section.querySelector('[data-refund-status-text]');
  var steps = section.querySelector('[data-refund-steps]');
  var failures = 0;

  function render(progress) {
    if (progress.status === section.getAttribute('data-refund-status')) {
      return;
    }

    section.setAttribute('data-refund-status', progress.status);
    statusText.textContent = progress.statusText;
    message.textContent = progress.message;
    section.classList.toggle('refund-progress--done', progress.succeeded === true);
    progress.steps.forEach(function (step) {
      var item = steps.querySelector('[data-step="' + step.status + '"]');
      if (!item) {
        // The last step switches between Refunded and Failed (a failed refund can be retried by an operator).
        item = steps.lastElementChild.cloneNode(true);
        steps.replaceChild(item, steps.lastElementChild);
        item.setAttribute('data-step', step.status);
      }

      item.classList.toggle('timeline__step--reached', step.reached === true);
      item.querySelector('.timeline__label').textContent = step.label;
      var when = item.querySelector('time');
      if (step.reached && step.at) {
        if (!when) {
          when = document.createElement('time');
          var pending = item.querySelector('.timeline__pending');
          if (pending) {
            pending.remove();
          }
          item.appendChild(when);
        }
        when.setAttribute('datetime', step.at);
        when.textContent = step.atText;
      }
    });
  }

  function poll() {
    fetch(url, { credentials: 'same-origin', headers: { Accept: 'application/json' }, cache: 'no-store' })
      .then(function (response) {
        if (!response.ok) {
          throw new Error('HTTP ' + response.status);
        }
        return response.json();
      })
      .then(function (progress) {
        failures = 0;
        render(progress);
        if (!progress.isFinal) {
          window.setTimeout(poll, interval);
        }
      })
      .catch(function () {
        // A dropped connection or a restart: back off, but keep following the refund.
        failures += 1;
        window.setTimeout(poll, Math.min(interval * Math.pow(2, failures), 60000));
      });
  }

  window.setTimeout(poll, interval);
}());
