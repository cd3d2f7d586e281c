// Starts Web Chat on our page: a token from the bot, Direct Line (the local
// endpoint or the service), Dutch, and a "webchat/join" event as soon as the
// connection stands, so the bot welcomes the visitor before they type.
'use strict';

(function () {
  // Web Chat puts this nonce on the styles it injects; the page's CSP allows only those.
  const nonce = document.currentScript && document.currentScript.nonce;
  const status = document.getElementById('status');
  const element = document.getElementById('webchat');

  function joinOnConnect() {
    return function (api) {
      return function (next) {
        return function (action) {
          if (action.type === 'DIRECT_LINE/CONNECT_FULFILLED') {
            api.dispatch({
              type: 'WEB_CHAT/SEND_EVENT',
              payload: { name: 'webchat/join', value: { locale: 'nl-NL' } },
            });
          }
          return next(action);
        };
      };
    };
  }

  async function start() {
    const response = await fetch('/api/directline/token', { method: 'POST' });
    if (!response.ok) throw new Error('token endpoint answered ' + response.status);
    const grant = await response.json();
    const directLine = window.WebChat.createDirectLine({
      token: grant.token,
      domain: new URL(grant.domain, window.location.href).href,
      webSocket: grant.webSocket,
    });
    window.WebChat.renderWebChat(
      {
        directLine: directLine,
        store: window.WebChat.createStore({}, joinOnConnect()),
        locale: 'nl-NL',
        nonce: nonce,
        styleOptions: {
          accent: '#0b3d63',
          hideUploadButton: true,
          bubbleBorderRadius: 8,
          bubbleFromUserBorderRadius: 8,
          suggestedActionLayout: 'flow',
          suggestedActionBorderRadius: 8,
        },
      },
      element,
    );
    status.textContent = '';
  }

  start().catch(function () {
    status.textContent =
      'De chat is op dit moment niet beschikbaar. Probeer het later opnieuw of neem contact op met Quanta NpM.';
  });
})();
