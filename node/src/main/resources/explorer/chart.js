// The explorer's chart of recent blocks, drawn as plain SVG: the seconds each block came after its parent (a line,
// one dot per block, coloured in turn or backup) above the transactions it holds (bars), on one block-height axis.
// No outside resources: the node may have no internet access.
'use strict';

const SVG_NS = 'http://www.w3.org/2000/svg';
const CHART = {
  width: 1240, left: 64, right: 16, top: 38,
  intervalHeight: 150, gap: 30, countHeight: 100, bottom: 44,
};

function svg(tag, attrs, ...children) {
  const el = document.createElementNS(SVG_NS, tag);
  for (const [key, value] of Object.entries(attrs || {})) el.setAttribute(key, String(value));
  for (const child of children.flat()) {
    if (child !== null && child !== undefined) el.append(child instanceof Node ? child : String(child));
  }
  return el;
}

// A tick step of 1, 2 or 5 times a power of ten giving about `count` ticks up to `max`; whole numbers if `whole`.
function tickStep(max, count, whole) {
  const raw = Math.max(max, whole ? 1 : 1e-3) / count;
  const magnitude = Math.pow(10, Math.floor(Math.log10(raw)));
  const step = [1, 2, 5, 10].map((m) => m * magnitude).find((s) => s >= raw);
  return whole ? Math.max(1, Math.round(step)) : step;
}

function ticks(max, count, whole) {
  const step = tickStep(max, count, whole);
  const top = Math.max(step, Math.ceil(max / step - 1e-9) * step);
  const values = [];
  for (let v = 0; v <= top + step / 2; v += step) values.push(Number(v.toFixed(6)));
  return { values, top, step };
}

function tickLabel(value, step) {
  return step >= 1 ? String(Math.round(value)) : value.toFixed(step >= 0.1 ? 1 : 2);
}

// One panel: horizontal grid lines with their tick labels, the panel's y-axis title and frame.
function panel(y0, height, scale, title) {
  const { left, width, right } = CHART;
  const group = svg('g', { class: 'panel' });
  for (const value of scale.values) {
    const y = y0 + height - (value / scale.top) * height;
    group.append(svg('line', { x1: left, x2: width - right, y1: y, y2: y, class: 'grid' }),
      svg('text', { x: left - 6, y: y + 4, 'text-anchor': 'end', class: 'tick' }, tickLabel(value, scale.step)));
  }
  group.append(svg('text', { x: 14, y: y0 + height / 2, class: 'axis-title', 'text-anchor': 'middle',
    transform: `rotate(-90 14 ${y0 + height / 2})` }, title),
  svg('line', { x1: left, x2: left, y1: y0, y2: y0 + height, class: 'axis' }),
  svg('line', { x1: left, x2: width - right, y1: y0 + height, y2: y0 + height, class: 'axis' }));
  return group;
}

function legend() {
  const items = [
    [svg('line', { x1: 0, x2: 18, y1: 0, y2: 0, class: 'interval-line' }), 'seconds since the parent block'],
    [svg('circle', { cx: 9, cy: 0, r: 4, class: 'point in-turn' }), 'sealed in turn'],
    [svg('circle', { cx: 9, cy: 0, r: 4, class: 'point backup' }), 'sealed by a backup'],
    [svg('rect', { x: 2, y: -6, width: 14, height: 12, class: 'tx-bar' }), 'transactions in the block'],
  ];
  const group = svg('g', { class: 'legend', transform: `translate(${CHART.left}, 14)` });
  let x = 0;
  for (const [mark, text] of items) {
    group.append(svg('g', { transform: `translate(${x}, 0)` }, mark,
      svg('text', { x: 24, y: 4, class: 'legend-text' }, text)));
    x += 36 + text.length * 6.6;
  }
  return group;
}

// The top of the interval axis: the longest interval, unless a few pauses (a stopped network, say) dwarf the rest:
// then the longest within four times the 90th percentile, and the longer ones are drawn at the top with their value.
function intervalScaleMax(intervals) {
  if (intervals.length === 0) return 0;
  const sorted = [...intervals].sort((a, b) => a - b);
  const bound = 4 * sorted[Math.floor(0.9 * (sorted.length - 1))];
  const inScale = sorted.filter((s) => s <= bound);
  return inScale.length > 0 && bound > 0 ? inScale[inScale.length - 1] : sorted[sorted.length - 1];
}

