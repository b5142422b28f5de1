// The explorer's charts, drawn from the JSON API with the page's own filters. Every click
// (a brushed date range, an actor, a country) changes the URL: the page is reloaded with the
// new filters, so the URL always holds the state and the back button undoes a step.
(function () {
  'use strict';
  // the filters the JSON aggregates take (the event list also takes `contested`)
  const FIELDS = ['party', 'actor', 'recipient', 'type', 'status', 'place', 'q', 'since', 'until'];
  const here = new URLSearchParams(location.search);

  function apiQuery(extra) {
    const p = new URLSearchParams();
    FIELDS.forEach(function (k) { if (here.get(k)) p.set(k, here.get(k)); });
    Object.keys(extra || {}).forEach(function (k) { p.set(k, extra[k]); });
    return p.toString();
  }

  function go(changes) {
    const p = new URLSearchParams(location.search);
    p.delete('next');
    Object.keys(changes).forEach(function (k) {
      if (changes[k]) p.set(k, changes[k]); else p.delete(k);
    });
    location.search = p.toString();
  }

  function getJSON(url) {
    return fetch(url, { headers: { Accept: 'application/json' } }).then(function (r) {
      return r.json().then(function (body) {
        if (!r.ok) throw new Error(body.error || r.statusText);
        return body;
      });
    });
  }

  function say(el, text, cls) {
    const p = document.createElement('p');
    p.className = cls || 'empty';
    p.textContent = text;
    el.replaceChildren(p);
  }

  // "1 report", "3 reports": the page calls each article's sentence about an event a report
  function reports(n) { return n + (n === 1 ? ' report' : ' reports'); }

  function svg(name, attrs) {
    const el = document.createElementNS('http://www.w3.org/2000/svg', name);
    Object.keys(attrs || {}).forEach(function (k) { el.setAttribute(k, attrs[k]); });
    return el;
  }

  // -- colours: PLOVER's families told apart by hue (reds/oranges/browns for material
  // conflict, black to gold-grey for verbal conflict, blues/green/purples for cooperation);
  // within a family each type differs in lightness and hue, and the pairs that colour-blind
  // readers could still confuse are hatched (checked with protan/deutan/tritan simulations)
  const FAMILIES = [
    { name: 'Conflict, material', types: { ASSAULT: '#67000d', COERCE: '#e31a1c', SANCTION: '#fd8d3c', MOBILIZE: '#fed976', PROTEST: '#8c510a' } },
    { name: 'Conflict, verbal', types: { THREATEN: '#1b1b1b', ACCUSE: '#6b5a4e', REJECT: '#9aa5b1', REQUEST: '#d4d4d4' } },
    { name: 'Cooperation', types: { CONSULT: '#08306b', AGREE: '#2171b5', SUPPORT: '#6baed6', CONCEDE: '#c6dbef', COOPERATE: '#009e73', AID: '#54278f', RETREAT: '#bcbddc' } }
  ];
  // hatched types: the colour of their stripes (light on dark fills, dark on light ones)
  const HATCH = { PROTEST: '#ffffff', REJECT: '#1f2328', RETREAT: '#1f2328' };
  const COLOURS = {};
  const ORDER = [];
  FAMILIES.forEach(function (f) { Object.keys(f.types).forEach(function (t) { COLOURS[t] = f.types[t]; ORDER.push(t); }); });
  function fill(t) { return HATCH[t] ? 'url(#hatch-' + t + ')' : COLOURS[t] || '#888'; }
  function rank(t) { const i = ORDER.indexOf(t); return i < 0 ? ORDER.length : i; }
  function byFamily(a, b) { return rank(a) - rank(b) || (a < b ? -1 : a > b ? 1 : 0); }

  // -- timeline: stacked counts by type, a brush sets since/until ---------------------------

  const DAY = 86400000;
  const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
  function parseDay(s) { const d = s.split('-').map(Number); return Date.UTC(d[0], d[1] - 1, d[2]); }
  function iso(t) { return new Date(t).toISOString().slice(0, 10); }
  function step(t, interval) {
    if (interval === 'day') return t + DAY;
    if (interval === 'week') return t + 7 * DAY;
    const d = new Date(t);
    return Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 1);
  }

  function chooseInterval(buckets) {
    const dated = buckets.filter(function (b) { return b.start; });
    if (!dated.length) return 'month';
    const span = (parseDay(dated[dated.length - 1].start) - parseDay(dated[0].start)) / DAY;
    return span <= 92 ? 'day' : span <= 730 ? 'week' : 'month';
  }

  // a round step for the count axis: 1, 2, 5, 10, 20 … giving at most `most` gridlines
  function niceStep(max, most) {
    for (let k = 1; ; k *= 10) {
      for (const m of [1, 2, 5]) { if (max / (m * k) <= most) return m * k; }
    }
  }

  function tickLabel(start, interval) {
    const d = new Date(parseDay(start));
    if (interval === 'month') return MONTHS[d.getUTCMonth()] + ' ' + d.getUTCFullYear();
    return d.getUTCDate() + ' ' + MONTHS[d.getUTCMonth()] + ' ' + d.getUTCFullYear();
  }

  // every how many columns a date is written: a regular step that leaves room for the labels
  // (months on the calendar's own multiples: every 1, 2, 3, 6 or 12 months)
  function tickEvery(cols, interval, room) {
    const fits = Math.max(1, Math.floor(room / (interval === 'month' ? 64 : 84)));
    const steps = interval === 'month' ? [1, 2, 3, 6, 12, 24, 60] : interval === 'week' ? [1, 2, 4, 8, 13, 26, 52, 104] : [1, 2, 7, 14, 28, 91];
    return steps.find(function (k) { return Math.ceil(cols / k) <= fits; }) || steps[steps.length - 1];
  }

  function isTick(c, i, k, interval) {
    if (interval !== 'month') return i % k === 0;
    const d = new Date(parseDay(c.start));
    const months = d.getUTCFullYear() * 12 + d.getUTCMonth();
    return months % k === 0;
  }

  function drawTimeline(el, body) {
    const dated = body.buckets.filter(function (b) { return b.start; });
    const undated = body.buckets.filter(function (b) { return !b.start; });
    if (!dated.length) { say(el, undated.length ? 'Only undated reports match.' : 'No report matches.'); return; }
    // every bucket from the first to the last, empty ones too: time runs evenly
    const byStart = new Map(dated.map(function (b) { return [b.start, b]; }));
    const cols = [];
    for (let t = parseDay(dated[0].start), end = parseDay(dated[dated.length - 1].start); t <= end; t = step(t, body.interval)) {
      cols.push(byStart.get(iso(t)) || { bucket: iso(t), start: iso(t), total: 0, types: {} });
      if (cols.length > 2000) break;
    }
    const W = el.clientWidth || 800, H = 226, top = 10, bottom = 44, left = 52, right = 36;
    const most = Math.max.apply(null, cols.map(function (c) { return c.total; })) || 1;
    const unit = niceStep(most, 5);
    const max = Math.ceil(most / unit) * unit;
    const bw = (W - left - right) / cols.length;
    const base0 = H - bottom;
    const y = function (n) { return (base0 - top) * n / max; };
    const root = svg('svg', { class: 'timeline', viewBox: '0 0 ' + W + ' ' + H, role: 'img',
      'aria-label': 'Reports per ' + body.interval + ' by type, ' + cols[0].start + ' to ' + cols[cols.length - 1].start + '; drag across the bars to choose dates' });
    const defs = svg('defs');
    Object.keys(HATCH).forEach(function (t) {
      const p = svg('pattern', { id: 'hatch-' + t, width: 6, height: 6, patternUnits: 'userSpaceOnUse', patternTransform: 'rotate(45)' });
      p.append(svg('rect', { width: 6, height: 6, fill: COLOURS[t] }), svg('rect', { width: 2, height: 6, fill: HATCH[t], 'fill-opacity': 0.6 }));
      defs.appendChild(p);
    });
    root.appendChild(defs);
    // the count axis: gridlines from a 0 baseline, in reports
    for (let n = 0; n <= max; n += unit) {
      root.appendChild(svg('line', { class: n ? 'grid' : 'axis', x1: left, x2: W - right, y1: base0 - y(n), y2: base0 - y(n) }));
      const label = svg('text', { class: 'count', x: left - 6, y: base0 - y(n) + 4, 'text-anchor': 'end' });
      label.textContent = String(n);
      root.appendChild(label);
    }
    const yUnit = svg('text', { class: 'unit', x: 0, y: 0, transform: 'translate(12 ' + ((top + base0) / 2) + ') rotate(-90)', 'text-anchor': 'middle' });
    yUnit.textContent = 'reports per ' + body.interval;
    root.appendChild(yUnit);
    cols.forEach(function (c, i) {
      const g = svg('g', { 'data-start': c.start });
      const title = svg('title');
      title.textContent = tickLabel(c.start, body.interval) + ': ' + reports(c.total) + Object.keys(c.types).sort(byFamily).map(function (t) { return ', ' + t + ' ' + c.types[t]; }).join('');
      g.appendChild(title);
      let base = base0;
      Object.keys(c.types).sort(byFamily).forEach(function (t) {
        const h = y(c.types[t]);
        base -= h;
        g.appendChild(svg('rect', { class: 'bar', x: left + i * bw + 1, y: base, width: Math.max(bw - 2, 1), height: h, fill: fill(t), 'data-type': t }));
      });
      root.appendChild(g);
    });
    // a tick under every bar, centred on it; months are named under each bar when they fit
    // (the year under January and the first bar), else at a regular step
    const monthly = body.interval === 'month' && bw >= 24;
    const k = monthly ? 1 : tickEvery(cols.length, body.interval, W - left - right);
    cols.forEach(function (c, i) {
      const x = left + i * bw + bw / 2;
      const named = isTick(c, i, k, body.interval);
      root.appendChild(svg('line', { class: named ? 'tick' : 'tick minor', x1: x, x2: x, y1: base0, y2: base0 + (named ? 5 : 3) }));
      if (!named) return;
      const d = new Date(parseDay(c.start));
      const tx = svg('text', { class: 'date', x: x, y: base0 + 16, 'text-anchor': 'middle' });
      tx.textContent = monthly ? MONTHS[d.getUTCMonth()] : tickLabel(c.start, body.interval);
      root.appendChild(tx);
      if (monthly && (i === 0 || d.getUTCMonth() === 0)) {
        const yr = svg('text', { class: 'year', x: x, y: base0 + 30, 'text-anchor': 'middle' });
        yr.textContent = String(d.getUTCFullYear());
        root.appendChild(yr);
      }
    });
    const brush = svg('rect', { class: 'brush', x: 0, y: top, width: 0, height: base0 - top, visibility: 'hidden' });
    root.appendChild(brush);
    el.replaceChildren(root);
    if (undated.length) {
      const note = document.createElement('p');
      note.className = 'note';
      note.textContent = (undated[0].total === 1 ? '1 undated report is' : undated[0].total + ' undated reports are') + ' not drawn.';
      el.appendChild(note);
    }
    // the brush: drag across columns; a click picks one column
    let from = null;
    const col = function (ev) {
      const box = root.getBoundingClientRect();
      const x = (ev.clientX - box.left) * W / box.width;
      return Math.min(cols.length - 1, Math.max(0, Math.floor((x - left) / bw)));
    };
    const show = function (a, b) {
      const lo = Math.min(a, b), hi = Math.max(a, b);
      brush.setAttribute('x', left + lo * bw); brush.setAttribute('width', (hi - lo + 1) * bw);
      brush.setAttribute('visibility', 'visible');
    };
    root.addEventListener('pointerdown', function (ev) { from = col(ev); show(from, from); root.setPointerCapture(ev.pointerId); });
    root.addEventListener('pointermove', function (ev) { if (from !== null) show(from, col(ev)); });
    root.addEventListener('pointerup', function (ev) {
      if (from === null) return;
      const to = col(ev), lo = Math.min(from, to), hi = Math.max(from, to);
      from = null;
      const until = step(parseDay(cols[hi].start), body.interval) - DAY;
      go({ since: cols[lo].start, until: iso(until) });
    });
  }

  function swatch(colour, text, cls, stripes) {
    const span = document.createElement('span');
    const i = document.createElement('i');
    if (cls) i.className = cls;
    i.style.background = colour;
    if (stripes) i.style.backgroundImage = 'repeating-linear-gradient(45deg, transparent 0 3px, ' + stripes + '99 3px 5px)';
    span.append(i, text);
    return span;
  }

  function timeline() {
    const el = document.getElementById('timeline');
    getJSON('/api/timeline?' + apiQuery({ interval: 'month' })).then(function (body) {
      const interval = chooseInterval(body.buckets);
      return interval === 'month' ? body : getJSON('/api/timeline?' + apiQuery({ interval: interval }));
    }).then(function (body) {
      drawTimeline(el, body);
      const legend = document.getElementById('timeline-legend');
      const seen = {};
      body.buckets.forEach(function (b) { Object.keys(b.types).forEach(function (t) { seen[t] = (seen[t] || 0) + b.types[t]; }); });
      const groups = FAMILIES.map(function (f) {
        const present = Object.keys(f.types).filter(function (t) { return seen[t]; });
        if (!present.length) return null;
        const g = document.createElement('span');
        g.className = 'family';
        const b = document.createElement('b');
        b.textContent = f.name + ':';
        g.append(b);
        present.forEach(function (t) { g.append(swatch(COLOURS[t], t + ' ' + seen[t], null, HATCH[t])); });
        return g;
      }).filter(Boolean);
      const other = Object.keys(seen).filter(function (t) { return !(t in COLOURS); });
      other.forEach(function (t) { groups.push(swatch('#888', t + ' ' + seen[t])); });
      legend.replaceChildren.apply(legend, groups);
    }).catch(function (err) { say(el, 'The timeline could not be drawn: ' + err.message, 'problem'); });
  }

  // -- network: actors and who acts on whom; a click filters by the actor ------------------

  function chip(text, onClick, title) {
    const b = document.createElement('button');
    b.type = 'button';
    b.textContent = text;
    if (title) b.title = title;
    b.addEventListener('click', onClick);
    return b;
  }

  const NETWORK_NODES = 60; // asked of the server: the 40 drawn are the busiest linked ones
  const CONFLICT = '#d55e00', COOPERATION = '#0072b2', MIXED = '#8c959f';
  const LABEL_PX = 12; // labels are drawn at least this size on screen, whatever the zoom
  const LAYOUT = { name: 'cose', animate: false, randomize: false, padding: 24, nodeDimensionsIncludeLabels: true,
    nodeOverlap: 20, componentSpacing: 40, nodeRepulsion: function () { return 9000; }, idealEdgeLength: function () { return 70; } };

  // push apart actors whose circles or labels overlap, a little at a time, inside the chart
  function untangle(cy) {
    const nodes = cy.nodes().toArray();
    const W = cy.width(), H = cy.height();
    for (let round = 0; round < 40; round++) {
      const boxes = nodes.map(function (n) { return n.boundingBox({ includeLabels: true }); });
      let moved = false;
      for (let i = 0; i < nodes.length; i++) {
        for (let j = i + 1; j < nodes.length; j++) {
          const a = boxes[i], b = boxes[j];
          const ox = Math.min(a.x2, b.x2) - Math.max(a.x1, b.x1) + 4;
          const oy = Math.min(a.y2, b.y2) - Math.max(a.y1, b.y1) + 4;
          if (ox <= 0 || oy <= 0) continue;
          moved = true;
          const pa = nodes[i].position(), pb = nodes[j].position();
          const alongX = ox < oy;
          const d = (alongX ? ox : oy) / 2 + 0.5;
          const sign = alongX ? (pa.x <= pb.x ? -1 : 1) : (pa.y <= pb.y ? -1 : 1);
          const clampX = function (x) { return Math.min(W - 40, Math.max(40, x)); };
          const clampY = function (y) { return Math.min(H - 30, Math.max(16, y)); };
          nodes[i].position(alongX ? { x: clampX(pa.x + sign * d), y: pa.y } : { x: pa.x, y: clampY(pa.y + sign * d) });
          nodes[j].position(alongX ? { x: clampX(pb.x - sign * d), y: pb.y } : { x: pb.x, y: clampY(pb.y - sign * d) });
          boxes[i] = nodes[i].boundingBox({ includeLabels: true });
          boxes[j] = nodes[j].boundingBox({ includeLabels: true });
        }
      }
      if (!moved) break;
    }
  }

  // does the segment p-q cross the box? (the lines are drawn nearly straight)
  function crosses(p, q, b) {
    if (Math.max(p.x, q.x) < b.x1 || Math.min(p.x, q.x) > b.x2 || Math.max(p.y, q.y) < b.y1 || Math.min(p.y, q.y) > b.y2) return false;
    const side = function (x, y) { return (q.x - p.x) * (y - p.y) - (q.y - p.y) * (x - p.x); };
    const s = [side(b.x1, b.y1), side(b.x2, b.y1), side(b.x1, b.y2), side(b.x2, b.y2)];
    return Math.min.apply(null, s) <= 0 && Math.max.apply(null, s) >= 0;
  }

  // how many lines cross a node's label
  function labelCrossings(cy, n) {
    const b = n.boundingBox({ includeNodes: false, includeEdges: false, includeLabels: true });
    return cy.edges().filter(function (e) { return crosses(e.source().position(), e.target().position(), b); }).length;
  }

  // each label below its circle, else above, right or left of it: where fewest lines cross it
  // and it covers no other label
  const PLACES = ['', 'label-top', 'label-right', 'label-left'];
  function placeLabels(cy) {
    cy.nodes().forEach(function (n) {
      const others = cy.nodes().not(n).map(function (o) { return o.boundingBox({ includeLabels: true }); });
      const cost = function () {
        const b = n.boundingBox({ includeNodes: false, includeEdges: false, includeLabels: true });
        const W = cy.width(), H = cy.height();
        const out = b.x1 < 0 || b.y1 < 0 || b.x2 > W || b.y2 > H ? 100 : 0;
        const covers = others.filter(function (o) { return o.x1 < b.x2 && b.x1 < o.x2 && o.y1 < b.y2 && b.y1 < o.y2; }).length;
        return labelCrossings(cy, n) + 10 * covers + out;
      };
      let best = null, bestCost = Infinity;
      PLACES.forEach(function (place) {
        n.removeClass(PLACES.join(' '));
        if (place) n.addClass(place);
        const c = cost();
        if (c < bestCost) { best = place; bestCost = c; }
      });
      n.removeClass(PLACES.join(' '));
      if (best) n.addClass(best);
    });
  }
  window.dossierLabelCrossings = function (cy) { return cy.nodes().map(function (n) { return labelCrossings(cy, n); }).reduce(function (a, b) { return a + b; }, 0); };

  function network() {
    const el = document.getElementById('network');
    // the busiest actors and lines only: a store of 100k events names thousands of actors
    getJSON('/api/network?' + apiQuery({ nodes: NETWORK_NODES, edges: 200 })).then(function (body) {
      // actors linked to another actor are drawn; the others (their events stay within
      // their own state, or name no second party) are listed under the chart
      const linked = new Set();
      body.edges.forEach(function (e) { linked.add(e.source); linked.add(e.target); });
      const nodes = body.nodes.filter(function (n) { return linked.has(n.id); }).slice(0, 40);
      const alone = body.nodes.filter(function (n) { return n.linked === false; });
      const keep = new Set(nodes.map(function (n) { return n.id; }));
      const edges = body.edges.filter(function (e) { return keep.has(e.source) && keep.has(e.target); }).slice(0, 200);
      const note = document.getElementById('network-alone');
      note.textContent = alone.length ? 'Not drawn: ' + alone.map(function (n) { return n.label + ' (' + n.count + ')'; }).join(', ') +
        ' — their events here are within their own state or name no second party, so they have no line to another actor.' : '';
      if (body.total_nodes > nodes.length + alone.length) {
        note.textContent = 'The ' + nodes.length + ' busiest of ' + body.total_nodes + ' actors are drawn. ' + note.textContent;
      }
      if (!nodes.length) { say(el, body.nodes.length ? 'No two actors act on each other here.' : 'No actor matches.'); el.dataset.ready = 'true'; return; }
      const biggest = nodes[0].count;
      const cy = window.cytoscape({
        container: el,
        elements: nodes.map(function (n) {
          return { data: { id: n.id, label: n.label, size: 10 + 22 * Math.sqrt(n.count / biggest), count: n.count } };
        }).concat(edges.map(function (e, i) {
          const kind = e.weight <= -1 ? 'conflict' : e.weight >= 1 ? 'cooperation' : 'mixed';
          return { data: { id: 'e' + i, source: e.source, target: e.target, weight: e.weight, kind: kind, arrow: e.directed ? 'triangle' : 'none',
            width: 1.5 + Math.min(5, Math.sqrt(e.count)),
            title: e.source + (e.directed ? ' → ' : ' – ') + e.target + ': ' + Object.keys(e.types).map(function (t) { return t + ' ' + e.types[t]; }).join(', ') } };
        })),
        style: [
          { selector: 'node', style: { label: 'data(label)', width: 'data(size)', height: 'data(size)', 'background-color': '#1d3557', 'font-size': LABEL_PX, 'min-zoomed-font-size': 0, color: '#1f2328',
            'text-valign': 'bottom', 'text-margin-y': 3, 'text-wrap': 'wrap', 'text-max-width': 96,
            // a label sits on a white box above every line and arrowhead: nodes (and their
            // labels) are drawn after all edges
            'text-background-color': '#fff', 'text-background-opacity': 0.9, 'text-background-padding': 2, 'text-background-shape': 'roundrectangle',
            'z-index-compare': 'manual', 'z-index': 10 } },
          { selector: 'node.label-top', style: { 'text-valign': 'top', 'text-margin-y': -3 } },
          { selector: 'node.label-right', style: { 'text-valign': 'center', 'text-halign': 'right', 'text-margin-y': 0, 'text-margin-x': 4 } },
          { selector: 'node.label-left', style: { 'text-valign': 'center', 'text-halign': 'left', 'text-margin-y': 0, 'text-margin-x': -4 } },
          { selector: 'node:selected', style: { 'background-color': '#f59e0b' } },
          { selector: 'edge', style: { width: 'data(width)', 'curve-style': 'bezier', 'target-arrow-shape': 'data(arrow)', 'mid-target-arrow-shape': 'data(arrow)', 'arrow-scale': 1.5, opacity: 0.9, 'z-index-compare': 'manual', 'z-index': 1,
            'line-color': MIXED, 'target-arrow-color': MIXED, 'mid-target-arrow-color': MIXED } },
          { selector: 'edge[kind = "conflict"]', style: { 'line-color': CONFLICT, 'target-arrow-color': CONFLICT, 'mid-target-arrow-color': CONFLICT } },
          { selector: 'edge[kind = "cooperation"]', style: { 'line-color': COOPERATION, 'target-arrow-color': COOPERATION, 'mid-target-arrow-color': COOPERATION } },
          { selector: 'edge[kind = "mixed"]', style: { 'line-style': 'dashed' } }
        ],
        layout: LAYOUT,
        minZoom: 0.3, maxZoom: 3
      });
      // labels keep a readable size on screen: the layout is drawn at zoom 1, its positions
      // stretched or squeezed (each axis on its own) to fill the chart; circles and labels
      // keep their size
      const spread = function () {
        const b = cy.nodes().boundingBox({ includeLabels: false });
        const padX = 70, padY = 30;
        const sx = b.w ? (cy.width() - 2 * padX) / b.w : 1, sy = b.h ? (cy.height() - 2 * padY - 16) / b.h : 1;
        cy.nodes().positions(function (n) { const p = n.position(); return { x: padX + (p.x - b.x1) * sx, y: padY + (p.y - b.y1) * sy }; });
        cy.zoom(1);
        cy.pan({ x: 0, y: 0 });
      };
      spread();
      placeLabels(cy);
      untangle(cy);
      placeLabels(cy);
      const fitLabels = function () {
        const z = Math.min(cy.zoom(), 1);
        cy.nodes().style({ 'font-size': LABEL_PX / z, 'text-max-width': 96 / z });
      };
      fitLabels();
      cy.on('zoom', fitLabels);
      // full names on hover: the container's title follows the element under the pointer
      cy.on('mouseover', 'node', function (ev) { el.title = ev.target.data('label') + ': ' + reports(ev.target.data('count')) + '; click to filter'; });
      cy.on('mouseover', 'edge', function (ev) { el.title = ev.target.data('title'); });
      cy.on('mouseout', 'node, edge', function () { el.title = ''; });
      cy.on('tap', 'node', function (ev) { go({ party: ev.target.id() }); });
      window.dossierNetwork = cy; // for the browser tests: where each node is drawn
      const list = document.getElementById('network-list');
      list.replaceChildren.apply(list, body.nodes.slice(0, 12).map(function (n) {
        return chip(n.label + ' (' + n.count + ')', function () { go({ party: n.id }); }, 'Filter by ' + n.label);
      }));
      el.dataset.ready = 'true';
    }).catch(function (err) { say(el, 'The network could not be drawn: ' + err.message, 'problem'); });
  }

  // -- map: Natural Earth countries shaded by located reports, places as circles ----------

  function shade(n, max) {
    if (!n) return '#f1f5f9';
    const t = Math.sqrt(n / max);
    return 'rgb(' + Math.round(254 - 150 * t) + ',' + Math.round(215 - 160 * t) + ',' + Math.round(170 - 130 * t) + ')';
  }

  // places drawn at one point (a city and its region) are one circle
  function circles(body) {
    const at = new Map();
    body.places.forEach(function (c) {
      c.places.forEach(function (p) {
        if (p.lat === null || p.lon === null) return;
        const key = p.lat.toFixed(2) + ',' + p.lon.toFixed(2);
        const got = at.get(key) || { lat: p.lat, lon: p.lon, names: [], count: 0, country: c };
        got.names.push(p.name);
        got.count += p.count;
        at.set(key, got);
      });
    });
    return Array.from(at.values());
  }

  function mapKey(max, biggest) {
    const key = document.getElementById('map-key');
    const steps = [1, Math.max(1, Math.round(max / 2)), max].filter(function (v, i, a) { return a.indexOf(v) === i; });
    const parts = [document.createTextNode('Country shading: reports placed in it ')];
    steps.forEach(function (n) { parts.push(swatch(shade(n, max), String(n), 'box')); });
    const dot = document.createElement('span');
    dot.className = 'dot-key';
    const i = document.createElement('i');
    i.className = 'dot';
    dot.append(i, 'circle: a place named in the reports (bigger: more reports, up to ' + biggest + '); places at sea have no country to shade');
    parts.push(dot);
    key.replaceChildren.apply(key, parts);
  }

  function map() {
    const el = document.getElementById('map');
    Promise.all([getJSON('/static/vendor/countries-110m.json'), getJSON('/api/places?' + apiQuery())]).then(function (got) {
      const topo = got[0], body = got[1];
      const byNumeric = {};
      body.places.forEach(function (c) { if (c.iso_numeric) byNumeric[c.iso_numeric] = c; });
      // country names as the map's shapes spell them (the API gives codes)
      topo.objects.countries.geometries.forEach(function (g) { if (byNumeric[g.id]) byNumeric[g.id].name = g.properties.name; });
      const max = Math.max.apply(null, body.places.filter(function (c) { return c.code; }).map(function (c) { return c.count; }).concat([1]));
      const L = window.L;
      const m = L.map(el, { zoomSnap: 0.25, worldCopyJump: false, attributionControl: true }).setView([25, 15], 1.25);
      m.attributionControl.setPrefix(false);
      m.attributionControl.addAttribution('Natural Earth');
      L.geoJSON(window.topojson.feature(topo, topo.objects.countries), {
        style: function (f) {
          const c = byNumeric[f.id];
          return { fillColor: shade(c ? c.count : 0, max), fillOpacity: 1, color: '#94a3b8', weight: 0.5 };
        },
        onEachFeature: function (f, layer) {
          const c = byNumeric[f.id];
          layer.bindTooltip(f.properties.name + (c ? ': ' + reports(c.count) : ''), { sticky: true });
          if (c) layer.on('click', function () { go({ place: c.code }); });
        }
      }).addTo(m);
      const bounds = [];
      const drawn = circles(body);
      const biggest = Math.max.apply(null, drawn.map(function (p) { return p.count; }).concat([1]));
      drawn.forEach(function (p) {
        bounds.push([p.lat, p.lon]);
        const where = p.names.join(', ') + (p.country.name ? ' (' + p.country.name + ')' : ' (no country)');
        L.circleMarker([p.lat, p.lon], { radius: 4 + 8 * Math.sqrt(p.count / biggest), color: '#0b3d91', weight: 1.5, fillColor: '#1c7ed6', fillOpacity: 0.55, className: 'place-circle' })
          .bindTooltip(where + ': ' + reports(p.count)).on('click', function () { go({ place: p.country.code || p.names[0] }); }).addTo(m);
      });
      if (bounds.length) m.fitBounds(bounds, { padding: [40, 40], maxZoom: 5 });
      mapKey(max, biggest);
      // one chip per circle's country, and one per place at sea: what the map draws
      const chips = [];
      body.places.forEach(function (c) {
        if (c.code) {
          chips.push(chip((c.name || c.code) + ' (' + c.count + ')', function () { go({ place: c.code }); }, c.places.map(function (p) { return p.name; }).join(', ')));
        } else {
          c.places.forEach(function (p) { chips.push(chip(p.name + ' (' + p.count + ', no country)', function () { go({ place: p.name }); })); });
        }
      });
      const list = document.getElementById('map-list');
      list.replaceChildren.apply(list, chips.slice(0, 16));
      el.dataset.ready = 'true';
    }).catch(function (err) { say(el, 'The map could not be drawn: ' + err.message, 'problem'); });
  }

  // -- the event list: a report panel is fetched when an event is opened --------------------

  function reports() {
    document.querySelectorAll('details[data-event]').forEach(function (d) {
      d.addEventListener('toggle', function () {
        if (!d.open || d.dataset.loaded) return;
        d.dataset.loaded = 'true';
        const box = d.querySelector('.reports');
        fetch('/events/' + encodeURIComponent(d.dataset.event) + '?part=reports').then(function (r) {
          if (!r.ok) throw new Error(r.statusText);
          return r.text();
        }).then(function (html) {
          box.innerHTML = html; // our own server's template, escaped by Jinja
          box.querySelectorAll('.text').forEach(function (t) {
            const mark = t.querySelector('[id^="ev-"]');
            if (mark) t.scrollTop = Math.max(0, mark.offsetTop - t.offsetTop - 40);
          });
        }).catch(function (err) { d.dataset.loaded = ''; say(box, 'The reports could not be loaded: ' + err.message, 'problem'); });
      });
    });
  }

  document.addEventListener('DOMContentLoaded', function () {
    timeline();
    network();
    map();
    reports();
  });
})();
