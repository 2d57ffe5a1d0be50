// The ccoin block explorer: a small single-page app over the node's own JSON API and event stream.
// No build step and no outside resources: it must work on a machine without internet access.
'use strict';

const API = '/api/v1';
const RECENT = 20;
const CHART_BLOCKS = 50;
const view = document.getElementById('view');
const state = { blocks: [], txs: [], events: null };

function h(tag, attrs, ...children) {
  const el = document.createElement(tag);
  for (const [key, value] of Object.entries(attrs || {})) {
    if (key === 'class') el.className = value; else el.setAttribute(key, value);
  }
  for (const child of children.flat()) {
    if (child !== null && child !== undefined) el.append(child instanceof Node ? child : String(child));
  }
  return el;
}

const short = (hex, n = 12) => (hex && hex.length > n ? hex.slice(0, n) + '…' : hex || '');
const link = (href, text, cls) => h('a', { href, class: cls || 'mono' }, text);
const blockLink = (idOrHash, text) => link('#/block/' + idOrHash, text ?? short(String(idOrHash)));
const txLink = (hash) => link('#/tx/' + hash, short(hash));
const accountLink = (address) => link('#/account/' + address, short(address, 10));
const time = (ms) => new Date(ms).toLocaleTimeString();
const section = (title, ...body) => h('section', {}, h('h2', {}, title), ...body);

async function api(path) {
  const response = await fetch(API + path, { headers: { Accept: 'application/json' } });
  const body = await response.json().catch(() => ({}));
  if (!response.ok) throw new Error(body.error ? body.error + ': ' + body.message : 'HTTP ' + response.status);
  return body;
}

function table(headers, rows) {
  return h('table', {}, h('thead', {}, h('tr', {}, headers.map((x) => h('th', {}, x)))),
    h('tbody', {}, rows));
}

function fields(pairs) {
  return h('dl', {}, pairs.flatMap(([k, v]) => [h('dt', {}, k), h('dd', {}, v)]));
}

function showError(error) {
  view.replaceChildren(section('Not found', h('p', { class: 'error' }, error.message)));
}

// ---- Home: head, recent blocks and transactions live, chart, peers, authorities ----

function blockRow(b, fresh) {
  return h('tr', { class: fresh ? 'fresh' : '' },
    h('td', {}, blockLink(b.height, '#' + b.height)), h('td', { class: 'mono' }, blockLink(b.hash)),
    h('td', {}, b.transactionCount), h('td', {}, accountLink(b.miner)),
    h('td', {}, b.height === 0 ? h('span', { class: 'tag' }, 'genesis')
      : h('span', { class: 'tag ' + (b.inTurn ? 'ok' : 'warn') }, b.inTurn ? 'in turn' : 'backup')),
    h('td', {}, time(b.timestamp)));
}

function txRow(t, fresh) {
  return h('tr', { class: fresh ? 'fresh' : '' }, h('td', {}, txLink(t.hash)), h('td', {}, accountLink(t.from)),
    h('td', {}, accountLink(t.to)), h('td', {}, t.amount), h('td', {}, t.status));
}

function drawChart(canvas, blocks) {
  // Genesis is left out: its timestamp is the chain's birth, not a sealing time.
  const ordered = blocks.filter((b) => b.height > 0).sort((a, b) => a.height - b.height).slice(-CHART_BLOCKS);
  const ctx = canvas.getContext('2d');
  const width = canvas.width = canvas.clientWidth * devicePixelRatio;
  const height = canvas.height = canvas.clientHeight * devicePixelRatio;
  ctx.clearRect(0, 0, width, height);
  if (ordered.length < 2) return;
  const intervals = ordered.slice(1).map((b, i) => (b.timestamp - ordered[i].timestamp) / 1000);
  const counts = ordered.slice(1).map((b) => b.transactionCount);
  const maxInterval = Math.max(1, ...intervals);
  const maxCount = Math.max(1, ...counts);
  const step = width / intervals.length;
  ctx.fillStyle = '#c9d6f2';
  counts.forEach((c, i) => {
    const bar = (c / maxCount) * (height - 20);
    ctx.fillRect(i * step + 1, height - bar, Math.max(1, step - 2), bar);
  });
  ctx.strokeStyle = '#2956b2';
  ctx.lineWidth = 2 * devicePixelRatio;
  ctx.beginPath();
  intervals.forEach((s, i) => {
    const x = i * step + step / 2;
    const y = height - (s / maxInterval) * (height - 20);
    if (i === 0) ctx.moveTo(x, y); else ctx.lineTo(x, y);
  });
  ctx.stroke();
  ctx.fillStyle = '#1d2330';
  ctx.font = 12 * devicePixelRatio + 'px sans-serif';
  ctx.fillText('line: seconds between blocks (max ' + maxInterval.toFixed(1) + ' s); bars: transactions per block (max '
    + maxCount + ')', 6 * devicePixelRatio, 14 * devicePixelRatio);
}

