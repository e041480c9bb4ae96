/* ketluan graph view: N-Triples in, a vis-network drawing out. No network access beyond ketluan itself.
 *
 *   KetluanGraph.parseNTriples(text)            -> [{s, p, o}] with terms {type: "uri"|"bnode"|"literal", value, lang, datatype}
 *   KetluanGraph.create(container, info)        -> a view; view.add(triples), view.focus(iri), view.clear()
 *   KetluanGraph.entityUrl(iri)                 -> "/id/...?format=ntriples" for a kli: IRI, else null
 */
(function (global) {
  "use strict";

  var KLI = "https://w3id.org/ketluan/id/";
  var RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type";
  var LABELS = {
    "http://xmlns.com/foaf/0.1/name": 0,
    "http://www.w3.org/2004/02/skos/core#prefLabel": 1,
    "http://www.w3.org/2000/01/rdf-schema#label": 2,
    "https://w3id.org/ketluan/ontology#text": 3
  };
  var HIDDEN_LITERALS = {
    "http://www.w3.org/ns/oa#start": 1,
    "http://www.w3.org/ns/oa#end": 1,
    "https://w3id.org/ketluan/ontology#contentHash": 1
  };
  // Links drawn in no graph: every quoted span points back to its notice, which would bury the notice's node.
  var HIDDEN_EDGES = { "http://www.w3.org/ns/oa#hasSource": 1 };
  var COLOURS = {
    person: "#3b82f6", agency: "#16a34a", meeting: "#9333ea", directive: "#d97706", notice: "#64748b",
    membership: "#0d9488", post: "#0891b2", place: "#65a30d", change: "#dc2626", span: "#a3a3a3",
    role: "#db2777", topic: "#ca8a04", other: "#94a3b8", literal: "#f1f5f9"
  };
  var PREFIXES = {
    "https://w3id.org/ketluan/ontology#": "kl:", "https://w3id.org/ketluan/id/": "kli:",
    "https://w3id.org/ketluan/topic/": "klt:", "http://www.w3.org/ns/org#": "org:",
    "http://xmlns.com/foaf/0.1/": "foaf:", "http://www.w3.org/2004/02/skos/core#": "skos:",
    "http://www.w3.org/ns/prov#": "prov:", "http://schema.org/": "schema:", "http://www.w3.org/ns/oa#": "oa:",
    "http://www.w3.org/2000/01/rdf-schema#": "rdfs:", "http://www.w3.org/2002/07/owl#": "owl:",
    "http://www.w3.org/1999/02/22-rdf-syntax-ns#": "rdf:", "http://www.w3.org/2006/time#": "time:",
    "http://www.w3.org/2001/XMLSchema#": "xsd:"
  };

  function shorten(iri) {
    var best = "";
    for (var ns in PREFIXES) { if (iri.indexOf(ns) === 0 && ns.length > best.length) { best = ns; } }
    return best ? PREFIXES[best] + iri.slice(best.length) : iri;
  }

  function kindOf(iri) {
    if (iri.indexOf(KLI) === 0) { return iri.slice(KLI.length).split("/")[0]; }
    if (iri.indexOf("https://w3id.org/ketluan/topic/") === 0) { return "topic"; }
    return "other";
  }

  function entityUrl(iri) {
    if (iri.indexOf(KLI) !== 0) { return null; }
    var path = iri.slice(KLI.length);
    if (!/^[A-Za-z0-9._~\/-]+$/.test(path)) { return null; }
    return "/id/" + path + "?format=ntriples";
  }

  function pageUrl(iri) {
    var url = entityUrl(iri);
    return url ? url.replace(/\?format=ntriples$/, "") : null;
  }

  function unescapeNT(s) {
    return s.replace(/\\(?:u([0-9A-Fa-f]{4})|U([0-9A-Fa-f]{8})|(.))/g, function (_, u4, u8, c) {
      if (u4) { return String.fromCharCode(parseInt(u4, 16)); }
      if (u8) { return String.fromCodePoint(parseInt(u8, 16)); }
      return { t: "\t", b: "\b", n: "\n", r: "\r", f: "\f", '"': '"', "'": "'", "\\": "\\" }[c] || c;
    });
  }

  var TERM = '(<[^>]*>|_:[^\\s]+|"(?:[^"\\\\]|\\\\.)*"(?:@[A-Za-z0-9-]+|\\^\\^<[^>]*>)?)';
  var LINE = new RegExp("^\\s*" + TERM + "\\s+" + TERM + "\\s+" + TERM + "\\s*\\.\\s*$");

  function term(token) {
    if (token.charAt(0) === "<") { return { type: "uri", value: unescapeNT(token.slice(1, -1)) }; }
    if (token.charAt(0) === "_") { return { type: "bnode", value: token.slice(2) }; }
    var m = /^"((?:[^"\\]|\\.)*)"(?:@([A-Za-z0-9-]+)|\^\^<([^>]*)>)?$/.exec(token);
    return { type: "literal", value: unescapeNT(m[1]), lang: m[2] || null, datatype: m[3] || null };
  }

  function parseNTriples(text) {
    var out = [];
    text.split(/\r?\n/).forEach(function (line) {
      if (!line.trim() || line.trim().charAt(0) === "#") { return; }
      var m = LINE.exec(line);
      if (m) { out.push({ s: term(m[1]), p: term(m[2]), o: term(m[3]) }); }
    });
    return out;
  }

  function truncate(s, n) {
    s = s.replace(/\s+/g, " ").trim();
    return s.length > n ? s.slice(0, n - 1) + "…" : s;
  }

  function View(container, info) {
    this.container = container;
    this.info = info || null;
    this.triples = [];
    this.keys = {};
    this.expanded = {};
    this.network = null;
    this.labelled = {};
    this.names = {};
  }

  View.prototype.clear = function () {
    this.triples = [];
    this.keys = {};
    this.expanded = {};
    if (this.network) { this.network.destroy(); this.network = null; }
    if (this.info) { this.info.textContent = ""; }
  };

  View.prototype.add = function (triples) {
    var self = this;
    triples.forEach(function (t) {
      var key = JSON.stringify([t.s, t.p, t.o]);
      if (!self.keys[key]) { self.keys[key] = true; self.triples.push(t); }
    });
    this.draw();
  };

  View.prototype.load = function (iri) {
    var self = this;
    var url = entityUrl(iri);
    if (!url || this.expanded[iri]) { return Promise.resolve(); }
    this.expanded[iri] = true;
    return fetch(url, { headers: { Accept: "application/n-triples" } })
      .then(function (r) { if (!r.ok) { throw new Error(r.status + " " + r.statusText); } return r.text(); })
      .then(function (text) { self.add(parseNTriples(text)); self.focus(iri); });
  };

  View.prototype.model = function () {
    var labels = {}, ranks = {}, types = {}, nodes = {}, edges = [], literalCount = 0, names = this.names;
    this.triples.forEach(function (t) {
      var p = t.p.value;
      if (t.s.type !== "literal" && t.o.type === "literal" && p in LABELS) {
        var rank = LABELS[p] * 2 + (t.o.lang === "vi" || !t.o.lang ? 0 : 1);
        if (!(t.s.value in ranks) || rank < ranks[t.s.value]) {
          ranks[t.s.value] = rank;
          labels[t.s.value] = truncate(t.o.value, p.indexOf("#text") > 0 ? 40 : 60);
        }
      }
      if (p === RDF_TYPE && t.o.type === "uri") { (types[t.s.value] = types[t.s.value] || []).push(t.o.value); }
    });
    function node(t) {
      var id = (t.type === "bnode" ? "_:" : "") + t.value;
      if (!nodes[id]) {
        var kind = t.type === "uri" ? kindOf(t.value) : "other";
        nodes[id] = {
          id: id, iri: t.type === "uri" ? t.value : null, kind: kind,
          label: labels[t.value] || (names[t.value] && truncate(names[t.value], 60)) || (t.type === "uri" ? truncate(shorten(t.value), 50) : id),
          title: t.value, color: { background: COLOURS[kind] || COLOURS.other, border: "#334155" },
          font: { color: "#0f172a" }, shape: "dot", size: kind === "span" ? 8 : 14
        };
      }
      return id;
    }
    this.triples.forEach(function (t) {
      var p = t.p.value;
      if (p === RDF_TYPE || p in HIDDEN_EDGES || t.s.type === "literal") { return; }
      if (t.o.type === "literal") {
        if (p in LABELS || p in HIDDEN_LITERALS) { return; }
        var from = node(t.s), id = "lit:" + (literalCount++);
        nodes[id] = {
          id: id, label: truncate(t.o.value, 40), title: t.o.value, shape: "box", kind: "literal",
          color: { background: COLOURS.literal, border: "#cbd5e1" }, font: { size: 11, color: "#334155" }
        };
        edges.push({ from: from, to: id, label: shorten(p), arrows: "to" });
        return;
      }
      edges.push({ from: node(t.s), to: node(t.o), label: shorten(p), arrows: "to" });
    });
    Object.keys(types).forEach(function (iri) { if (nodes[iri]) { nodes[iri].types = types[iri]; } });
    return { nodes: Object.keys(nodes).map(function (k) { return nodes[k]; }), edges: edges };
  };

  View.prototype.draw = function () {
    var self = this;
    if (!global.vis || !global.vis.Network) {
      this.container.textContent = "vis-network is not loaded.";
      return;
    }
    var model = this.model();
    var data = { nodes: new global.vis.DataSet(model.nodes), edges: new global.vis.DataSet(model.edges) };
    var options = {
      autoResize: true,
      nodes: { font: { size: 13, face: "system-ui, sans-serif" }, borderWidth: 1 },
      edges: {
        font: { size: 10, align: "middle", color: "#475569", strokeWidth: 3, strokeColor: "#ffffff" },
        color: { color: "#94a3b8", highlight: "#0f172a" }, smooth: { type: "dynamic" }
      },
      physics: { stabilization: { iterations: 250 }, barnesHut: { gravitationalConstant: -6000, springLength: 140 } },
      interaction: { hover: true, tooltipDelay: 150 }
    };
    if (this.network) { this.network.setData(data); }
    else {
      this.network = new global.vis.Network(this.container, data, options);
      this.network.on("click", function (params) { self.show(params.nodes[0]); });
      this.network.on("doubleClick", function (params) {
        var n = params.nodes[0];
        if (n && n.indexOf("lit:") !== 0 && n.indexOf("_:") !== 0) {
          self.load(n).catch(function (e) { if (self.info) { self.info.textContent = String(e); } });
        }
      });
    }
    this.fetchLabels(data.nodes, model.nodes);
    this.container.setAttribute("data-nodes", String(model.nodes.length));
    this.container.setAttribute("data-edges", String(model.edges.length));
    this.model_ = model;
  };

  // Nodes known only by their IRI (a CONSTRUCT without names) get their labels from ketluan.
  View.prototype.fetchLabels = function (dataset, nodes) {
    var self = this;
    var wanted = nodes.filter(function (n) { return n.iri && !self.labelled[n.iri] && n.label === truncate(shorten(n.iri), 50); })
      .map(function (n) { return n.iri; }).slice(0, 500);
    if (!wanted.length) { return; }
    wanted.forEach(function (iri) { self.labelled[iri] = true; });
    fetch("/pages/labels", {
      method: "POST",
      headers: { "Content-Type": "application/json", Accept: "application/json" },
      body: JSON.stringify({ iris: wanted })
    })
      .then(function (r) { return r.ok ? r.json() : { labels: {} }; })
      .then(function (j) {
        var updates = [];
        Object.keys(j.labels || {}).forEach(function (iri) {
          self.names[iri] = j.labels[iri];
          if (dataset.get(iri)) { updates.push({ id: iri, label: truncate(j.labels[iri], 60) }); }
        });
        if (updates.length) { dataset.update(updates); }
      })
      .catch(function () { /* keep the short IRIs */ });
  };

  View.prototype.focus = function (iri) {
    if (this.network && iri) {
      try { this.network.selectNodes([iri]); } catch (e) { /* not drawn */ }
    }
  };

  View.prototype.show = function (id) {
    if (!this.info) { return; }
    this.info.textContent = "";
    if (!id || !this.model_) { return; }
    var n = this.model_.nodes.filter(function (x) { return x.id === id; })[0];
    if (!n) { return; }
    var strong = document.createElement("strong");
    strong.textContent = n.kind === "literal" ? n.title : n.label;
    this.info.appendChild(strong);
    if (n.iri) {
      var code = document.createElement("code");
      code.textContent = " " + n.iri + " ";
      this.info.appendChild(code);
      var page = pageUrl(n.iri);
      if (page) {
        var a = document.createElement("a");
        a.href = page;
        a.textContent = "Mở trang / open page →";
        this.info.appendChild(a);
      }
    }
  };

  global.KetluanGraph = {
    parseNTriples: parseNTriples,
    entityUrl: entityUrl,
    pageUrl: pageUrl,
    shorten: shorten,
    kindOf: kindOf,
    create: function (container, info) { return new View(container, info); }
  };
})(window);