/**
 * The chart of `blocks` (canonical, oldest first, no genesis) with `parent` the block before the first (or null):
 * an SVG element whose data-from and data-to attributes name the heights it shows.
 */
function blockChart(blocks, parent) {
  const { width, left, right, top, intervalHeight, gap, countHeight, bottom } = CHART;
  const height = top + intervalHeight + gap + countHeight + bottom;
  const chart = svg('svg', { id: 'chart', viewBox: `0 0 ${width} ${height}`, role: 'img',
    'aria-label': 'block intervals and transactions per block' });
  if (blocks.length === 0) {
    chart.append(svg('text', { x: width / 2, y: height / 2, 'text-anchor': 'middle', class: 'tick' },
      'no blocks sealed yet'));
    return chart;
  }
  const from = blocks[0].height;
  const to = blocks[blocks.length - 1].height;
  chart.setAttribute('data-from', from);
  chart.setAttribute('data-to', to);
  const intervals = blocks.map((b, i) => {
    const before = i > 0 ? blocks[i - 1] : parent;
    return before && before.height > 0 && before.hash === b.parentHash ? (b.timestamp - before.timestamp) / 1000 : null;
  });
  const seconds = ticks(intervalScaleMax(intervals.filter((s) => s !== null)), 4, false);
  const counts = ticks(Math.max(0, ...blocks.map((b) => b.transactionCount)), 4, true);
  const band = (width - left - right) / blocks.length;
  const x = (i) => left + (i + 0.5) * band;
  const intervalY = (s) => top + intervalHeight - (Math.min(s, seconds.top) / seconds.top) * intervalHeight;
  const countTop = top + intervalHeight + gap;
  const countY = (c) => countTop + countHeight - (c / counts.top) * countHeight;

  chart.append(legend(), panel(top, intervalHeight, seconds, 'interval (s)'),
    panel(countTop, countHeight, counts, 'transactions'));

  const bars = svg('g', { class: 'bars' });
  blocks.forEach((b, i) => {
    const y = countY(b.transactionCount);
    bars.append(svg('rect', { x: x(i) - band * 0.36, y, width: Math.max(1, band * 0.72), height: countTop + countHeight - y,
      class: 'tx-bar', 'data-height': b.height },
    svg('title', {}, `#${b.height}: ${b.transactionCount} transaction${b.transactionCount === 1 ? '' : 's'}`)));
  });

  const line = svg('g', { class: 'intervals' });
  let path = '';
  intervals.forEach((s, i) => {
    if (s === null) return;
    path += (path === '' || intervals[i - 1] === null ? 'M' : 'L') + x(i).toFixed(1) + ' ' + intervalY(s).toFixed(1);
  });
  line.append(svg('path', { d: path, class: 'interval-line' }));
  intervals.forEach((s, i) => {
    if (s === null) return;
    const b = blocks[i];
    line.append(svg('circle', { cx: x(i), cy: intervalY(s), r: Math.min(3.5, Math.max(1.5, band / 3)),
      class: 'point ' + (b.inTurn ? 'in-turn' : 'backup'), 'data-height': b.height },
    svg('title', {}, `#${b.height}: ${s.toFixed(3)} s after #${b.height - 1}, ${b.inTurn ? 'in turn' : 'backup'}`)));
    if (s > seconds.top) {
      line.append(svg('text', { x: x(i) + 6, y: top + 12, class: 'off-scale' }, `↑ ${Math.round(s)} s`));
    }
  });

  // Block heights along the bottom, at round numbers; the first and last block are always named.
  const axisY = countTop + countHeight;
  const axis = svg('g', { class: 'x-axis' });
  const step = tickStep(to - from + 1, 10, true);
  const named = new Set([0, blocks.length - 1]);
  blocks.forEach((b, i) => {
    if (b.height % step === 0) named.add(i);
  });
  for (const i of [...named].sort((a, b) => a - b)) {
    if (i !== 0 && i !== blocks.length - 1 && (x(i) - x(0) < 30 || x(blocks.length - 1) - x(i) < 30)) continue;
    axis.append(svg('line', { x1: x(i), x2: x(i), y1: axisY, y2: axisY + 5, class: 'axis' }),
      svg('text', { x: x(i), y: axisY + 18, 'text-anchor': 'middle', class: 'tick' }, '#' + blocks[i].height));
  }
  axis.append(svg('text', { x: left + (width - left - right) / 2, y: axisY + 38, 'text-anchor': 'middle',
    class: 'axis-title' }, 'block height'));
  chart.append(bars, line, axis);
  return chart;
}