async function home() {
  const [status, page, peers, authorities] = await Promise.all([
    api('/status'), api('/blocks?limit=' + CHART_BLOCKS), api('/peers'), api('/authorities')]);
  state.blocks = page.blocks;
  const headBox = h('div', { id: 'head' });
  const blockBody = h('tbody', { id: 'recent-blocks' }, state.blocks.slice(0, RECENT).map((b) => blockRow(b)));
  const txBody = h('tbody', { id: 'recent-txs' }, state.txs.map((t) => txRow(t)));
  const canvas = h('canvas', { id: 'chart' });
  const renderHead = (s) => headBox.replaceChildren(fields([
    ['head', h('span', {}, blockLink(s.head.height, '#' + s.head.height), ' ', blockLink(s.head.hash))],
    ['total work', s.head.totalWork], ['sync', s.sync.state], ['peers', s.peerCount],
    ['pool', s.pool.pending + ' pending, ' + s.pool.queued + ' queued'],
    ['mining', s.mining.enabled ? (s.mining.hashRate / 1e6).toFixed(2) + ' MH/s' : 'off'],
    ['node', s.type + ' ' + (s.nodeId || '')], ['genesis', short(s.genesisHash, 16)]]));
  renderHead(status);
  view.replaceChildren(
    section('Head', headBox),
    section('Block intervals and transactions', canvas),
    h('section', { class: 'wide' }, h('h2', {}, 'Recent blocks'),
      h('table', {}, h('thead', {}, h('tr', {}, ['height', 'hash', 'txs', 'miner', 'sealed', 'time'].map((x) => h('th', {}, x)))), blockBody)),
    section('Recent transactions',
      h('table', {}, h('thead', {}, h('tr', {}, ['hash', 'from', 'to', 'amount', 'status'].map((x) => h('th', {}, x)))), txBody)),
    section('Peers', table(['node', 'address', 'direction', 'head'], peers.peers.map((p) => h('tr', {},
      h('td', { class: 'mono' }, short(p.nodeId, 10)), h('td', {}, p.host + ':' + p.port), h('td', {}, p.direction),
      h('td', {}, p.headHeight)))), peers.count === 0 ? h('p', { class: 'muted' }, 'no peers connected') : null),
    section('Authorities', table(['address', 'slot', 'sealed (last 64)', 'last seen'], authorities.authorities.map((a) =>
      h('tr', {}, h('td', {}, accountLink(a.address)), h('td', {}, a.slot), h('td', {}, a.recentBlocks),
        h('td', {}, a.lastSeen ? blockLink(a.lastSeen.height, '#' + a.lastSeen.height) : 'never'))))));
  drawChart(canvas, state.blocks);
  listen({
    // The page is fetched again on every new head, so a block that arrived between the first fetch and the
    // stream's start, or a reorg, still shows; rows not shown before flash.
    block() {
      api('/blocks?limit=' + CHART_BLOCKS).then((latest) => {
        const known = new Set(state.blocks.map((x) => x.hash));
        state.blocks = latest.blocks;
        blockBody.replaceChildren(...state.blocks.slice(0, RECENT).map((x) => blockRow(x, !known.has(x.hash))));
        drawChart(canvas, state.blocks);
      }).catch(() => {});
      api('/status').then(renderHead).catch(() => {});
    },
    tx(t) {
      state.txs = [t, ...state.txs].slice(0, RECENT);
      txBody.prepend(txRow(t, true));
      while (txBody.children.length > RECENT) txBody.lastChild.remove();
    },
  });
}

// ---- Detail pages ----

