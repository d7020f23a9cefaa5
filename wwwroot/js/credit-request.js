// Credit request form: picking an incident fills in its customer and date, and the deadline (the last
// day of the calendar month after the incident) follows the date. The server computes and checks the
// same deadline; this only shows it before submitting.
(function () {
  'use strict';

  var form = document.querySelector('form[data-credit-request]');
  if (!form) {
    return;
  }

  var incident = form.querySelector('#credit-incident');
  var customer = form.querySelector('#credit-customer');
  var date = form.querySelector('#credit-date');
  var deadline = form.querySelector('#credit-deadline');
  var lang = document.documentElement.lang || undefined;

  function showDeadline() {
    var match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date.value);
    if (!match) {
      deadline.textContent = '';
      return;
    }

    var last = new Date(Date.UTC(Number(match[1]), Number(match[2]) + 1, 0));
    var text = new Intl.DateTimeFormat(lang, { dateStyle: 'long', timeZone: 'UTC' }).format(last);
    deadline.textContent = deadline.getAttribute('data-template').replace('{0}', text);
  }

  incident.addEventListener('change', function () {
    var option = incident.options[incident.selectedIndex];
    if (option && option.value) {
      customer.value = option.getAttribute('data-customer') || customer.value;
      date.value = option.getAttribute('data-date') || date.value;
      var category = form.querySelector('input[name="Input.Category"][value="ServiceIncident"]');
      if (category) {
        category.checked = true;
      }

      showDeadline();
    }
  });
  date.addEventListener('change', showDeadline);
  date.addEventListener('input', showDeadline);
}());
