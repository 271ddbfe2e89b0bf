/*
 * claimgraph actor network page. Fetches four SPARQL files of queries/ (served at ../queries/) and
 * runs them against the live endpoint (../kg/sparql): network-nodes.rq and network-edges.rq give the
 * network already aggregated (nodes with their claim counts, edges with their weights), so the page
 * never loads every claim; network-node-claims.rq and network-edge-claims.rq fetch the claims of a
 * clicked node or edge, with their evidence, when it is clicked. The texts are sent as they are in
 * queries/, except for their VALUES lines, which the page rewrites: the filter line
 *   VALUES (?onlyOutlet ?fromDay ?toDay ?onlyStance) { (UNDEF UNDEF UNDEF UNDEF) }
 * gets the outlet, dates and stance chosen (UNDEF for none), and the lines
 *   VALUES ?node { <...> }   and   VALUES (?source ?target ?kind) { (<...> <...> "...") }
 * get the clicked node or edge. The network is built from the rows exactly as
 * org.claimgraph.network.Network builds it for the exports (same ids, weights and kinds).
 */
(function () {
  'use strict';

  var ID = 'https://w3id.org/claimgraph/id/';
  var ENDPOINT = '../kg/sparql';
  var QUERIES = ['network-nodes', 'network-edges', 'network-node-claims', 'network-edge-claims'];
  var FILTER_LINE = /VALUES \(\?onlyOutlet \?fromDay \?toDay \?onlyStance\) \{[^}]*\}/g;
  var NODE_LINE = /VALUES \?node \{[^}]*\}/;
  var EDGE_LINE = /VALUES \(\?source \?target \?kind\) \{[^}]*\}/;

  // Kinds and colours: the same as Network.Kind and Network.EdgeKind.
  var KINDS = [
    ['person', 'Person', '#1f77b4'], ['organization', 'Organization', '#ff7f0e'], ['country', 'Country', '#2ca02c'],
    ['outlet', 'Outlet', '#9467bd'], ['group', 'Group', '#17becf'], ['unnamed', 'Unnamed source', '#8c8c8c'],
    ['actor', 'Actor', '#bcbd22']
  ];
  var EDGE_KINDS = [
    ['accuses', 'accuses', '#d62728', 'solid'], ['denies', 'denies', '#1f4e9c', 'dashed'],
    ['involves', 'mentions', '#a3adb8', 'dashed'],
    ['publishes', 'publishes', '#9467bd', 'solid'], ['cites', 'cites', '#b8860b', 'dashed'],
    ['memberOf', 'member of', '#7f7f7f', 'dotted']
  ];
  var KIND = {}, EDGE_KIND = {};
  KINDS.forEach(function (k) { KIND[k[0]] = { label: k[1], colour: k[2] }; });
  EDGE_KINDS.forEach(function (k) { EDGE_KIND[k[0]] = { label: k[1], colour: k[2], style: k[3] }; });

  var texts = {};    // query name → its text from queries/
  var data = null;   // { nodes: Map iri → {label, kind} } of the unfiltered network
  var cy = null;
  var net = null;    // the network under the current filters
  var generation = 0; // the newest network request; older answers are dropped
  var hiddenKinds = {};
  var $ = function (id) { return document.getElementById(id); };

  function shortId(iri) { return iri.indexOf(ID) === 0 ? iri.substring(ID.length) : iri; }
  function words(b, v) { var s = b[v] ? b[v].value.trim() : ''; return s ? s.split(/\s+/) : []; }
  function val(b, v) { return b[v] ? b[v].value : null; }
  function num(b, v) { return b[v] ? +b[v].value : 0; }

  function status(text, isError) {
    var s = $('status');
    s.textContent = text;
    s.className = isError ? 'error' : '';
  }

  // ------------------------------------------------------------------ loading

  function fetchText(url) {
    return fetch(url).then(function (r) {
      if (!r.ok) throw new Error(url + ': HTTP ' + r.status);
      return r.text();
    });
  }

  function select(name, query) {
    return fetch(ENDPOINT, {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded', 'Accept': 'application/sparql-results+json' },
      body: 'query=' + encodeURIComponent(query)
    }).then(function (r) {
      if (!r.ok) return r.text().then(function (t) { throw new Error(name + '.rq failed: HTTP ' + r.status + ' ' + t.slice(0, 300)); });
      return r.json();
    }).then(function (j) { return j.results.bindings; });
  }

  /** An IRI as a SPARQL term; refuses anything that could break out of the angle brackets. */
  function iriTerm(iri) {
    if (!iri || /[\s<>"{}|^`\\]/.test(iri)) throw new Error('not an IRI: ' + iri);
    return '<' + iri + '>';
  }
  function literal(s) { return '"' + String(s).replace(/[\\"]/g, '') + '"'; }

  function filters() {
    return { outlet: $('outlet').value, from: $('from').value, to: $('to').value, stance: $('stance').value,
      minWeight: +$('minWeight').value };
  }

  /** The filter VALUES line for the current filters (UNDEF where none is set). */
  function filterLine(f) {
    var day = function (d) { return /^\d{4}-\d{2}-\d{2}$/.test(d) ? literal(d) : 'UNDEF'; };
    var stance = f.stance === 'alleges' || f.stance === 'denies' ? literal(f.stance) : 'UNDEF';
    return 'VALUES (?onlyOutlet ?fromDay ?toDay ?onlyStance) { (' +
      [f.outlet ? iriTerm(f.outlet) : 'UNDEF', day(f.from), day(f.to), stance].join(' ') + ') }';
  }

  function withFilters(text, f) {
    var line = filterLine(f);
    return text.replace(FILTER_LINE, function () { return line; });
  }

  function loadTexts() {
    return Promise.all(QUERIES.map(function (q) {
      return fetchText('../queries/' + q + '.rq').then(function (t) { texts[q] = t; });
    }));
  }

  /**
   * The network under some filters, built like NetworkQueries.build: nodes that make, receive or are
   * named in a claim, or end an edge; member-of edges only between those.
   */
  function network(f) {
    return Promise.all([select('network-nodes', withFilters(texts['network-nodes'], f)),
      select('network-edges', withFilters(texts['network-edges'], f))]).then(function (res) {
      var rows = new Map(), active = new Set(), edges = new Map(), members = [], published = new Map();
      res[0].forEach(function (b) {
        var r = { iri: b.node.value, label: val(b, 'label') || shortId(b.node.value), kind: val(b, 'kind'),
          made: num(b, 'made'), received: num(b, 'received'), involved: num(b, 'involved') };
        rows.set(r.iri, r);
        if (r.made + r.received + r.involved > 0) active.add(r.iri);
      });
      res[1].forEach(function (b) {
        var s = b.source.value, t = b.target.value, kind = b.kind.value, w = num(b, 'weight');
        if (s === t || !EDGE_KIND[kind]) return;
        if (kind === 'memberOf') { members.push([s, t]); return; }
        if (!rows.has(s) || !rows.has(t)) return; // beyond the nodes drawn (network-nodes.rq's LIMIT)
        if (kind === 'publishes') published.set(s, (published.get(s) || 0) + w);
        active.add(s);
        active.add(t);
        var id = kind + ':' + shortId(s) + '->' + shortId(t);
        edges.set(id, { id: id, kind: kind, source: s, target: t, weight: w });
      });
      members.forEach(function (m) {
        if (!active.has(m[0]) || !active.has(m[1])) return;
        var id = 'memberOf:' + shortId(m[0]) + '->' + shortId(m[1]);
        edges.set(id, { id: id, kind: 'memberOf', source: m[0], target: m[1], weight: 1 });
      });
      return { rows: rows, active: active, edges: edges, published: published, capped: res[0].length >= nodeLimit() };
    });
  }

  /** The LIMIT of network-nodes.rq: when it returns that many rows, the page says it shows the most active only. */
  function nodeLimit() {
    var m = /LIMIT\s+(\d+)/.exec(texts['network-nodes'] || '');
    return m ? +m[1] : Infinity;
  }

  /**
   * A node's diameter from its claims, relative to the busiest node drawn, on a log scale: the same
   * spread of sizes for 20 claims or 200,000, and one hub does not shrink all the rest to dots.
   */
  function nodeSize(claims, most) { return 14 + 46 * Math.log(1 + claims) / Math.log(1 + Math.max(1, most)); }
  function edgeWidth(w) { return Math.min(9, 1.2 + 1.6 * Math.log2(w)); }

  // ------------------------------------------------------------------ drawing

  function style() {
    return [
      { selector: 'node', style: {
        'width': 'data(size)', 'height': 'data(size)', 'background-color': 'data(colour)',
        'border-width': 1.5, 'border-color': '#ffffff',
        'label': 'data(label)', 'font-size': 'data(font)', 'min-zoomed-font-size': 9,
        'color': '#1d232b', 'text-outline-color': '#ffffff', 'text-outline-width': 2.2, 'text-outline-opacity': 0.9,
        'text-valign': 'bottom', 'text-margin-y': 3, 'text-wrap': 'wrap', 'text-max-width': 'data(wrap)',
        'z-index': 'data(z)', 'font-weight': 'data(weight)'
      } },
      { selector: 'edge', style: {
        'width': 'data(width)', 'line-color': 'data(colour)', 'target-arrow-color': 'data(colour)',
        'target-arrow-shape': 'triangle', 'arrow-scale': 0.8, 'curve-style': 'bezier', 'opacity': 'data(alpha)',
        'line-style': 'data(style)', 'z-index': 1
      } },
      { selector: 'edge[kind = "memberOf"]', style: { 'target-arrow-shape': 'tee', 'opacity': 0.45 } },
      { selector: 'edge[kind = "involves"]', style: { 'target-arrow-shape': 'vee', 'arrow-scale': 0.6, 'line-dash-pattern': [4, 4] } },
      { selector: '.hidden', style: { 'display': 'none' } },
      { selector: '.faded', style: { 'opacity': 0.08, 'text-opacity': 0 } },
      { selector: 'node.hover, node:selected, node.focus', style: { 'min-zoomed-font-size': 0, 'z-index': 9999, 'text-opacity': 1 } },
      { selector: 'node:selected, node.focus', style: { 'border-width': 4, 'border-color': '#1d232b' } },
      { selector: 'edge:selected, edge.hover', style: { 'opacity': 1, 'z-index': 9998,
        'label': 'data(caption)', 'font-size': 11, 'text-outline-color': '#fff', 'text-outline-width': 2, 'color': '#1d232b',
        'text-rotation': 'autorotate' } },
      { selector: 'edge.near', style: { 'opacity': 0.9 } }
    ];
  }

  /** A node's label; for one outside the drawn network, its id made readable ("actor/islamic-state" → "islamic state"). */
  function label(iri) {
    var n = data && data.nodes.get(iri);
    if (n) return n.label;
    var id = shortId(iri);
    return id.substring(id.lastIndexOf('/') + 1).replace(/[-_]+/g, ' ');
  }
  function kindOf(iri) { var n = data.nodes.get(iri); return n && KIND[n.kind] ? n.kind : 'actor'; }

  /** Builds every element of the unfiltered network once, lays it out, and returns the cytoscape instance. */
  function draw(full) {
    var els = [];
    var ids = Array.from(full.active).sort(function (a, b) { return shortId(a) < shortId(b) ? -1 : 1; });
    ids.forEach(function (iri) {
      var k = kindOf(iri);
      els.push({ group: 'nodes', data: { id: shortId(iri), iri: iri, label: label(iri), kind: k, colour: KIND[k].colour,
        size: 18, font: 12, wrap: 140, z: 10, weight: 'normal' } });
    });
    Array.from(full.edges.values()).sort(function (a, b) { return a.id < b.id ? -1 : 1; }).forEach(function (e) {
      els.push({ group: 'edges', data: { id: e.id, source: shortId(e.source), target: shortId(e.target), kind: e.kind,
        iriSource: e.source, iriTarget: e.target,
        colour: EDGE_KIND[e.kind].colour, style: EDGE_KIND[e.kind].style, weight: 1, width: 1, alpha: 0.5, caption: '' } });
    });
    var c = cytoscape({ container: $('cy'), elements: els, style: style(), wheelSensitivity: 0.3, minZoom: 0.05, maxZoom: 4,
      boxSelectionEnabled: false, pixelRatio: 'auto', textureOnViewport: false, hideEdgesOnViewport: els.length > 4000 });
    return c;
  }

  /** Deterministic start (a golden-angle spiral, biggest nodes first), then cose with no randomness. */
  function layout(eles, done) {
    var nodes = eles.nodes().sort(function (a, b) { return b.data('size') - a.data('size') || (a.id() < b.id() ? -1 : 1); });
    var n = nodes.length;
    nodes.forEach(function (node, i) {
      var r = 40 * Math.sqrt(i + 1), t = i * 2.39996;
      node.position({ x: r * Math.cos(t), y: r * Math.sin(t) });
    });
    var l = eles.layout({
      name: 'cose', randomize: false, animate: false, fit: true, padding: 40,
      nodeDimensionsIncludeLabels: true, componentSpacing: 80,
      nodeRepulsion: function (node) { return 40000 + 800 * node.data('size') * node.data('size'); },
      nodeOverlap: 40, idealEdgeLength: function (edge) {
        var k = edge.data('kind');
        return k === 'memberOf' ? 70 : k === 'publishes' || k === 'cites' || k === 'involves' ? 160 + 5 * Math.sqrt(n) : 110 + 5 * Math.sqrt(n);
      },
      edgeElasticity: function (edge) { var k = edge.data('kind'); return k === 'publishes' || k === 'cites' || k === 'involves' ? 400 : 100; },
      nestingFactor: 1.2, gravity: 0.25, numIter: 3000, initialTemp: 1000, coolingFactor: 0.98, minTemp: 1.0
    });
    var t0 = Date.now();
    l.one('layoutstop', function () {
      stretch(eles.nodes());
      separate(eles.nodes());
      document.body.dataset.layoutMs = Date.now() - t0;
      if (done) done();
    });
    l.run();
  }

  /** cose makes a round picture; widen or heighten it to the shape of the window, so it uses the room. */
  function stretch(nodes) {
    if (nodes.length < 3) return;
    var bb = nodes.boundingBox({ includeLabels: false });
    var want = cy.width() / Math.max(1, cy.height()), have = bb.w / Math.max(1, bb.h);
    if (!isFinite(want) || !isFinite(have) || Math.abs(want / have - 1) < 0.1) return;
    var sx = want > have ? want / have : 1, sy = want > have ? 1 : have / want;
    var cx = (bb.x1 + bb.x2) / 2, cyy = (bb.y1 + bb.y2) / 2;
    nodes.positions(function (n) { var p = n.position(); return { x: cx + (p.x - cx) * sx, y: cyy + (p.y - cyy) * sy }; });
  }

  /** A few passes that push apart nodes still touching after the layout (hubs crowd the middle). */
  function separate(nodes) {
    var list = nodes.map(function (n) { var p = n.position(); return { n: n, x: p.x, y: p.y, r: n.data('size') / 2 + 4 }; });
    for (var pass = 0; pass < 60; pass++) {
      var moved = false;
      for (var i = 0; i < list.length; i++) {
        for (var j = i + 1; j < list.length; j++) {
          var a = list[i], b = list[j], dx = b.x - a.x, dy = b.y - a.y, d = Math.sqrt(dx * dx + dy * dy), min = a.r + b.r;
          if (d >= min) continue;
          if (d < 0.01) { dx = 1; dy = 0; d = 1; }
          var push = (min - d) / 2 + 0.5;
          a.x -= dx / d * push; a.y -= dy / d * push; b.x += dx / d * push; b.y += dy / d * push;
          moved = true;
        }
      }
      if (!moved) break;
    }
    cy.batch(function () { list.forEach(function (p) { p.n.position({ x: p.x, y: p.y }); }); });
  }

  /**
   * Runs the network queries again under the outlet, date and stance filters (on the server), then
   * redraws. The body's data-state is "filtering" until the answer is drawn, then "ready".
   */
  function refilter(fit) {
    var mine = ++generation;
    document.body.dataset.state = 'filtering';
    status('Filtering…');
    return network(filters()).then(function (n) {
      if (mine !== generation) return;
      net = n;
      apply(fit);
      document.body.dataset.state = 'ready';
    }).catch(function (err) {
      if (mine !== generation) return;
      status('Could not filter the network: ' + err.message, true);
      document.body.dataset.state = 'error';
    });
  }

  /**
   * Fits the drawing into the view beside or above the legend (whichever leaves it larger), so that
   * the legend in the bottom-left corner hides no node.
   */
  function fitView(eles, pad) {
    if (!eles || !eles.length) return;
    pad = pad == null ? 40 : pad;
    var W = cy.width(), H = cy.height(), box = $('cy').getBoundingClientRect(), lg = $('legend').getBoundingClientRect();
    var lw = Math.max(0, lg.right - box.left) + 10, lh = Math.max(0, box.bottom - lg.top) + 10;
    var bb = eles.boundingBox({ includeLabels: true });
    var w = Math.max(bb.w, 1), h = Math.max(bb.h, 1);
    var beside = { x1: lw, y1: pad, x2: W - pad, y2: H - pad }, above = { x1: pad, y1: pad, x2: W - pad, y2: H - lh };
    var zoomIn = function (r) { return Math.min((r.x2 - r.x1) / w, (r.y2 - r.y1) / h); };
    var r = zoomIn(beside) >= zoomIn(above) ? beside : above;
    var z = Math.max(cy.minZoom(), Math.min(cy.maxZoom(), zoomIn(r)));
    cy.viewport({ zoom: z, pan: { x: (r.x1 + r.x2) / 2 - z * (bb.x1 + bb.x2) / 2, y: (r.y1 + r.y2) / 2 - z * (bb.y1 + bb.y2) / 2 } });
  }

  /**
   * Pushes apart nodes whose discs or shown labels overlap (boxes as Cytoscape measures them at the
   * current zoom and fonts), moving each pair along the axis where they overlap least.
   */
  function declutter(nodes) {
    var z = cy.zoom();
    var list = nodes.map(function (n) {
      var shown = n.data('font') * z >= 9, bb = n.boundingBox({ includeLabels: shown }), p = n.position();
      return { n: n, x: p.x, y: p.y, x1: bb.x1 - p.x - 4, x2: bb.x2 - p.x + 4, y1: bb.y1 - p.y - 2, y2: bb.y2 - p.y + 2 };
    });
    for (var pass = 0; pass < 80; pass++) {
      var moved = false;
      for (var i = 0; i < list.length; i++) {
        for (var j = i + 1; j < list.length; j++) {
          var a = list[i], b = list[j];
          var ox = Math.min(a.x + a.x2, b.x + b.x2) - Math.max(a.x + a.x1, b.x + b.x1);
          if (ox <= 0) continue;
          var oy = Math.min(a.y + a.y2, b.y + b.y2) - Math.max(a.y + a.y1, b.y + b.y1);
          if (oy <= 0) continue;
          if (ox < oy) {
            var sx = (b.x > a.x || (b.x === a.x && j % 2)) ? 1 : -1, px = ox / 2 + 0.5;
            a.x -= sx * px; b.x += sx * px;
          } else {
            var sy = (b.y > a.y || (b.y === a.y && j % 2)) ? 1 : -1, py = oy / 2 + 0.5;
            a.y -= sy * py; b.y += sy * py;
          }
          moved = true;
        }
      }
      if (!moved) break;
    }
    cy.batch(function () { list.forEach(function (p) { p.n.position({ x: p.x, y: p.y }); }); });
  }

  /** Draws the network under the current filters: sizes, weights and visibility; the positions stay. */
  function apply(fit) {
    var f = filters();
    var maxWeight = 1;
    // Many edges: each one fainter, so that the heavy ones and the selected neighbourhood stand out.
    var alpha = net.edges.size > 800 ? 0.28 : 0.5;
    cy.batch(function () {
      cy.edges().forEach(function (edge) {
        var e = net.edges.get(edge.id());
        var w = e ? e.weight : 0;
        var kind = edge.data('kind');
        if (w > maxWeight && kind !== 'memberOf') maxWeight = w;
        var show = w > 0 && (kind === 'memberOf' || w >= f.minWeight) && !hiddenKinds['e:' + kind];
        edge.data({ weight: w, width: kind === 'involves' ? Math.min(4, edgeWidth(Math.max(1, w)) * 0.6) : edgeWidth(Math.max(1, w)),
          alpha: kind === 'involves' ? alpha * 0.7 : alpha,
          caption: EDGE_KIND[kind].label + (w > 1 ? ' ×' + w : '') });
        edge.toggleClass('hidden', !show);
      });
      var basis = function (node) {
        var r = net.rows.get(node.data('iri')), claims = r ? r.made + r.received + r.involved : 0;
        return node.data('kind') === 'outlet' ? Math.max(claims, net.published.get(node.data('iri')) || 0) : claims;
      };
      var most = 1;
      cy.nodes().forEach(function (node) { if (net.active.has(node.data('iri'))) most = Math.max(most, basis(node)); });
      cy.nodes().forEach(function (node) {
        var iri = node.data('iri'), r = net.rows.get(iri) || { made: 0, received: 0, involved: 0 };
        var claims = r.made + r.received + r.involved;
        var published = net.published.get(iri) || 0;
        var size = nodeSize(basis(node), most);
        var hasEdge = node.connectedEdges().some(function (e) { return !e.hasClass('hidden') && e.data('kind') !== 'memberOf'; });
        var show = !hiddenKinds['n:' + node.data('kind')] && net.active.has(iri) && (f.minWeight > 1 ? hasEdge : true);
        node.data({ claims: claims, made: r.made, received: r.received, involved: r.involved, published: published, size: size,
          rel: Math.log(1 + basis(node)) / Math.log(1 + most), z: 10 + claims, weight: basis(node) >= most / 5 ? 'bold' : 'normal' });
        node.toggleClass('hidden', !show);
      });
      // An edge whose end is hidden goes too.
      cy.edges().forEach(function (edge) { if (edge.source().hasClass('hidden') || edge.target().hasClass('hidden')) edge.addClass('hidden'); });
    });
    var slider = $('minWeight');
    slider.max = Math.max(2, maxWeight);
    legendCounts();
    var shown = cy.nodes().not('.hidden'), shownEdges = cy.edges().not('.hidden');
    var empty = data.nodes.size === 0;
    status(shown.length + ' actors and outlets · ' + shownEdges.length + ' edges' +
      (net.capped ? ' · the ' + nodeLimit() + ' most active (see network-nodes.rq)' : '') +
      (empty ? ' — this store holds no claims yet: ingest articles with claimgraph ingest' : ''));
    document.body.dataset.nodes = shown.length;
    document.body.dataset.edges = shownEdges.length;
    if (fit && shown.length) fitView(shown);
    labelFirstTheBiggest(shown);
  }

  /**
   * Labels do not pile up: small nodes' labels appear only when zoomed in (min-zoomed-font-size),
   * while the labels of the nodes with the most claims are made large enough to read at the
   * current zoom, so the picture names its hubs first.
   */
  function labelFirstTheBiggest(shown) {
    var zoom = cy.zoom();
    var ranked = shown.sort(function (a, b) { return b.data('claims') - a.data('claims') || (a.id() < b.id() ? -1 : 1); });
    var top = ranked.length <= 60 ? ranked.length : Math.max(12, Math.min(30, Math.round(ranked.length / 10)));
    cy.batch(function () {
      ranked.forEach(function (n, i) {
        var base = Math.round(12 + 8 * Math.sqrt(n.data('rel') || 0));
        var readable = i < top ? Math.min(160, Math.ceil((i < top / 3 ? 13 : 11) / zoom)) : 0;
        var font = Math.max(base, readable);
        n.data({ font: font, wrap: Math.round(font * 11) });
      });
    });
  }

  // ------------------------------------------------------------------ legend, search, details

  function legend() {
    var ln = $('legend-nodes'), le = $('legend-edges');
    KINDS.forEach(function (k) {
      if (k[0] === 'actor') return;
      var li = document.createElement('li');
      li.dataset.key = 'n:' + k[0];
      li.innerHTML = '<span class="dot" style="background:' + k[2] + '"></span>' + k[1] + ' <span class="count"></span>';
      ln.appendChild(li);
    });
    EDGE_KINDS.forEach(function (k) {
      var li = document.createElement('li');
      li.dataset.key = 'e:' + k[0];
      li.innerHTML = '<span class="line" style="border-top-color:' + k[2] + ';border-top-style:' + k[3] + '"></span>' + k[1] + ' <span class="count"></span>';
      le.appendChild(li);
    });
    $('legend').addEventListener('click', function (ev) {
      var li = ev.target.closest('li');
      if (!li) return;
      hiddenKinds[li.dataset.key] = !hiddenKinds[li.dataset.key];
      li.classList.toggle('off', !!hiddenKinds[li.dataset.key]);
      apply(false);
    });
  }

  function legendCounts() {
    var counts = {};
    cy.elements().not('.hidden').forEach(function (el) {
      var key = (el.isNode() ? 'n:' : 'e:') + el.data('kind');
      counts[key] = (counts[key] || 0) + 1;
    });
    document.querySelectorAll('#legend li').forEach(function (li) {
      li.querySelector('.count').textContent = counts[li.dataset.key] || (hiddenKinds[li.dataset.key] ? '' : '0');
    });
  }

  function esc(s) {
    return String(s == null ? '' : s).replace(/[&<>"']/g, function (c) {
      return { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }[c];
    });
  }

  function nodeLink(iri) {
    return '<a class="node-link" data-node="' + esc(shortId(iri)) + '">' + esc(label(iri)) + '</a>';
  }

  /** The article line under a claim: title linked to the article, outlets, date. */
  function articleLine(c) {
    var title = c.title || shortId(c.article);
    var href = c.url || ENDPOINT + '?query=' + encodeURIComponent('DESCRIBE <' + c.article + '>');
    var bits = ['<a href="' + esc(href) + '" target="_blank" rel="noopener">' + esc(title) + '</a>'];
    if (c.outlets.length) bits.push(c.outlets.map(label).map(esc).join(', '));
    if (c.issued) bits.push(esc(c.issued));
    return bits.join(' · ');
  }

  /** A row of network-node-claims.rq or network-edge-claims.rq. */
  function claimRow(b) {
    return { iri: val(b, 'claim'), role: val(b, 'role'), speaker: val(b, 'speaker'), stance: val(b, 'stance'), article: b.article.value,
      issued: val(b, 'issued'), title: val(b, 'title'), url: val(b, 'url'), targets: words(b, 'targets'), outlets: words(b, 'outlets'),
      cue: val(b, 'cue'), evidence: val(b, 'evidence') };
  }

  function claimItem(c) {
    if (!c.iri) return '<li class="claim"><div class="src">' + articleLine(c) + '</div></li>'; // a citing article
    var who = '<span class="stance ' + esc(c.stance) + '">' + esc(c.stance) + '</span> ' + '<b>' + nodeLink(c.speaker) + '</b>';
    if (c.targets.length) who += ' → ' + c.targets.map(nodeLink).join(', ');
    if (c.cue) who += ' <span class="src">(' + esc(c.cue) + ')</span>';
    return '<li class="claim" data-claim="' + esc(c.iri) + '"><div class="who">' + who + '</div>' +
      '<blockquote class="evidence">' + esc(c.evidence || '') + '</blockquote>' +
      '<div class="src">' + articleLine(c) + '</div></li>';
  }

  /** A titled list; {@code total} is how many there are under the filters (the query returns at most its LIMIT). */
  function claimList(title, list, total) {
    var n = total == null ? list.length : Math.max(total, list.length);
    var html = '<h3>' + esc(title) + ' (' + n + ')</h3>';
    if (!list.length) return html + '<p class="empty">none under the current filters</p>';
    html += '<ol class="claims">' + list.map(claimItem).join('') + '</ol>';
    if (n > list.length) html += '<p class="empty">and ' + (n - list.length) + ' more; narrow the filters to see them.</p>';
    return html;
  }

  var detailsFor = 0; // the newest details request; older answers are dropped

  /** Runs a claims query for the details panel and renders its rows when they arrive. */
  function details(head, name, text, render) {
    var mine = ++detailsFor;
    $('details').innerHTML = head + '<p class="empty loading">Loading the claims…</p>';
    $('panel').scrollTop = 0;
    select(name, withFilters(text, filters())).then(function (rows) {
      if (mine !== detailsFor) return;
      $('details').innerHTML = head + render(rows.map(claimRow));
    }).catch(function (err) {
      if (mine !== detailsFor) return;
      $('details').innerHTML = head + '<p class="error">Could not load the claims: ' + esc(err.message) + '</p>';
    });
  }

  function showNode(node) {
    var iri = node.data('iri'), k = node.data('kind');
    var head = '<h2>' + esc(node.data('label')) + ' <span class="kind" style="background:' + KIND[k].colour + '">' + esc(KIND[k].label) + '</span></h2>';
    var counts = [node.data('made') + ' claims made', node.data('received') + ' received'];
    if (node.data('involved')) counts.push('named in ' + node.data('involved'));
    if (node.data('published')) counts.push(node.data('published') + ' published');
    head += '<p class="counts">' + counts.join(' · ') + '</p>';
    var groups = node.outgoers('edge[kind = "memberOf"]').not('.hidden').targets();
    var member = groups.length ? '<h3>Member of</h3><p>' + groups.map(function (g) { return nodeLink(g.data('iri')); }).join(', ') + '</p>' : '';
    details(head, 'network-node-claims', texts['network-node-claims'].replace(NODE_LINE, 'VALUES ?node { ' + iriTerm(iri) + ' }'), function (rows) {
      var by = function (role) { return rows.filter(function (c) { return c.role === role; }); };
      var html = claimList('Claims made', by('made'), node.data('made'));
      html += claimList('Claims against', by('received'), node.data('received'));
      if (node.data('involved')) html += claimList('Claims that name it', by('involves'), node.data('involved'));
      if (node.data('published')) html += claimList('Claims in its articles', by('published'), node.data('published'));
      return html + member;
    });
  }

  function showEdge(edge) {
    var s = edge.data('iriSource'), t = edge.data('iriTarget'), k = edge.data('kind'), w = edge.data('weight');
    var head = '<h2>' + nodeLink(s) + ' <span class="kind" style="background:' + EDGE_KIND[k].colour + '">' + esc(EDGE_KIND[k].label) +
      '</span> ' + nodeLink(t) + '</h2>';
    if (k === 'memberOf') {
      detailsFor++;
      $('details').innerHTML = head + '<p>' + esc(label(s)) + ' belongs to or serves ' + esc(label(t)) + '.</p>';
      return;
    }
    var line = 'VALUES (?source ?target ?kind) { (' + iriTerm(s) + ' ' + iriTerm(t) + ' ' + literal(k) + ') }';
    details(head, 'network-edge-claims', texts['network-edge-claims'].replace(EDGE_LINE, line), function (rows) {
      var title = k === 'cites' ? 'Articles' : k === 'publishes' ? 'Claims by ' + label(t) + ' in its articles'
        : k === 'involves' ? 'Claims by ' + label(s) + ' that name ' + label(t) : 'Claims behind this edge';
      return claimList(title, rows, w);
    });
  }

  function focus(node) {
    cy.elements().removeClass('faded focus near');
    if (!node) return;
    var hood = node.closedNeighborhood().not('.hidden');
    cy.elements().not(hood).addClass('faded');
    hood.edges().addClass('near');
    node.addClass('focus');
    cy.animate({ fit: { eles: hood, padding: 60 } }, { duration: 350 });
    showNode(node);
  }

  function find(text) {
    var q = text.trim().toLowerCase();
    if (!q) { focus(null); return null; }
    var nodes = cy.nodes().not('.hidden');
    var by = function (p) { return nodes.filter(function (n) { return p(n.data('label').toLowerCase()); }); };
    var hits = by(function (l) { return l === q; });
    if (!hits.length) hits = by(function (l) { return l.indexOf(q) === 0; });
    if (!hits.length) hits = by(function (l) { return l.indexOf(q) >= 0; });
    if (!hits.length) { status('No visible actor matches “' + text + '”'); return null; }
    var best = hits.sort(function (a, b) { return b.data('claims') - a.data('claims'); })[0];
    cy.nodes().unselect();
    focus(best);
    return best;
  }

  function wire() {
    cy.on('tap', 'node', function (ev) { cy.elements().removeClass('faded focus near'); showNode(ev.target); });
    cy.on('tap', 'edge', function (ev) { showEdge(ev.target); });
    cy.on('tap', function (ev) { if (ev.target === cy) cy.elements().removeClass('faded focus near'); });
    cy.on('mouseover', 'node', function (ev) {
      ev.target.addClass('hover');
      ev.target.connectedEdges().addClass('near');
      $('cy').style.cursor = 'pointer';
    });
    cy.on('mouseout', 'node', function (ev) {
      ev.target.removeClass('hover');
      ev.target.connectedEdges().removeClass('near');
      $('cy').style.cursor = '';
    });
    cy.on('mouseover', 'edge', function (ev) { ev.target.addClass('hover'); $('cy').style.cursor = 'pointer'; });
    cy.on('mouseout', 'edge', function (ev) { ev.target.removeClass('hover'); $('cy').style.cursor = ''; });
    ['outlet', 'from', 'to', 'stance'].forEach(function (id) { $(id).addEventListener('change', function () { refilter(true); }); });
    $('minWeight').addEventListener('input', function () { $('minWeightOut').textContent = $('minWeight').value; apply(false); });
    $('search').addEventListener('change', function () { find($('search').value); });
    $('search').addEventListener('keydown', function (ev) {
      if (ev.key === 'Enter') find($('search').value);
      if (ev.key === 'Escape') { $('search').value = ''; focus(null); }
    });
    $('reset').addEventListener('click', function () {
      ['search', 'outlet', 'from', 'to', 'stance'].forEach(function (id) { $(id).value = ''; });
      $('minWeight').value = 1;
      $('minWeightOut').textContent = '1';
      hiddenKinds = {};
      document.querySelectorAll('#legend li').forEach(function (li) { li.classList.remove('off'); });
      cy.elements().removeClass('faded focus near');
      generation++;
      net = fullNet;
      apply(true);
      document.body.dataset.state = 'ready';
    });
    $('relayout').addEventListener('click', function () {
      layout(cy.elements().not('.hidden'), function () { apply(true); declutter(cy.nodes().not('.hidden')); apply(true); });
    });
    $('details').addEventListener('click', function (ev) {
      var a = ev.target.closest('a.node-link');
      if (!a) return;
      var n = cy.getElementById(a.dataset.node);
      if (n.nonempty()) { cy.nodes().unselect(); focus(n); }
    });
  }

  function options() {
    var outlets = [];
    data.nodes.forEach(function (n, iri) { if (n.kind === 'outlet' && fullNet.active.has(iri)) outlets.push(iri); });
    outlets.sort(function (a, b) { return label(a).localeCompare(label(b)); }).forEach(function (o) {
      var opt = document.createElement('option');
      opt.value = o;
      opt.textContent = label(o);
      $('outlet').appendChild(opt);
    });
    var dl = $('actors');
    cy.nodes().map(function (n) { return n.data('label'); }).sort().forEach(function (l) {
      var opt = document.createElement('option');
      opt.value = l;
      dl.appendChild(opt);
    });
  }

  var fullNet = null; // the network with no filter set, drawn once and laid out

  function start() {
    legend();
    loadTexts().then(function () { return network(filters()); }).then(function (full) {
      data = { nodes: new Map() };
      full.rows.forEach(function (r, iri) { data.nodes.set(iri, { label: r.label, kind: r.kind }); });
      fullNet = net = full;
      cy = draw(full);
      window.claimgraph.cy = cy;
      apply(false);
      options();
      wire();
      status('Laying out ' + cy.nodes().length + ' nodes…');
      setTimeout(function () {
        layout(cy.elements(), function () {
          apply(true);
          declutter(cy.nodes().not('.hidden'));
          apply(true);
          document.body.dataset.state = 'ready';
        });
      }, 0);
    }).catch(function (err) {
      status('Could not load the network: ' + err.message, true);
      document.body.dataset.state = 'error';
      if (window.console) console.error(err);
    });
  }

  /** For people at the console and for the browser tests. */
  window.claimgraph = {
    cy: null,
    /** Fits the visible network into the view, beside the legend. */
    fit: function () { fitView(cy.nodes().not('.hidden')); },
    find: function (text) { var n = find(text); return n ? n.id() : null; },
    network: function () {
      return {
        nodes: cy.nodes().not('.hidden').map(function (n) { return { id: n.id(), label: n.data('label'), kind: n.data('kind'), claims: n.data('claims') }; }),
        edges: cy.edges().not('.hidden').map(function (e) { return { id: e.id(), weight: e.data('weight') }; })
      };
    }
  };

  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start); else start();
})();
