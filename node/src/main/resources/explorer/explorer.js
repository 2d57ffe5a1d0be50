// The ccoin block explorer: a small single-page app over the node's own JSON API and event stream.
// No build step and no outside resources: it must work on a machine without internet access.
'use strict';

const API = '/api/v1';
const RECENT = 20;
const CHART_BLOCKS = 100;
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

// ---- Home: head, recent blocks and transactions live, and the chart ----

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

// The last CHART_BLOCKS blocks after genesis, oldest first, and the block before them (for the first interval).
async function chartData() {
  const page = await api('/blocks?limit=' + CHART_BLOCKS);
  const blocks = page.blocks.filter((b) => b.height > 0).reverse();
  const parent = blocks.length > 0 && blocks[0].height > 1 ? await api('/blocks/' + (blocks[0].height - 1)) : null;
  return { page, blocks, parent };
}

function chartTitle(blocks) {
  return blocks.length === 0 ? 'Block intervals and transactions per block'
    : `Block intervals and transactions per block: the last ${blocks.length} blocks, #${blocks[0].height}–#${blocks[blocks.length - 1].height}`;
}

async function home() {
  const [status, data] = await Promise.all([api('/status'), chartData()]);
  state.blocks = data.page.blocks;
  const headBox = h('div', { id: 'head' });
  const blockBody = h('tbody', { id: 'recent-blocks' }, state.blocks.slice(0, RECENT).map((b) => blockRow(b)));
  const txBody = h('tbody', { id: 'recent-txs' }, state.txs.map((t) => txRow(t)));
  const chartHeading = h('h2', { id: 'chart-title' }, chartTitle(data.blocks));
  const chartBox = h('div', { class: 'chart' }, blockChart(data.blocks, data.parent));
  const renderHead = (s) => headBox.replaceChildren(fields([
    ['head', h('span', {}, blockLink(s.head.height, '#' + s.head.height), ' ', blockLink(s.head.hash))],
    ['total work', s.head.totalWork], ['sync', s.sync.state], ['peers', h('a', { href: '#/peers' }, s.peerCount)],
    ['pool', s.pool.pending + ' pending, ' + s.pool.queued + ' queued'],
    ['mining', s.mining.enabled ? (s.mining.hashRate / 1e6).toFixed(2) + ' MH/s' : 'off'],
    ['node', s.type + ' ' + (s.nodeId || '')], ['genesis', short(s.genesisHash, 16)]]));
  renderHead(status);
  view.replaceChildren(
    section('Head', headBox),
    section('Recent transactions',
      h('table', {}, h('thead', {}, h('tr', {}, ['hash', 'from', 'to', 'amount', 'status'].map((x) => h('th', {}, x)))), txBody)),
    h('section', { class: 'wide' }, chartHeading, chartBox),
    h('section', { class: 'wide' }, h('h2', {}, 'Recent blocks'),
      h('table', {}, h('thead', {}, h('tr', {}, ['height', 'hash', 'txs', 'miner', 'sealed', 'time'].map((x) => h('th', {}, x)))), blockBody)));
  listen({
    // The blocks are fetched again on every new head, so a block that arrived between the first fetch and the
    // stream's start, or a reorg, still shows; rows not shown before flash.
    block() {
      chartData().then((latest) => {
        const known = new Set(state.blocks.map((x) => x.hash));
        state.blocks = latest.page.blocks;
        blockBody.replaceChildren(...state.blocks.slice(0, RECENT).map((x) => blockRow(x, !known.has(x.hash))));
        chartHeading.textContent = chartTitle(latest.blocks);
        chartBox.replaceChildren(blockChart(latest.blocks, latest.parent));
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

// ---- Authorities and peers: redrawn on every new block ----

const percent = (part, whole) => (whole > 0 ? Math.round((100 * part) / whole) + '%' : '—');
const ago = (ms) => {
  const seconds = Math.max(0, Math.round((Date.now() - ms) / 1000));
  if (seconds < 120) return seconds + ' s ago';
  if (seconds < 7200) return Math.round(seconds / 60) + ' min ago';
  return Math.round(seconds / 3600) + ' h ago';
};

// Who may seal the block after the head (protocol §4): nobody who sealed one of the last floor(N/2) blocks; of
// the others, the one in turn at once, the rest as backups after the interval and the backup delay.
function nextBlockTag(a, view, n) {
  const rest = Math.floor(n / 2);
  if (a.lastSeen && view.headHeight - a.lastSeen.height < rest) {
    return h('span', { class: 'tag warn', title: `sealed #${a.lastSeen.height}, one of the last ${rest}` }, 'resting');
  }
  return a.nextInTurnHeight === view.headHeight + 1 ? h('span', { class: 'tag ok' }, 'in turn')
    : h('span', { class: 'tag' }, 'backup');
}

function restRule(rest) {
  if (rest === 0) return '';
  return rest === 1 ? ', unless it sealed the block before' : `, unless it sealed one of the ${rest} blocks before`;
}

function authoritiesSection(view) {
  const n = view.authorities.length;
  const span = Math.min(view.window, view.headHeight);
  const rows = view.authorities.map((a) => h('tr', { 'data-slot': a.slot },
    h('td', {}, a.slot), h('td', {}, link('#/account/' + a.address, a.address)),
    h('td', {}, a.lastSeen ? blockLink(a.lastSeen.height, '#' + a.lastSeen.height) : `none in ${view.lookback}`),
    h('td', {}, a.lastSeen ? time(a.lastSeen.timestamp) + ' (' + ago(a.lastSeen.timestamp) + ')' : '—'),
    h('td', { class: 'num' }, a.recentBlocks + ' (' + percent(a.recentBlocks, span) + ')'),
    h('td', { class: 'num', title: `${a.recentInTurn} of ${a.recentBlocks} in turn` },
      percent(a.recentInTurn, a.recentBlocks) + ` (${a.recentInTurn} of ${a.recentBlocks})`),
    h('td', { class: 'num', title: `${a.recentInTurn} of ${a.recentTurns} turns` },
      percent(a.recentInTurn, a.recentTurns) + ` (${a.recentInTurn} of ${a.recentTurns})`),
    h('td', {}, blockLink(a.nextInTurnHeight, '#' + a.nextInTurnHeight)), h('td', {}, nextBlockTag(a, view, n))));
  return h('section', { class: 'wide' }, h('h2', {}, `Authorities at head #${view.headHeight}`),
    h('p', { class: 'muted' }, `${n} authorit${n === 1 ? 'y' : 'ies'} take turns: block h is in turn for slot h mod ${n} `
      + 'and weighs double; another authority may seal it as a backup after the interval and the backup delay'
      + restRule(Math.floor(n / 2)) + `. Counts are over the last ${span} blocks `
      + `(a window of ${view.window}); "in-turn share" is the part of its blocks sealed in its turn, `
      + '"turns kept" the part of its turns it sealed itself.'),
    table(['slot', 'address', 'last sealed', 'sealed at', `sealed (last ${span})`, 'in-turn share', 'turns kept',
      'next turn', 'next block'], rows));
}

function peersSection(peers, status) {
  const rows = peers.peers.map((p) => h('tr', { 'data-node-id': p.nodeId },
    h('td', { class: 'mono', title: p.nodeId }, short(p.nodeId, 16)), h('td', { class: 'mono' }, p.host + ':' + p.port),
    h('td', {}, p.direction), h('td', {}, p.source),
    h('td', {}, h('span', {}, '#' + p.headHeight + ' ', blockLink(p.headHash))), h('td', { class: 'num' }, p.totalWork),
    h('td', { title: new Date(p.since).toISOString() }, time(p.since) + ' (' + ago(p.since) + ')'),
    h('td', {}, p.agent)));
  return h('section', { class: 'wide' }, h('h2', {}, `Peers (${peers.count})`),
    fields([['this node', (status.nodeId || '—') + ' · p2p port ' + status.p2pPort],
      ['head', '#' + status.head.height + ' · sync ' + status.sync.state]]),
    table(['node id', 'address', 'direction', 'learnt from', 'head', 'total work', 'connected since', 'agent'], rows),
    peers.count === 0 ? h('p', { class: 'muted' }, 'no peers connected') : null,
    h('p', { class: 'muted' }, 'learnt from: lan (a multicast announcement), discovery (the discovery service), '
      + 'bootnode (configured), exchange (another peer\'s list), inbound (it dialled this node).'));
}

// A page drawn by `render` from fresh answers, again on every new block.
async function livePage(render) {
  view.replaceChildren(await render());
  listen({
    block() {
      const stream = state.events;
      // An answer that arrives after the reader has moved to another page is dropped.
      render().then((el) => { if (state.events === stream) view.replaceChildren(el); }).catch(() => {});
    },
  });
}

const authoritiesPage = () => livePage(async () => authoritiesSection(await api('/authorities')));
const peersPage = () => livePage(async () => {
  const [peers, status] = await Promise.all([api('/peers'), api('/status')]);
  return peersSection(peers, status);
});

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

function markNavigation(page) {
  const current = page === 'authorities' || page === 'peers' ? page : 'home';
  for (const a of document.querySelectorAll('#nav a[data-page]')) {
    a.classList.toggle('active', a.dataset.page === current);
  }
}

async function route() {
  if (state.events) {
    state.events.close();
    state.events = null;
  }
  const [, page, id] = location.hash.split('/');
  try {
    markNavigation(page);
    if (page === 'block') await blockPage(decodeURIComponent(id));
    else if (page === 'tx') await txPage(decodeURIComponent(id));
    else if (page === 'account') await accountPage(decodeURIComponent(id));
    else if (page === 'authorities') await authoritiesPage();
    else if (page === 'peers') await peersPage();
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
