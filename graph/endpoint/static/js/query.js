/* ketluan query page: SPARQL editor, named-query gallery, results table, CSV, graph view, shareable links.
 * Talks only to ketluan itself: POST /sparql, GET /api/query/{name}, POST /pages/labels, GET /id/... */
(function () {
  "use strict";

  var DATA = JSON.parse(document.getElementById("kl-data").textContent);
  var MAX_ROWS_SHOWN = 1000;
  var byName = {};
  DATA.queries.forEach(function (q) { byName[q.name] = q; });

  var $ = function (id) { return document.getElementById(id); };
  var textarea = $("query");
  var status = $("status");
  var results = $("results");
  var paramsBox = $("params");
  var graphPanel = $("graph-panel");
  var editor = window.CodeMirror
    ? window.CodeMirror.fromTextArea(textarea, {
        mode: "application/sparql-query",
        lineNumbers: true,
        matchBrackets: true,
        indentUnit: 2,
        viewportMargin: Infinity,
        extraKeys: { "Ctrl-Enter": function () { run(); }, "Cmd-Enter": function () { run(); } }
      })
    : null;
  var graphView = window.KetluanGraph ? window.KetluanGraph.create($("graph"), $("graph-info")) : null;

  var active = null; // {name, text} of the named query loaded, while its text is unchanged
  var last = null;   // {vars, rows} of the last result, for CSV

  function getText() { return editor ? editor.getValue() : textarea.value; }
  function setText(text) { if (editor) { editor.setValue(text); } else { textarea.value = text; } }

  function setStatus(text, kind) {
    status.textContent = text;
    status.className = "status" + (kind ? " " + kind : "");
  }

  // ---------------------------------------------------------------- query text

  function sanitize(text) {
    // IRIs and strings out first (they may hold '#' or ':'), then comments.
    return text
      .replace(/<[^<>\s"{}|^`\\]*>/g, " ")
      .replace(/"""[\s\S]*?"""|'''[\s\S]*?'''|"(?:[^"\\\n]|\\.)*"|'(?:[^'\\\n]|\\.)*'/g, " ")
      .replace(/#[^\n]*/g, " ");
  }

  function queryForm(text) {
    var m = /\b(SELECT|ASK|CONSTRUCT|DESCRIBE|INSERT|DELETE|LOAD|CLEAR|CREATE|DROP|COPY|MOVE|ADD|WITH)\b/i.exec(sanitize(text));
    return m ? m[1].toUpperCase() : "SELECT";
  }

  function missingPrefixes(text) {
    var clean = sanitize(text);
    var declared = {};
    clean.replace(/\bPREFIX\s+([A-Za-z][\w.-]*)?\s*:/gi, function (_, p) { declared[p || ""] = true; return ""; });
    var body = clean.replace(/\bPREFIX\s+[A-Za-z][\w.-]*\s*:/gi, " ");
    return Object.keys(DATA.prefixes).filter(function (p) {
      return !declared[p] && new RegExp("(^|[^\\w?$.:-])" + p + ":").test(body);
    });
  }

  function withPrefixes(text) {
    var missing = missingPrefixes(text);
    if (!missing.length) { return text; }
    return missing.map(function (p) { return "PREFIX " + p + ": <" + DATA.prefixes[p] + ">"; }).join("\n") + "\n" + text;
  }

  // ---------------------------------------------------------------- gallery and parameters

  function renderParams(q, given) {
    paramsBox.textContent = "";
    if (!q || !q.params.length) { paramsBox.hidden = true; return; }
    paramsBox.hidden = false;
    q.params.forEach(function (p) {
      var label = document.createElement("label");
      label.className = "param";
      var name = document.createElement("span");
      name.textContent = p.name + (p.required ? " *" : "");
      name.title = p.kind + (p.help ? ": " + p.help : "");
      var input = document.createElement("input");
      input.type = "text";
      input.name = "param." + p.name;
      input.setAttribute("data-param", p.name);
      input.placeholder = p.help || p.kind;
      input.value = given && given[p.name] != null ? given[p.name] : (p.default != null ? p.default : "");
      input.addEventListener("keydown", function (e) { if (e.key === "Enter") { e.preventDefault(); run(); } });
      label.appendChild(name);
      label.appendChild(input);
      var kind = document.createElement("small");
      kind.textContent = p.kind;
      label.appendChild(kind);
      paramsBox.appendChild(label);
    });
  }

  function paramValues() {
    var out = {};
    var inputs = paramsBox.querySelectorAll("input[data-param]");
    for (var i = 0; i < inputs.length; i++) { out[inputs[i].getAttribute("data-param")] = inputs[i].value; }
    return out;
  }

  function selectNamed(name, given, autorun) {
    var q = byName[name];
    if (!q) { setStatus("Không có truy vấn tên “" + name + "” / no such named query", "error"); return; }
    setText(q.text);
    active = { name: name, text: q.text };
    var items = document.querySelectorAll(".gallery-item");
    for (var i = 0; i < items.length; i++) {
      var selected = items[i].getAttribute("data-name") === name;
      items[i].classList.toggle("selected", selected);
      if (selected && items[i].scrollIntoView) { items[i].scrollIntoView({ block: "nearest" }); }
    }
    $("active-query").textContent = q.title;
    $("active-query").title = q.description;
    renderParams(q, given);
    var missing = q.params.filter(function (p) { return p.required && !(paramValues()[p.name] || "").trim(); });
    if (autorun && !missing.length) { run(); }
    else if (missing.length) {
      setStatus("Nhập tham số bắt buộc / fill in: " + missing.map(function (p) { return p.name; }).join(", "), "info");
      var input = paramsBox.querySelector('input[data-param="' + missing[0].name + '"]');
      if (input) { input.focus(); }
    }
  }

  function usingNamed() { return active && getText() === active.text; }

  if (editor) {
    editor.on("change", function () {
      if (active && !usingNamed()) {
        $("active-query").textContent = "Truy vấn tự do (đã sửa từ " + active.name + ") / edited";
        paramsBox.hidden = true;
      } else if (active) {
        $("active-query").textContent = byName[active.name].title;
        paramsBox.hidden = !byName[active.name].params.length;
      }
    });
  }

  // ---------------------------------------------------------------- running

  function shareHash() {
    var params = new URLSearchParams();
    if (usingNamed()) {
      params.set("named", active.name);
      var values = paramValues();
      Object.keys(values).forEach(function (k) { params.set("param." + k, values[k]); });
    } else {
      params.set("query", getText());
    }
    return "#" + params.toString();
  }

  function errorText(response, body) {
    try {
      var j = JSON.parse(body);
      var e = j.error || j;
      if (typeof e === "string") { return e; }
      return e.message || e.detail || body;
    } catch (x) {
      return body || response.status + " " + response.statusText;
    }
  }

  function run() {
    var started = performance.now();
    var request;
    var form;
    if (usingNamed()) {
      form = "SELECT";
      var qs = new URLSearchParams();
      var values = paramValues();
      Object.keys(values).forEach(function (k) { if (values[k] !== "") { qs.set(k, values[k]); } });
      request = fetch("/api/query/" + encodeURIComponent(active.name) + (qs.toString() ? "?" + qs : ""), {
        headers: { Accept: "application/sparql-results+json" }
      });
    } else {
      var text = withPrefixes(getText());
      form = queryForm(text);
      var graphish = form === "CONSTRUCT" || form === "DESCRIBE";
      request = fetch("/sparql", {
        method: "POST",
        headers: {
          "Content-Type": "application/x-www-form-urlencoded;charset=UTF-8",
          Accept: graphish ? "application/n-triples" : "application/sparql-results+json"
        },
        body: new URLSearchParams({ query: text }).toString()
      });
    }
    history.replaceState(null, "", shareHash());
    setStatus("Đang chạy… / running…", "busy");
    $("run").disabled = true;
    return request
      .then(function (response) {
        return response.text().then(function (body) {
          if (!response.ok) { throw new Error(errorText(response, body)); }
          var type = (response.headers.get("Content-Type") || "").split(";")[0].trim();
          var ms = Math.round(performance.now() - started);
          if (type === "application/n-triples" || type === "text/plain") {
            showTriples(window.KetluanGraph.parseNTriples(body), ms);
          } else {
            showSolutions(JSON.parse(body), ms);
          }
        });
      })
      .catch(function (e) {
        setStatus("Lỗi / error: " + e.message, "error");
        results.textContent = "";
        last = null;
        $("download-csv").disabled = true;
      })
      .then(function () { $("run").disabled = false; });
  }

  // ---------------------------------------------------------------- results

  function cell(t, iris) {
    var td = document.createElement("td");
    if (!t) { return td; }
    if (t.type === "uri") {
      var page = window.KetluanGraph.pageUrl(t.value);
      var el = document.createElement(page ? "a" : "span");
      el.className = "iri" + (page ? " kind-" + window.KetluanGraph.kindOf(t.value) : " ext");
      el.textContent = window.KetluanGraph.shorten(t.value);
      el.title = t.value;
      el.setAttribute("data-iri", t.value);
      if (page) { el.href = page; }
      td.appendChild(el);
      iris[t.value] = true;
      if (page) {
        var g = document.createElement("button");
        g.type = "button";
        g.className = "graph-btn";
        g.title = "Xem đồ thị / show in graph";
        g.textContent = "◎";
        g.addEventListener("click", function () { showEntityGraph(t.value); });
        td.appendChild(document.createTextNode(" "));
        td.appendChild(g);
      }
    } else if (t.type === "bnode") {
      td.textContent = "_:" + t.value;
    } else {
      var span = document.createElement("span");
      span.className = "lit";
      span.textContent = t.value;
      td.appendChild(span);
      if (t["xml:lang"]) {
        var lang = document.createElement("sup");
        lang.className = "lang";
        lang.textContent = "@" + t["xml:lang"];
        td.appendChild(lang);
      } else if (t.datatype && !/#string$/.test(t.datatype)) {
        var dt = document.createElement("sup");
        dt.className = "dt";
        dt.textContent = window.KetluanGraph.shorten(t.datatype);
        td.appendChild(dt);
      }
    }
    return td;
  }

  function table(vars, rows) {
    var iris = {};
    var t = document.createElement("table");
    t.className = "data results-table";
    var thead = t.createTHead().insertRow();
    var num = document.createElement("th");
    num.textContent = "#";
    thead.appendChild(num);
    vars.forEach(function (v) {
      var th = document.createElement("th");
      th.textContent = v;
      thead.appendChild(th);
    });
    var tbody = t.createTBody();
    rows.slice(0, MAX_ROWS_SHOWN).forEach(function (row, i) {
      var tr = tbody.insertRow();
      var n = document.createElement("td");
      n.className = "rownum";
      n.textContent = String(i + 1);
      tr.appendChild(n);
      vars.forEach(function (v) { tr.appendChild(cell(row[v], iris)); });
    });
    results.textContent = "";
    results.appendChild(t);
    if (rows.length > MAX_ROWS_SHOWN) {
      var p = document.createElement("p");
      p.className = "hint";
      p.textContent = "Hiển thị " + MAX_ROWS_SHOWN + " / " + rows.length + " dòng — tải CSV để xem tất cả. (CSV has every row.)";
      results.appendChild(p);
    }
    fetchLabels(Object.keys(iris));
  }

  function fetchLabels(iris) {
    for (var i = 0; i < iris.length; i += 500) {
      fetch("/pages/labels", {
        method: "POST",
        headers: { "Content-Type": "application/json", Accept: "application/json" },
        body: JSON.stringify({ iris: iris.slice(i, i + 500) })
      })
        .then(function (r) { return r.ok ? r.json() : { labels: {} }; })
        .then(function (j) {
          var els = results.querySelectorAll("[data-iri]");
          for (var k = 0; k < els.length; k++) {
            var label = j.labels[els[k].getAttribute("data-iri")];
            if (label) { els[k].textContent = label; els[k].classList.add("labelled"); }
          }
        })
        .catch(function () { /* labels are a nicety: keep the short IRIs */ });
    }
  }

  function showSolutions(json, ms) {
    if (typeof json.boolean === "boolean") {
      last = { vars: ["boolean"], rows: [{ boolean: { type: "literal", value: String(json.boolean) } }] };
      results.textContent = "";
      var p = document.createElement("p");
      p.className = "ask-answer";
      p.textContent = json.boolean ? "Có / true" : "Không / false";
      results.appendChild(p);
      setStatus("ASK · " + ms + " ms", "ok");
    } else {
      var vars = json.head.vars || [];
      var rows = json.results.bindings || [];
      last = { vars: vars, rows: rows };
      table(vars, rows);
      setStatus(rows.length + " dòng / rows · " + ms + " ms", "ok");
    }
    $("download-csv").disabled = false;
    showTab("table");
  }

  function showTriples(triples, ms) {
    var rows = triples.map(function (t) { return { subject: t.s, predicate: t.p, object: t.o }; });
    last = { vars: ["subject", "predicate", "object"], rows: rows };
    table(last.vars, rows);
    $("download-csv").disabled = false;
    setStatus(triples.length + " bộ ba / triples · " + ms + " ms", "ok");
    if (graphView) {
      graphView.clear();
      showTab("graph");
      graphView.add(triples);
    }
  }

  function showEntityGraph(iri) {
    if (!graphView) { return; }
    graphView.clear();
    showTab("graph");
    graphView.load(iri).catch(function (e) { setStatus("Lỗi / error: " + e.message, "error"); });
  }

  function showTab(name) {
    var tabs = document.querySelectorAll(".tab");
    for (var i = 0; i < tabs.length; i++) { tabs[i].classList.toggle("active", tabs[i].getAttribute("data-tab") === name); }
    results.hidden = name !== "table";
    graphPanel.hidden = name !== "graph";
    if (name === "graph" && graphView && graphView.network) { graphView.network.redraw(); graphView.network.fit(); }
  }

  // ---------------------------------------------------------------- CSV and links

  function csvField(t) {
    var s = t ? (t.type === "bnode" ? "_:" + t.value : t.value) : "";
    return /[",\r\n]/.test(s) ? '"' + s.replace(/"/g, '""') + '"' : s;
  }

  function downloadCsv() {
    if (!last) { return; }
    var lines = [last.vars.join(",")];
    last.rows.forEach(function (row) { lines.push(last.vars.map(function (v) { return csvField(row[v]); }).join(",")); });
    var blob = new Blob([lines.join("\r\n") + "\r\n"], { type: "text/csv;charset=utf-8" });
    var a = document.createElement("a");
    a.href = URL.createObjectURL(blob);
    a.download = (usingNamed() ? active.name : "ketluan-query") + ".csv";
    document.body.appendChild(a);
    a.click();
    setTimeout(function () { URL.revokeObjectURL(a.href); a.remove(); }, 1000);
  }

  function share() {
    var link = location.origin + "/" + shareHash();
    history.replaceState(null, "", shareHash());
    $("share-box").hidden = false;
    $("share-link").value = link;
    $("share-link").select();
    if (navigator.clipboard) {
      navigator.clipboard.writeText(link).then(
        function () { setStatus("Đã chép liên kết / link copied", "ok"); },
        function () { setStatus("Liên kết ở ô bên dưới / the link is in the box", "info"); }
      );
    }
  }

  function fromHash() {
    var hash = location.hash.replace(/^#/, "");
    if (!hash) { return false; }
    var params = new URLSearchParams(hash);
    if (params.get("named")) {
      var given = {};
      params.forEach(function (value, key) { if (key.indexOf("param.") === 0) { given[key.slice(6)] = value; } });
      selectNamed(params.get("named"), given, true);
      return true;
    }
    if (params.get("query") !== null) {
      active = null;
      setText(params.get("query"));
      paramsBox.hidden = true;
      run();
      return true;
    }
    return false;
  }

  // ---------------------------------------------------------------- wiring

  $("query-form").addEventListener("submit", function (e) { e.preventDefault(); run(); });
  $("add-prefixes").addEventListener("click", function () { setText(withPrefixes(getText())); });
  $("share").addEventListener("click", share);
  $("download-csv").addEventListener("click", downloadCsv);
  Array.prototype.forEach.call(document.querySelectorAll(".gallery-load"), function (b) {
    b.addEventListener("click", function () { selectNamed(b.getAttribute("data-name"), null, true); });
  });
  Array.prototype.forEach.call(document.querySelectorAll(".prefix-chip"), function (b) {
    b.addEventListener("click", function () {
      var p = b.getAttribute("data-prefix");
      var line = "PREFIX " + p + ": <" + DATA.prefixes[p] + ">\n";
      if (getText().indexOf(line) < 0) { setText(line + getText()); }
    });
  });
  Array.prototype.forEach.call(document.querySelectorAll(".tab"), function (b) {
    b.addEventListener("click", function () { showTab(b.getAttribute("data-tab")); });
  });
  window.addEventListener("hashchange", function () {
    if (location.hash.replace(/^#/, "") !== shareHash().slice(1)) { fromHash(); }
  });

  if (!fromHash() && DATA.initialQuery) {
    setText(DATA.initialQuery);
    run();
  }
  window.ketluanQueryPage = { run: run, selectNamed: selectNamed, showEntityGraph: showEntityGraph };
})();
