// The explorer's charts, drawn from the JSON API with the page's own filters. Every click
// (a brushed date range, an actor, a country) changes the URL: the page is reloaded with the
// new filters, so the URL always holds the state and the back button undoes a step.
(function () {
  'use strict';
  // the filters the JSON aggregates take (the event list also takes `contested`)
  const FIELDS = ['party', 'actor', 'recipient', 'type', 'status', 'place', 'q', 'since', 'until'];
  const PALETTE = ['#b91c1c', '#1d4ed8', '#15803d', '#b45309', '#7c3aed', '#0e7490', '#be185d',
    '#4d7c0f', '#9a3412', '#1e40af', '#047857', '#a16207', '#6d28d9', '#155e75', '#9f1239',
    '#3f6212', '#57534e', '#0f766e', '#c2410c', '#4338ca'];
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

  function svg(name, attrs) {
    const el = document.createElementNS('http://www.w3.org/2000/svg', name);
    Object.keys(attrs || {}).forEach(function (k) { el.setAttribute(k, attrs[k]); });
    return el;
  }

  // -- timeline: stacked counts by type, a brush sets since/until ---------------------------

  const DAY = 86400000;
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

  function drawTimeline(el, body, colours) {
    const dated = body.buckets.filter(function (b) { return b.start; });
    const undated = body.buckets.filter(function (b) { return !b.start; });
    if (!dated.length) { say(el, undated.length ? 'Only undated mentions match.' : 'No mention matches.'); return; }
    // every bucket from the first to the last, empty ones too: time runs evenly
    const byStart = new Map(dated.map(function (b) { return [b.start, b]; }));
    const cols = [];
    for (let t = parseDay(dated[0].start), end = parseDay(dated[dated.length - 1].start); t <= end; t = step(t, body.interval)) {
      cols.push(byStart.get(iso(t)) || { bucket: iso(t), start: iso(t), total: 0, types: {} });
      if (cols.length > 2000) break;
    }
    const W = el.clientWidth || 800, H = 190, top = 8, bottom = 22, left = 34;
    const max = Math.max.apply(null, cols.map(function (c) { return c.total; })) || 1;
    const bw = (W - left) / cols.length;
    const y = function (n) { return (H - bottom - top) * n / max; };
    const root = svg('svg', { class: 'timeline', viewBox: '0 0 ' + W + ' ' + H, role: 'img',
      'aria-label': 'Mentions per ' + body.interval + ' by type, ' + cols[0].start + ' to ' + cols[cols.length - 1].start + '; drag to choose dates' });
    root.appendChild(svg('line', { class: 'axis', x1: left, x2: W, y1: H - bottom, y2: H - bottom }));
    const label = svg('text', { x: 2, y: top + 8 }); label.textContent = String(max); root.appendChild(label);
    cols.forEach(function (c, i) {
      const g = svg('g', { 'data-start': c.start });
      const title = svg('title');
      title.textContent = c.bucket + ': ' + c.total + ' mention(s)' + Object.keys(c.types).map(function (t) { return ', ' + t + ' ' + c.types[t]; }).join('');
      g.appendChild(title);
      let base = H - bottom;
      Object.keys(c.types).sort().forEach(function (t) {
        const h = y(c.types[t]);
        base -= h;
        g.appendChild(svg('rect', { x: left + i * bw + 0.5, y: base, width: Math.max(bw - 1, 1), height: h, fill: colours[t] || '#888' }));
      });
      root.appendChild(g);
    });
    const ticks = Math.min(cols.length, Math.max(2, Math.floor((W - left) / 90)));
    for (let k = 0; k < ticks; k++) {
      const i = Math.round(k * (cols.length - 1) / Math.max(ticks - 1, 1));
      const tx = svg('text', { x: left + i * bw, y: H - 6 }); tx.textContent = body.interval === 'month' ? cols[i].start.slice(0, 7) : cols[i].start; root.appendChild(tx);
    }
    const brush = svg('rect', { class: 'brush', x: 0, y: top, width: 0, height: H - bottom - top, visibility: 'hidden' });
    root.appendChild(brush);
    el.replaceChildren(root);
    if (undated.length) {
      const note = document.createElement('p');
      note.className = 'note';
      note.textContent = undated[0].total + ' undated mention(s) are not drawn.';
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

  function timeline(colours) {
    const el = document.getElementById('timeline');
    getJSON('/api/timeline?' + apiQuery({ interval: 'month' })).then(function (body) {
      const interval = chooseInterval(body.buckets);
      return interval === 'month' ? body : getJSON('/api/timeline?' + apiQuery({ interval: interval }));
    }).then(function (body) {
      drawTimeline(el, body, colours);
      const legend = document.getElementById('timeline-legend');
      const seen = {};
      body.buckets.forEach(function (b) { Object.keys(b.types).forEach(function (t) { seen[t] = (seen[t] || 0) + b.types[t]; }); });
      legend.replaceChildren.apply(legend, Object.keys(seen).sort().map(function (t) {
        const span = document.createElement('span');
        const i = document.createElement('i');
        i.style.background = colours[t] || '#888';
        span.append(i, t + ' ' + seen[t]);
        return span;
      }));
    }).catch(function (err) { say(el, 'The timeline could not be drawn: ' + err.message, 'problem'); });
  }

  // -- network: actors and who acts on whom; a click filters by the actor ------------------

  function chip(text, onClick) {
    const b = document.createElement('button');
    b.type = 'button';
    b.textContent = text;
    b.addEventListener('click', onClick);
    return b;
  }

  function network() {
    const el = document.getElementById('network');
    getJSON('/api/network?' + apiQuery()).then(function (body) {
      const nodes = body.nodes.slice(0, 40);
      const keep = new Set(nodes.map(function (n) { return n.id; }));
      const edges = body.edges.filter(function (e) { return keep.has(e.source) && keep.has(e.target); }).slice(0, 200);
      if (!nodes.length) { say(el, 'No actor matches.'); return; }
      const biggest = nodes[0].count;
      const cy = window.cytoscape({
        container: el,
        elements: nodes.map(function (n) {
          return { data: { id: n.id, label: n.label, size: 14 + 36 * Math.sqrt(n.count / biggest), count: n.count } };
        }).concat(edges.map(function (e, i) {
          return { data: { id: 'e' + i, source: e.source, target: e.target, weight: e.weight, width: 1 + Math.min(8, Math.sqrt(e.count) * 1.5) } };
        })),
        style: [
          { selector: 'node', style: { label: 'data(label)', width: 'data(size)', height: 'data(size)', 'background-color': '#1d3557', 'font-size': 13, 'min-zoomed-font-size': 7, color: '#1f2328', 'text-background-color': '#fff', 'text-background-opacity': 0.7, 'text-valign': 'bottom', 'text-margin-y': 3, 'text-wrap': 'ellipsis', 'text-max-width': 110 } },
          { selector: 'node:selected', style: { 'background-color': '#f59e0b' } },
          { selector: 'edge', style: { width: 'data(width)', 'curve-style': 'bezier', 'target-arrow-shape': 'triangle', 'arrow-scale': 0.7, opacity: 0.75,
            'line-color': 'mapData(weight, -10, 10, #b91c1c, #15803d)', 'target-arrow-color': 'mapData(weight, -10, 10, #b91c1c, #15803d)' } }
        ],
        layout: { name: 'cose', animate: false, randomize: false, nodeRepulsion: function () { return 9000; }, idealEdgeLength: function () { return 70; } },
        minZoom: 0.3, maxZoom: 3
      });
      cy.on('tap', 'node', function (ev) { go({ party: ev.target.id() }); });
      window.dossierNetwork = cy; // for the browser tests: where each node is drawn
      const list = document.getElementById('network-list');
      list.replaceChildren.apply(list, nodes.slice(0, 12).map(function (n) {
        return chip(n.label + ' (' + n.count + ')', function () { go({ party: n.id }); });
      }));
      el.dataset.ready = 'true';
    }).catch(function (err) { say(el, 'The network could not be drawn: ' + err.message, 'problem'); });
  }

  // -- map: Natural Earth countries shaded by located mentions, places as circles ----------

  function shade(n, max) {
    if (!n) return '#f1f5f9';
    const t = Math.sqrt(n / max);
    return 'rgb(' + Math.round(254 - 150 * t) + ',' + Math.round(215 - 160 * t) + ',' + Math.round(170 - 130 * t) + ')';
  }

  function map() {
    const el = document.getElementById('map');
    Promise.all([getJSON('/static/vendor/countries-110m.json'), getJSON('/api/places?' + apiQuery())]).then(function (got) {
      const topo = got[0], body = got[1];
      const byNumeric = {};
      body.places.forEach(function (c) { if (c.iso_numeric) byNumeric[c.iso_numeric] = c; });
      const max = Math.max.apply(null, body.places.map(function (c) { return c.count; }).concat([1]));
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
          layer.bindTooltip(f.properties.name + (c ? ': ' + c.count + ' mention(s)' : ''), { sticky: true });
          if (c) layer.on('click', function () { go({ place: c.code }); });
        }
      }).addTo(m);
      const bounds = [];
      body.places.forEach(function (c) {
        c.places.forEach(function (p) {
          if (p.lat === null || p.lon === null) return;
          bounds.push([p.lat, p.lon]);
          L.circleMarker([p.lat, p.lon], { radius: 3 + 10 * Math.sqrt(p.count / max), color: '#1d3557', weight: 1, fillColor: '#1d4ed8', fillOpacity: 0.6 })
            .bindTooltip(p.name + ': ' + p.count).on('click', function () { go({ place: p.name }); }).addTo(m);
        });
      });
      if (bounds.length) m.fitBounds(bounds, { padding: [40, 40], maxZoom: 5 });
      const list = document.getElementById('map-list');
      list.replaceChildren.apply(list, body.places.filter(function (c) { return c.code; }).slice(0, 12).map(function (c) {
        return chip(c.code + ' (' + c.count + ')', function () { go({ place: c.code }); });
      }));
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
    const types = (document.getElementById('timeline').dataset.types || '').split(',');
    const colours = {};
    types.forEach(function (t, i) { colours[t] = PALETTE[i % PALETTE.length]; });
    timeline(colours);
    network();
    map();
    reports();
  });
})();
