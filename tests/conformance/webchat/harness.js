// Renders Bot Framework Web Chat 4.18.1 against the site's Direct Line, recording every Redux action.
(async function () {
  window.__actions = [];
  const response = await fetch('/v3/directline/tokens/generate', { method: 'POST', credentials: 'same-origin' });
  const { token } = await response.json();
  // ?ws=1 uses Web Chat's default transport, the WebSocket stream; otherwise polling.
  const webSocket = new URLSearchParams(window.location.search).get('ws') === '1';
  const directLine = window.WebChat.createDirectLine({
    domain: window.location.origin + '/v3/directline', token, webSocket, pollingInterval: 300
  });
  const store = window.WebChat.createStore({}, () => (next) => (action) => {
    window.__actions.push(action.type);
    return next(action);
  });
  window.WebChat.renderWebChat({ directLine, store, locale: 'en-US', styleOptions: { hideUploadButton: true } }, document.getElementById('webchat'));
})();
