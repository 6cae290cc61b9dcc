// The dashboard of one service port of contacts-mock-server. Plain DOM, no build step.
// Every value from the server is put in the page with textContent or as a property, never parsed as HTML:
// stored contacts and logged requests come from whoever called the mock.
(function () {
  'use strict';

  const TOKEN_KEY = 'contacts-mock-admin-token';
  const PAGE_SIZE = 20;
  const POLL_MS = 1000;
  const MAX_ROWS = 200;

  const state = {
    token: sessionStorage.getItem(TOKEN_KEY) || '',
    latest: 0,
    logRows: 0,
    workspaces: [],
    selected: null,
    offset: 0,
    apiLoaded: false,
    config: null,
  };

  const $ = (id) => document.getElementById(id);

  function el(tag, props, children) {
    const node = document.createElement(tag);
    Object.entries(props || {}).forEach(([name, value]) => {
      if (name === 'text') node.textContent = value;
      else if (name === 'className') node.className = value;
      else node.setAttribute(name, value);
    });
    (children || []).forEach((child) => node.append(child));
    return node;
  }

  // Admin requests carry the token as a header, never in the URL (URLs end up in logs and history).
  async function admin(path, options) {
    const headers = Object.assign({ Accept: 'application/json' }, (options && options.headers) || {});
    if (state.token) headers.Authorization = 'Bearer ' + state.token;
    const response = await fetch(path, Object.assign({}, options, { headers, credentials: 'omit', cache: 'no-store' }));
    if (response.status === 401) {
      notice(state.token ? 'The admin token was refused. Enter the token the mock was started with.'
        : 'This mock requires an admin token (--admin-token or the one printed at start-up). Enter it above.');
      throw new Error('unauthorised');
    }
    if (!response.ok) {
      let message = 'HTTP ' + response.status;
      try { const body = await response.json(); message = body.message || body.error || message; } catch (e) { /* not JSON */ }
      notice(message, true);
      throw new Error(message);
    }
    clearNotice();
    return response.json();
  }

  function notice(text, error) {
    const box = $('notice');
    box.textContent = text;
    box.className = error ? 'notice error' : 'notice';
    box.hidden = false;
  }

  function clearNotice() {
    $('notice').hidden = true;
  }

  // ---- token ----
  function setupToken() {
    $('token').value = state.token;
    $('token-form').addEventListener('submit', (event) => {
      event.preventDefault();
      state.token = $('token').value.trim();
      if (state.token) sessionStorage.setItem(TOKEN_KEY, state.token); else sessionStorage.removeItem(TOKEN_KEY);
      clearNotice();
      refreshAll();
    });
    $('forget-token').addEventListener('click', () => {
      state.token = '';
      $('token').value = '';
      sessionStorage.removeItem(TOKEN_KEY);
    });
  }

  // ---- tabs ----
  function setupTabs() {
    document.querySelectorAll('[role="tab"]').forEach((tab) => {
      tab.addEventListener('click', () => showTab(tab.dataset.tab));
    });
    const fromHash = () => {
      const tab = (location.hash || '').replace('#', '');
      if (['log', 'contacts', 'api'].includes(tab)) showTab(tab);
    };
    window.addEventListener('hashchange', fromHash);
    fromHash();
  }

  function showTab(name) {
    document.querySelectorAll('[role="tab"]').forEach((tab) => {
      tab.setAttribute('aria-selected', String(tab.dataset.tab === name));
    });
    ['log', 'contacts', 'api'].forEach((tab) => { $('tab-' + tab).hidden = tab !== name; });
    history.replaceState(null, '', '#' + name);
    if (name === 'contacts') loadWorkspaces();
    if (name === 'api') loadApiReference();
  }

  // ---- services ----
  async function loadConfig() {
    const config = await admin('/__admin/ui/config');
    state.config = config;
    $('service-name').textContent = config.displayName;
    $('service-port').textContent = 'emulation on port ' + location.port;
    document.title = config.displayName + ' · contacts-mock-server';
    $('sample-key').textContent = config.sampleApiKey;
    const nav = $('services');
    nav.replaceChildren();
    config.services.forEach((service) => {
      const link = el('a', { text: service.displayName });
      const url = new URL(location.href);
      url.port = String(Number(service.port));
      url.hash = '';
      url.search = '';
      url.pathname = '/__admin/ui';
      link.href = url.toString();
      if (service.current) link.setAttribute('aria-current', 'page');
      nav.append(link);
    });
  }

  // ---- live log ----
  async function poll() {
    if (!$('log-paused').checked) {
      try {
        const page = await admin('/__admin/ui/events?after=' + encodeURIComponent(String(state.latest)));
        if (page.latest < state.latest) state.latest = 0; // the server restarted
        addEvents(page.events);
        state.latest = page.latest;
        if (page.events.length) contactsMayHaveChanged();
        $('live-dot').className = 'dot on';
        $('log-state').textContent = 'live · updates every second';
      } catch (e) {
        $('live-dot').className = 'dot off';
        $('log-state').textContent = 'not connected';
      }
    }
    setTimeout(poll, POLL_MS);
  }

  function addEvents(events) {
    const body = $('log-body');
    // events come newest first; insert the oldest first so the newest ends on top
    events.slice().reverse().forEach((event) => {
      body.prepend(logRow(event, state.latest > 0));
      state.logRows++;
    });
    while (body.children.length > MAX_ROWS) body.lastElementChild.remove();
    $('log-empty').hidden = body.children.length > 0;
    $('log-count').textContent = String(body.children.length);
  }

  function logRow(event, fresh) {
    const time = event.time ? new Date(event.time).toLocaleTimeString([], { hour12: false }) : '';
    const status = Number(event.status) || 0;
    const statusCell = el('span', { className: 'status s' + String(status).charAt(0), text: status ? String(status) : 'fault' });
    const by = String(event.answeredBy || '');
    const why = el('ul', { className: 'why' }, (event.why || []).map((reason) => el('li', { text: String(reason) })));
    const row = el('tr', { className: fresh ? 'fresh' : '' }, [
      el('td', { className: 'time', text: time }),
      el('td', {}, [el('span', { className: 'method', text: String(event.method || '') })]),
      el('td', { className: 'path', text: String(event.path || '') }),
      el('td', { className: 'key', text: String(event.key || '') }),
      el('td', {}, [statusCell]),
      el('td', { className: 'num', text: event.ms === undefined ? '' : (event.ms < 1 ? '<1' : String(event.ms)) }),
      el('td', {}, [el('span', { className: by.startsWith('your stub') ? 'by user' : 'by', text: by })]),
      el('td', {}, [why]),
    ]);
    row.dataset.status = String(status);
    return row;
  }

  // ---- stored contacts ----
  // GET /__admin/contacts lists every workspace; one workspace is read page by page with limit/offset.
  // A server that ignores limit/offset answers the whole list: then the page is cut here.
  async function fetchWorkspaces() {
    const body = await admin('/__admin/contacts');
    state.workspaces = (body.workspaces || []).map((w) => ({
      apiKey: String(w.apiKey),
      count: Number(w.total !== undefined ? w.total : (w.count !== undefined ? w.count : (w.contacts || []).length)),
      contacts: w.contacts || [],
    }));
    const total = state.workspaces.reduce((sum, w) => sum + w.count, 0);
    $('contacts-count').textContent = String(total);
    $('contacts-state').textContent = state.workspaces.length + ' workspace(s), ' + total + ' contact(s)';
  }

  // New requests may have stored or removed contacts: keep the count (and an open contacts view) current,
  // unless the user is confirming a delete.
  function contactsMayHaveChanged() {
    if ($('tab-contacts').hidden) fetchWorkspaces().catch(() => {});
    else if ($('delete-confirm').hidden) loadWorkspaces();
  }

  async function loadWorkspaces() {
    try {
      await fetchWorkspaces();
      if (state.selected && !state.workspaces.some((w) => w.apiKey === state.selected)) state.selected = null;
      if (!state.selected && state.workspaces.length) { state.selected = state.workspaces[0].apiKey; state.offset = 0; }
      renderWorkspaces();
      await loadContacts();
    } catch (e) {
      $('contacts-state').textContent = 'could not load: ' + e.message;
    }
  }

  function matches(value, filter) {
    return !filter || JSON.stringify(value).toLowerCase().includes(filter);
  }

  function renderWorkspaces() {
    const filter = $('search').value.trim().toLowerCase();
    const list = $('workspaces');
    list.replaceChildren();
    state.workspaces
      .filter((w) => matches(w.apiKey, filter) || w.contacts.some((c) => matches(c, filter)))
      .forEach((w) => {
        const button = el('button', { type: 'button' }, [
          el('span', { className: 'k', text: w.apiKey }),
          el('span', { className: 'count', text: String(w.count) }),
        ]);
        button.title = w.apiKey;
        if (w.apiKey === state.selected) button.setAttribute('aria-current', 'true');
        button.addEventListener('click', () => { state.selected = w.apiKey; state.offset = 0; renderWorkspaces(); loadContacts(); });
        list.append(el('li', {}, [button]));
      });
    $('workspaces-empty').hidden = state.workspaces.length > 0;
    $('workspace').hidden = !state.selected;
  }

  async function loadContacts() {
    resetDelete();
    if (!state.selected) return;
    const key = state.selected;
    const body = await admin('/__admin/contacts?apiKey=' + encodeURIComponent(key)
      + '&limit=' + PAGE_SIZE + '&offset=' + state.offset);
    let contacts = body.contacts || [];
    let total;
    if (body.total !== undefined) {
      total = Number(body.total);
    } else {
      total = contacts.length;
      contacts = contacts.slice(state.offset, state.offset + PAGE_SIZE);
    }
    const filter = $('search').value.trim().toLowerCase();
    const shown = contacts.filter((c) => matches(c, filter));
    $('workspace-key').textContent = key;
    $('workspace-summary').textContent = total + ' contact(s)'
      + (body.evicted ? ', ' + body.evicted + ' evicted by the store bound' : '')
      + (filter ? ' · ' + shown.length + ' on this page match “' + filter + '”' : '');
    renderContacts(shown);
    const last = Math.min(state.offset + PAGE_SIZE, total);
    $('page-info').textContent = total ? (state.offset + 1) + '–' + last + ' of ' + total : '';
    $('page-prev').disabled = state.offset === 0;
    $('page-next').disabled = last >= total;
  }

  function renderContacts(contacts) {
    const columns = [];
    contacts.forEach((contact) => Object.keys(contact).forEach((name) => {
      if (!columns.includes(name)) columns.push(name);
    }));
    // fields some contact on the page has a value for come first (in the service's own order), empty ones last
    const filled = (name) => contacts.some((c) => c[name] !== null && c[name] !== undefined && c[name] !== ''
      && !(Array.isArray(c[name]) && c[name].length === 0));
    columns.sort((a, b) => Number(filled(b)) - Number(filled(a)));
    $('contacts-head').replaceChildren(...columns.map((name) => el('th', { text: name })));
    $('contacts-body').replaceChildren(...contacts.map((contact) => el('tr', {}, columns.map((name) => {
      const value = contact[name];
      if (value === null || value === undefined) return el('td', { className: 'cell none', text: '—' });
      const text = typeof value === 'object' ? JSON.stringify(value) : String(value);
      const cell = el('td', { className: 'cell', text });
      cell.title = text;
      return cell;
    }))));
  }

  function resetDelete() {
    $('delete-workspace').hidden = false;
    $('delete-confirm').hidden = true;
    $('delete-cancel').hidden = true;
  }

  function setupContacts() {
    $('refresh-contacts').addEventListener('click', loadWorkspaces);
    $('search').addEventListener('input', () => { renderWorkspaces(); loadContacts(); });
    $('page-prev').addEventListener('click', () => { state.offset = Math.max(0, state.offset - PAGE_SIZE); loadContacts(); });
    $('page-next').addEventListener('click', () => { state.offset += PAGE_SIZE; loadContacts(); });
    $('delete-workspace').addEventListener('click', () => {
      $('delete-workspace').hidden = true;
      $('delete-confirm').hidden = false;
      $('delete-cancel').hidden = false;
    });
    $('delete-cancel').addEventListener('click', resetDelete);
    $('delete-confirm').addEventListener('click', async () => {
      const key = state.selected;
      const result = await admin('/__admin/contacts?apiKey=' + encodeURIComponent(key), { method: 'DELETE' });
      state.selected = null;
      await loadWorkspaces();
      notice('Deleted workspace ' + key + ' (' + (result.deleted === undefined ? '?' : result.deleted) + ' contact(s)).');
    });
  }

  // ---- API reference (Swagger UI from the webjar, loaded when first shown) ----
  function loadApiReference() {
    if (state.apiLoaded) return;
    state.apiLoaded = true;
    const css = el('link', { rel: 'stylesheet', href: '/__admin/ui/assets/swagger-ui/swagger-ui.css' });
    document.head.append(css);
    const script = el('script', { src: '/__admin/ui/assets/swagger-ui/swagger-ui-bundle.js' });
    script.addEventListener('load', () => {
      window.SwaggerUIBundle({
        url: '/__admin/spec',
        domNode: $('swagger'),
        deepLinking: false,
        tryItOutEnabled: true,
        // the admin token goes only to this mock's admin paths (the spec), never to the emulated API
        requestInterceptor: (request) => {
          const url = new URL(request.url, location.href);
          if (url.origin === location.origin && url.pathname.startsWith('/__admin/') && state.token) {
            request.headers.Authorization = 'Bearer ' + state.token;
          }
          return request;
        },
        presets: [window.SwaggerUIBundle.presets.apis],
        layout: 'BaseLayout',
      });
    });
    document.body.append(script);
  }

  function refreshAll() {
    loadConfig().catch(() => {});
    if (!$('tab-contacts').hidden) loadWorkspaces();
  }

  document.addEventListener('DOMContentLoaded', () => {
    setupToken();
    setupTabs();
    setupContacts();
    $('log-clear').addEventListener('click', () => {
      $('log-body').replaceChildren();
      $('log-empty').hidden = false;
      $('log-count').textContent = '0';
    });
    loadConfig().catch(() => {});
    poll();
  });
})();