async function blockPage(id) {
  const b = await api('/blocks/' + encodeURIComponent(id) + '?full=true');
  view.replaceChildren(h('section', { class: 'wide' }, h('h2', {}, 'Block #' + b.height),
    fields([['hash', b.hash], ['parent', b.height > 0 ? blockLink(b.parentHash, b.parentHash) : b.parentHash],
      ['miner', accountLink(b.miner)], ['sealed', b.inTurn ? 'in turn' : 'backup (out of turn)'],
      ['time', new Date(b.timestamp).toISOString() + ' (' + b.timestamp + ' ms)'], ['difficulty', b.difficulty],
      ['work', b.work], ['total work', b.totalWork], ['nonce', b.nonce], ['tx root', b.txRoot],
      ['state root', b.stateRoot], ['data', b.data], ['size', b.size + ' bytes'],
      ['canonical', b.canonical ? 'yes' : 'no (side branch)']])),
  h('section', { class: 'wide' }, h('h2', {}, b.transactionCount + ' transactions'),
    table(['hash', 'from', 'to', 'amount', 'nonce'], (b.transactions || []).map((t) => h('tr', {},
      h('td', {}, txLink(t.hash)), h('td', {}, accountLink(t.from)), h('td', {}, accountLink(t.to)),
      h('td', {}, t.amount), h('td', {}, t.nonce))))));
}

function utf8(hex) {
  try {
    const bytes = new Uint8Array(hex.match(/../g) || []);
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch (e) {
    return null;
  }
}

async function txPage(hash) {
  const t = await api('/transactions/' + encodeURIComponent(hash));
  const text = t.data ? utf8(t.data) : '';
  view.replaceChildren(h('section', { class: 'wide' }, h('h2', {}, 'Transaction'),
    fields([['hash', t.hash], ['status', h('span', { class: 'tag ' + (t.status === 'included' ? 'ok' : 'warn') }, t.status)],
      ['block', t.blockHash ? h('span', {}, blockLink(t.blockHash, '#' + t.blockHeight), ' position ' + t.index) : '—'],
      ['from', accountLink(t.from)], ['to', accountLink(t.to)], ['amount', t.amount], ['nonce', t.nonce],
      ['data', t.data ? (text !== null ? '"' + text + '" ' : '') + '0x' + t.data : '(none)'],
      ['timestamp', new Date(t.timestamp).toISOString()], ['stamp nonce', t.workNonce], ['size', t.size + ' bytes']])));
}

async function accountPage(address) {
  const [a, history] = await Promise.all([api('/accounts/' + encodeURIComponent(address)),
    api('/accounts/' + encodeURIComponent(address) + '/transactions?limit=50')]);
  view.replaceChildren(h('section', { class: 'wide' }, h('h2', {}, 'Account'),
    fields([['address', a.address], ['balance', a.balance], ['nonce', a.nonce], ['pending nonce', a.pendingNonce]])),
  h('section', { class: 'wide' }, h('h2', {}, 'Transactions'),
    table(['hash', 'block', 'from', 'to', 'amount'], history.transactions.map((t) => h('tr', {},
      h('td', {}, txLink(t.hash)), h('td', {}, t.blockHash ? blockLink(t.blockHash, '#' + t.blockHeight) : t.status),
      h('td', {}, accountLink(t.from)), h('td', {}, accountLink(t.to)), h('td', {}, t.amount)))),
    history.transactions.length === 0 ? h('p', { class: 'muted' }, 'no transactions') : null));
}

// ---- Search, routing, live events ----

async function search(query) {
  const q = query.trim().replace(/^0x/i, '');
  if (/^\d+$/.test(q)) return '#/block/' + q;
  if (/^[0-9a-fA-F]{40}$/.test(q)) return '#/account/' + q.toLowerCase();
  if (/^[0-9a-fA-F]{64}$/.test(q)) {
    try {
      await api('/blocks/' + q);
      return '#/block/' + q.toLowerCase();
    } catch (e) {
      return '#/tx/' + q.toLowerCase();
    }
  }
  throw new Error('Search takes a height, a 64-digit block or transaction hash, or a 40-digit address.');
}

function listen(handlers) {
  if (state.events) state.events.close();
  state.events = new EventSource(API + '/events');
  for (const [name, handler] of Object.entries(handlers)) {
    state.events.addEventListener(name, (event) => handler(JSON.parse(event.data)));
  }
}

async function route() {
  if (state.events) {
    state.events.close();
    state.events = null;
  }
  const [, page, id] = location.hash.split('/');
  try {
    if (page === 'block') await blockPage(decodeURIComponent(id));
    else if (page === 'tx') await txPage(decodeURIComponent(id));
    else if (page === 'account') await accountPage(decodeURIComponent(id));
    else await home();
  } catch (error) {
    showError(error);
  }
}

document.getElementById('search').addEventListener('submit', async (event) => {
  event.preventDefault();
  const input = document.getElementById('search-input');
  try {
    location.hash = await search(input.value);
  } catch (error) {
    showError(error);
  }
});
window.addEventListener('hashchange', route);
api('/status').then((s) => {
  document.getElementById('node-line').textContent = s.type + ' node · network ' + s.networkId;
}).catch(() => {});
route();
