// The site's help chat: a small Direct Line 3.0 client (polling) talking to our own bot, same origin.
// The token comes from /v3/directline/tokens/generate with the sign-in cookie, so no secret ever
// reaches the browser. Everything is rendered with textContent: bot text is never parsed as HTML.
(function () {
  'use strict';

  var root = document.querySelector('[data-chat]');
  if (!root) {
    return;
  }

  var toggle = root.querySelector('.chat__toggle');
  var panel = root.querySelector('.chat__panel');
  var closeButton = root.querySelector('.chat__close');
  var log = root.querySelector('.chat__log');
  var suggestions = root.querySelector('.chat__suggestions');
  var status = root.querySelector('.chat__status');
  var form = root.querySelector('.chat__form');
  var input = root.querySelector('.chat__input');
  var data = root.dataset;
  var storageKey = 'partnerhelp.chat.' + data.identity;
  var pollDelay = 1000;

  var state = { token: null, conversationId: null, watermark: '', userId: null, seen: {} };
  var connecting = null;
  var pollTimer = null;

  function save() {
    try {
      sessionStorage.setItem(storageKey, JSON.stringify({
        token: state.token, conversationId: state.conversationId, userId: state.userId
      }));
    } catch (e) { /* storage may be disabled: the chat still works for this page */ }
  }

  function restore() {
    try {
      var saved = JSON.parse(sessionStorage.getItem(storageKey) || 'null');
      if (saved && saved.token && saved.conversationId) {
        state.token = saved.token;
        state.conversationId = saved.conversationId;
        state.userId = saved.userId;
        return true;
      }
    } catch (e) { /* ignore unreadable storage */ }
    return false;
  }

  function call(method, path, body) {
    var headers = { 'Authorization': 'Bearer ' + state.token };
    if (body !== undefined) {
      headers['Content-Type'] = 'application/json';
    }
    return fetch(data.domain + path, {
      method: method,
      headers: headers,
      credentials: 'same-origin',
      body: body === undefined ? undefined : JSON.stringify(body)
    });
  }

  function startNew() {
    return fetch(data.tokenUrl, { method: 'POST', credentials: 'same-origin' })
      .then(function (response) {
        if (!response.ok) { throw new Error('token ' + response.status); }
        return response.json();
      })
      .then(function (conversation) {
        state.token = conversation.token;
        state.conversationId = conversation.conversationId;
        state.userId = 'u-' + Math.random().toString(36).slice(2, 12);
        state.watermark = '';
        state.seen = {};
        return call('POST', '/conversations', { user: { id: state.userId }, locale: data.culture });
      })
      .then(function (response) {
        if (!response.ok) { throw new Error('start ' + response.status); }
        save();
      });
  }

  function connect() {
    if (!connecting) {
      setStatus(data.connecting);
      var resumed = restore()
        ? call('GET', '/conversations/' + encodeURIComponent(state.conversationId)).then(function (response) {
          if (!response.ok) { return startNew(); }
          return undefined;
        })
        : startNew();
      connecting = resumed.then(function () {
        setStatus('');
        poll();
      }, function (error) {
        connecting = null;
        setStatus(data.error);
        throw error;
      });
    }
    return connecting;
  }

  function poll() {
    clearTimeout(pollTimer);
    if (!state.token) {
      return Promise.resolve();
    }
    var path = '/conversations/' + encodeURIComponent(state.conversationId) + '/activities?watermark=' + encodeURIComponent(state.watermark);
    return call('GET', path)
      .then(function (response) {
        if (response.status === 403 || response.status === 404) {
          // Expired or unknown: start over with a fresh conversation.
          connecting = null;
          state.token = null;
          try { sessionStorage.removeItem(storageKey); } catch (e) { /* ignore */ }
          return connect();
        }
        if (!response.ok) { throw new Error('poll ' + response.status); }
        return response.json().then(function (set) {
          if (set.watermark) { state.watermark = set.watermark; }
          (set.activities || []).forEach(render);
          setStatus('');
        });
      })
      .catch(function () { setStatus(data.error); })
      .then(function () {
        if (!panel.hidden) {
          pollTimer = setTimeout(poll, pollDelay);
        }
      });
  }

  function send(text) {
    text = (text || '').trim();
    if (!text) {
      return;
    }
    clearSuggestions();
    connect().then(function () {
      return call('POST', '/conversations/' + encodeURIComponent(state.conversationId) + '/activities', {
        type: 'message',
        from: { id: state.userId, role: 'user' },
        locale: data.culture,
        text: text,
        channelData: { clientActivityID: 'c-' + Date.now().toString(36) }
      });
    }).then(function (response) {
      if (response.status === 413 || response.status === 400) {
        // The server's own localized refusal ("too long", or an invalid message) goes into the chat.
        return response.json().then(function (body) {
          setStatus((body && body.error && body.error.message) || data.error);
        });
      }
      if (!response.ok) { throw new Error('post ' + response.status); }
      return poll();
    }).catch(function () { setStatus(data.error); });
  }

  function render(activity) {
    if (activity.type !== 'message' || state.seen[activity.id]) {
      return;
    }
    state.seen[activity.id] = true;
    var fromUser = activity.from && (activity.from.role === 'user' || activity.from.id === state.userId);
    var item = document.createElement('div');
    item.className = 'chat__msg ' + (fromUser ? 'chat__msg--user' : 'chat__msg--bot');
    item.lang = fromUser ? data.culture : (activity.locale || data.culture);
    // Replies fall back to English until a culture is translated: let the text decide its direction.
    item.dir = 'auto';
    var speaker = document.createElement('span');
    speaker.className = 'chat__hidden';
    speaker.textContent = (fromUser ? data.labelYou : data.labelBot) + ': ';
    item.appendChild(speaker);
    item.appendChild(document.createTextNode(activity.text || ''));
    if (!fromUser) {
      appendLinks(item, activity.attachments || []);
      showSuggestions(activity.suggestedActions);
    }
    log.appendChild(item);
    log.scrollTop = log.scrollHeight;
  }

  function appendLinks(item, attachments) {
    var links = document.createElement('div');
    links.className = 'chat__links';
    attachments.forEach(function (attachment) {
      var buttons = (attachment.content && attachment.content.buttons) || [];
      buttons.forEach(function (button) {
        if (button.type !== 'openUrl' || !isWebUrl(button.value)) {
          return;
        }
        var link = document.createElement('a');
        link.href = button.value;
        link.textContent = button.title || button.value;
        links.appendChild(link);
      });
    });
    if (links.childNodes.length) {
      item.appendChild(links);
    }
  }

  function showSuggestions(suggested) {
    clearSuggestions();
    if (!suggested || !suggested.actions) {
      return;
    }
    if (suggested.to && suggested.to.length && suggested.to.indexOf(state.userId) < 0) {
      return;
    }
    suggested.actions.forEach(function (action) {
      if (action.type !== 'imBack' && action.type !== 'postBack') {
        return;
      }
      var button = document.createElement('button');
      button.type = 'button';
      button.className = 'chat__suggestion';
      button.textContent = action.title || action.value;
      button.addEventListener('click', function () {
        send(String(action.value));
        input.focus();
      });
      suggestions.appendChild(button);
    });
  }

  function clearSuggestions() {
    while (suggestions.firstChild) {
      suggestions.removeChild(suggestions.firstChild);
    }
  }

  function isWebUrl(value) {
    try {
      var url = new URL(value, window.location.href);
      return url.protocol === 'https:' || url.protocol === 'http:';
    } catch (e) {
      return false;
    }
  }

  function setStatus(text) {
    if (status.textContent !== text) {
      status.textContent = text;
    }
  }

  function open() {
    panel.hidden = false;
    toggle.setAttribute('aria-expanded', 'true');
    input.focus();
    return connect().then(poll, function () { /* status already shows the error */ });
  }

  function close() {
    panel.hidden = true;
    clearTimeout(pollTimer);
    toggle.setAttribute('aria-expanded', 'false');
    toggle.focus();
  }

  toggle.addEventListener('click', open);
  closeButton.addEventListener('click', close);
  panel.addEventListener('keydown', function (event) {
    if (event.key === 'Escape') {
      close();
    }
  });
  var room = root.querySelector('.chat__room');
  var maxLength = parseInt(data.maxLength, 10) || 80000;

  function format(template, count) {
    return template.replace('{0}', count.toLocaleString(data.culture));
  }

  // The room left is shown once a message gets long (a pasted e-mail), and always when it is over the limit.
  function showRoom() {
    var length = input.value.length;
    var left = maxLength - length;
    room.classList.toggle('chat__room--over', left < 0);
    room.textContent = left < 0 ? format(data.tooLong, -left) : length > 500 ? format(data.roomLeft, left) : '';
  }

  // A message over the limit is kept in the box and explained in the chat instead of being cut or sent.
  function refuseTooLong() {
    var item = document.createElement('div');
    item.className = 'chat__msg chat__msg--bot chat__msg--notice';
    item.lang = data.culture;
    item.dir = 'auto';
    item.textContent = format(data.tooLongSent, input.value.length - maxLength);
    log.appendChild(item);
    log.scrollTop = log.scrollHeight;
  }

  input.addEventListener('input', showRoom);
  input.addEventListener('keydown', function (event) {
    // Enter sends, Shift+Enter starts a new line (a textarea, so pasted text keeps its lines).
    if (event.key === 'Enter' && !event.shiftKey && !event.isComposing) {
      event.preventDefault();
      form.requestSubmit();
    }
  });
  form.addEventListener('submit', function (event) {
    event.preventDefault();
    if (input.value.length > maxLength) {
      refuseTooLong();
      return;
    }
    var text = input.value;
    input.value = '';
    showRoom();
    send(text);
  });

  // "Ask why" buttons next to a disabled Cancel button open the chat with the question about that order.
  document.addEventListener('click', function (event) {
    var target = event.target instanceof Element ? event.target.closest('[data-ask-order]') : null;
    if (!target) {
      return;
    }
    event.preventDefault();
    var question = data.askTemplate.replace('{0}', target.getAttribute('data-ask-order'));
    open().then(function () { send(question); });
  });
})();
