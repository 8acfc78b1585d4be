// Attaché's web UI: one page, routed by the URL hash so that every view is a shareable link.
// Everything from the store is put in the page as text nodes (never as HTML), so an article that
// contains markup shows that markup as text.
"use strict";

const QUADS = ["Verbal cooperation", "Material cooperation", "Verbal conflict", "Material conflict"];
const QUAD_COLORS = ["#7fb3e0", "#2f6fb0", "#f0a35a", "#c8433b"];
const view = document.getElementById("view");
let generation = 0;

/** Builds an element: el("a", {href: "#/"}, "text", child...). Strings become text nodes. */
function el(tag, attrs, ...children) {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs || {})) {
    if (v === null || v === undefined || v === false) continue;
    if (k.startsWith("on")) e.addEventListener(k.slice(2), v);
    else if (k === "class") e.className = v;
    else e.setAttribute(k, v === true ? "" : v);
  }
  for (const c of children.flat(Infinity)) {
    if (c === null || c === undefined || c === false) continue;
    e.append(c instanceof Node ? c : document.createTextNode(String(c)));
  }
  return e;
}

function hash(path, params) {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(params || {})) if (v !== undefined && v !== null && v !== "") q.set(k, v);
  const s = q.toString();
  return "#" + path + (s ? "?" + s : "");
}
const plural = (n, word) => n + " " + word + (n === 1 ? "" : "s");
const actorLink = (id, name) => el("a", {href: hash("/actor/" + encodeURIComponent(id)), class: "actor"}, name || id);
const docLink = (id, title) => el("a", {href: hash("/doc/" + encodeURIComponent(id))}, title || id);
const pairLink = (a, b, text) => el("a", {href: hash("/pair/" + encodeURIComponent(a) + "/" + encodeURIComponent(b))}, text);

async function api(path, params) {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(params || {})) if (v !== undefined && v !== null && v !== "") q.set(k, v);
  const url = "/api/" + path + (q.toString() ? "?" + q : "");
  const r = await fetch(url, {headers: {Accept: "application/json"}});
  const body = await r.json().catch(() => ({status: r.status, message: r.statusText}));
  if (!r.ok) throw new Error(body.message || ("HTTP " + r.status));
  return body;
}

function show(...nodes) {
  view.replaceChildren(...nodes.flat(Infinity).filter(n => n !== null && n !== undefined && n !== false));
}
const loading = (what) => el("p", {class: "loading"}, "Loading " + what + "…");
const empty = (text) => el("p", {class: "empty"}, text);
const failure = (e) => el("p", {class: "error"}, String(e.message || e));

/** Runs one view: shows a loading state, then what build returns, unless the user has moved on. */
async function render(title, build) {
  const mine = ++generation;
  document.title = title + " · Attaché";
  show(loading(title.toLowerCase()));
  try {
    const nodes = await build(() => mine === generation);
    if (mine === generation) show(nodes);
  } catch (e) {
    if (mine === generation) show(el("h1", {}, title), failure(e));
  }
}

function route() {
  const raw = location.hash.replace(/^#/, "") || "/";
  const [path, query] = raw.split("?");
  const params = Object.fromEntries(new URLSearchParams(query || ""));
  const parts = path.split("/").filter(Boolean).map(decodeURIComponent);
  document.querySelectorAll("nav a[data-nav]").forEach(a => a.classList.toggle("active",
    a.dataset.nav === ({actors: "actors", actor: "actors", graph: "graph", pair: "graph"}[parts[0]] || "search")));
  if (parts[0] === "doc" && parts[1]) return articlePage(parts[1]);
  if (parts[0] === "actor" && parts[1]) return actorPage(parts[1]);
  if (parts[0] === "actors") return actorsPage(params);
  if (parts[0] === "pair" && parts[1] && parts[2]) return pairPage(parts[1], parts[2], params);
  if (parts[0] === "graph") return graphPage(params);
  return searchPage(params);
}

function pager(page, params, path) {
  const prev = page.offset > 0 ? el("a", {href: hash(path, {...params, offset: Math.max(0, page.offset - page.limit)})}, "← Previous") : null;
  const next = page.next !== null ? el("a", {href: hash(path, {...params, offset: page.next})}, "Next →") : null;
  return prev || next ? el("div", {class: "pager"}, prev, next) : null;
}

/** Renders "text with [matches]" as text with <mark>s. */
function snippet(s) {
  const out = el("p", {class: "snippet"});
  s.split(/(\[[^\]]*\])/).forEach(part => out.append(part.startsWith("[") && part.endsWith("]") ? el("mark", {}, part.slice(1, -1)) : part));
  return out;
}

function searchPage(params) {
  const form = el("form", {class: "query", onsubmit: (ev) => {
    ev.preventDefault();
    const f = new FormData(form);
    location.hash = hash("/search", {q: f.get("q"), from: f.get("from"), to: f.get("to"), quotes: f.get("quotes") ? "true" : ""});
  }},
  el("label", {}, "Words, \"phrases\", OR, NOT", el("input", {type: "search", name: "q", value: params.q || "", placeholder: "Lavrov Baku", autofocus: true})),
  el("label", {}, "From", el("input", {name: "from", value: params.from || "", placeholder: "2021-10", size: 10})),
  el("label", {}, "To", el("input", {name: "to", value: params.to || "", placeholder: "2021-12", size: 10})),
  el("label", {}, "Quotes only", el("input", {type: "checkbox", name: "quotes", checked: params.quotes === "true"})),
  el("button", {type: "submit"}, "Search"));
  render(params.q ? "Search" : "Articles", async () => {
    const base = {from: params.from, to: params.to, offset: params.offset};
    if (!params.q) {
      const page = await api("documents", base);
      return [el("h1", {}, "Articles"), form, page.items.length === 0 ? empty("The store holds no articles yet. Ingest some with `attache ingest` or POST /api/ingest.")
        : el("div", {class: "hits"}, page.items.map(d => el("div", {class: "card"}, el("h3", {}, docLink(d.doc, d.title)),
          el("div", {class: "meta"}, [d.outlet, d.published, plural(d.actors, "actor"), plural(d.quotes, "quote"), plural(d.events, "event")].filter(Boolean).join(" · "))))),
        pager(page, params, "/search")];
    }
    const page = await api("search", {...base, q: params.q, quotes: params.quotes});
    return [el("h1", {}, "Search"), form, page.items.length === 0 ? empty("Nothing matches “" + params.q + "”.")
      : el("div", {class: "hits"}, page.items.map(h => el("div", {class: "card hit"}, el("h3", {}, docLink(h.doc, h.title)),
        el("div", {class: "meta"}, [h.outlet, h.published, h.speaker ? "quote by " + h.speaker : null].filter(Boolean).join(" · ")),
        snippet(h.snippet)))), pager(page, params, "/search")];
  });
}

/** Splits the text at every fact boundary; each piece knows the facts covering it. */
function pieces(text, facts) {
  const cuts = new Set([0, text.length]);
  facts.forEach(f => { cuts.add(Math.max(0, Math.min(text.length, f.start))); cuts.add(Math.max(0, Math.min(text.length, f.end))); });
  const sorted = [...cuts].sort((a, b) => a - b);
  const out = [];
  for (let i = 0; i + 1 < sorted.length; i++) {
    const s = sorted[i], e = sorted[i + 1];
    out.push({start: s, end: e, facts: facts.filter(f => f.start <= s && f.end >= e)});
  }
  return out;
}

function factDetail(f) {
  if (f.kind === "mention") {
    return el("div", {class: "card detail"}, el("h4", {}, "Mention"), el("div", {}, actorLink(f.data.actor.id, f.data.actor.name)),
      el("div", {class: "muted"}, [f.data.actor.type, f.data.actor.country, f.data.role].filter(Boolean).join(" · ")));
  }
  if (f.kind === "quote") {
    const q = f.data;
    return el("div", {class: "card detail quote-detail"}, el("h4", {}, (q.kind === "direct" ? "Direct" : q.kind[0].toUpperCase() + q.kind.slice(1)) + " quote"),
      el("blockquote", {}, q.text),
      el("div", {}, "Speaker: ", q.speaker ? actorLink(q.speaker.id, q.speaker.name) : el("span", {class: "muted"}, "unknown")),
      q.cue ? el("div", {class: "muted"}, "Cue: " + q.cue) : null,
      q.about.length ? el("div", {}, "About: ", q.about.map((a, i) => [i ? ", " : "", actorLink(a.id, a.name)])) : null);
  }
  const e = f.data;
  return el("div", {class: "card detail event-detail"}, el("h4", {}, e.label || "Event " + e.cameo),
    el("div", {}, actorLink(e.source.id, e.source.name), " → ", e.target ? actorLink(e.target.id, e.target.name) : "—"),
    el("div", {class: "muted"}, ["CAMEO " + e.cameo, "Goldstein " + e.goldstein, e.date, e.location].filter(Boolean).join(" · ")),
    el("div", {}, el("span", {class: "status " + e.status}, e.status), " ", e.mentions > 1 ? "told by " + e.mentions + " articles" : ""),
    e.target ? el("div", {}, pairLink(e.source.id, e.target.id, "Relationship timeline →")) : null);
}

function articlePage(id) {
  render("Article", async () => {
    const d = await api("documents/" + encodeURIComponent(id));
    const facts = [
      ...d.mentions.map(m => ({kind: "mention", cls: "m", start: m.start, end: m.end, data: m})),
      ...d.quotes.map(q => ({kind: "quote", cls: "q", start: q.start, end: q.end, data: q})),
      ...d.events.map(e => ({kind: "event", cls: "e", start: e.start, end: e.end, data: e}))];
    const details = el("div", {class: "details"}, el("p", {class: "muted"}, "Click a highlighted passage to see what was extracted from it."));
    const body = el("div", {class: "text", id: "article-text"});
    for (const p of pieces(d.text, facts)) {
      const piece = d.text.slice(p.start, p.end);
      if (p.facts.length === 0) { body.append(piece); continue; }
      const kinds = [...new Set(p.facts.map(f => f.cls))];
      const span = el("span", {class: "f " + kinds.join(" "), "data-kinds": kinds.join(" ")}, piece);
      span.addEventListener("click", () => {
        body.querySelectorAll(".sel").forEach(s => s.classList.remove("sel"));
        span.classList.add("sel");
        const order = {quote: 0, event: 1, mention: 2};
        details.replaceChildren(...[...p.facts].sort((a, b) => order[a.kind] - order[b.kind]).map(factDetail));
      });
      body.append(span);
    }
    const actors = new Map();
    d.mentions.forEach(m => actors.set(m.actor.id, m.actor));
    const s = d.summary;
    return [el("h1", {}, s.title || s.doc),
      el("div", {class: "meta"}, [s.outlet, s.published, s.author, s.chars + " characters"].filter(Boolean).join(" · "), " ",
        s.url ? el("a", {href: s.url, rel: "noreferrer noopener", target: "_blank"}, "source") : null),
      el("div", {class: "article"}, body, el("aside", {class: "side"},
        el("div", {class: "legend"}, el("span", {class: "m"}, "actor"), el("span", {class: "q"}, "quote"), el("span", {class: "e"}, "event")),
        el("h2", {}, "Actors"), actors.size ? el("div", {class: "chips"}, [...actors.values()].map(a => actorLink(a.id, a.name))) : empty("None found."),
        el("h2", {}, "Details"), details,
        el("p", {class: "muted"}, plural(d.quotes.length, "quote") + " · " + plural(d.events.length, "event telling"))))];
  });
}

function actorsPage(params) {
  const form = el("form", {class: "query", onsubmit: (ev) => {
    ev.preventDefault();
    const f = new FormData(form);
    location.hash = hash("/actors", {name: f.get("name"), type: f.get("type")});
  }},
  el("label", {}, "Name", el("input", {type: "search", name: "name", value: params.name || "", placeholder: "Bayramov"})),
  el("label", {}, "Type", el("select", {name: "type"}, ["", "person", "org", "gpe", "loc"].map(t =>
    el("option", {value: t, selected: (params.type || "") === t}, t ? t.toUpperCase() : "any")))),
  el("button", {type: "submit"}, "Find"));
  render("Actors", async () => {
    const page = await api("actors", {name: params.name, type: params.type, offset: params.offset});
    return [el("h1", {}, "Actors"), form, page.items.length === 0 ? empty("No actor matches.") :
      el("table", {}, el("tr", {}, ["Actor", "Type", "Country", "Articles", "Quotes", "Events"].map(h => el("th", {}, h))),
        page.items.map(a => el("tr", {}, el("td", {}, actorLink(a.actor.id, a.actor.name)), el("td", {}, a.actor.type),
          el("td", {}, a.actor.country || ""), el("td", {}, a.documents), el("td", {}, a.quotes), el("td", {}, a.events)))),
      pager(page, params, "/actors")];
  });
}

function eventTable(events) {
  if (!events.length) return empty("No events.");
  return el("table", {class: "events"}, el("tr", {}, ["Date", "Event", "Who", "Status", "Evidence"].map(h => el("th", {}, h))),
    events.map(e => el("tr", {}, el("td", {}, e.date || "—"), el("td", {}, e.label || e.cameo, el("div", {class: "muted"}, "CAMEO " + e.cameo)),
      el("td", {}, e.source, " → ", e.target || "—", e.location ? el("div", {class: "muted"}, e.location) : null),
      el("td", {}, el("span", {class: "status " + e.status}, e.status)),
      el("td", {}, "“" + e.evidence + "” ", e.doc ? docLink(e.doc, "article") : null))));
}

function quoteList(quotes) {
  if (!quotes.length) return empty("No quotes.");
  return el("div", {}, quotes.map(q => el("div", {class: "card"}, el("blockquote", {}, "“" + q.text + "”"),
    el("div", {class: "meta"}, [q.speaker, q.outlet, q.published].filter(Boolean).join(" · "), " ", docLink(q.doc, "article"),
      q.about.length ? " · about " + q.about.join(", ") : ""))));
}

function roleBars(roles) {
  const days = roles.flatMap(r => [r.first, r.last]).filter(Boolean).map(d => Date.parse(d));
  if (!roles.length) return empty("No roles recorded.");
  const min = Math.min(...days), max = Math.max(...days), span = Math.max(1, max - min);
  return el("div", {class: "roles"}, roles.map(r => {
    const a = r.first ? (Date.parse(r.first) - min) / span * 100 : 0, b = r.last ? (Date.parse(r.last) - min) / span * 100 : 100;
    return [el("div", {}, r.role, el("span", {class: "muted"}, "  " + [r.first, r.last].filter(Boolean).join(" – ") + " · " + r.articles + " articles")),
      el("div", {class: "bar"}, el("span", {style: "left:" + a.toFixed(1) + "%;width:" + Math.max(0.5, b - a).toFixed(1) + "%"}))];
  }));
}

function actorPage(id) {
  render("Actor", async () => {
    const [p, events, quotes] = await Promise.all([api("actors/" + encodeURIComponent(id)), api("events", {actor: id, limit: 50}),
      api("quotes", {speaker: id, limit: 20})]);
    const a = p.actor;
    return [el("h1", {}, a.name), el("div", {class: "meta"}, [a.type, a.country, p.documents + " articles"].filter(Boolean).join(" · ")),
      el("div", {class: "cols"},
        el("section", {}, el("h2", {}, "Roles over time"), roleBars(p.roles)),
        el("section", {}, el("h2", {}, "Partners"), p.partners.length ? el("table", {}, p.partners.map(x => el("tr", {},
          el("td", {}, actorLink(x.actor.id, x.actor.name)), el("td", {}, plural(x.events, "event")), el("td", {}, pairLink(a.id, x.actor.id, "timeline →")))))
          : empty("No partners yet."),
          p.events.length ? [el("h2", {}, "Events by kind"), el("table", {}, p.events.map(x => el("tr", {}, el("td", {}, x.label || x.root),
            el("td", {}, x.events))))] : null)),
      el("h2", {}, "Events"), eventTable(events.items),
      el("h2", {}, "Quotes"), quoteList(quotes.items)];
  });
}

function timelineChart(node, t) {
  const chart = echarts.init(node);
  const months = t.periods.map(p => t.by === "YEAR" ? p.start.slice(0, 4) : t.by === "MONTH" ? p.start.slice(0, 7) : p.start);
  chart.setOption({
    animation: false,
    tooltip: {trigger: "axis"},
    legend: {top: 0},
    grid: {left: 48, right: 56, top: 40, bottom: 40},
    xAxis: {type: "category", data: months},
    yAxis: [{type: "value", name: "events", minInterval: 1}, {type: "value", name: "Goldstein", min: -10, max: 10}],
    series: [...QUADS.map((name, i) => ({name, type: "bar", stack: "q", color: QUAD_COLORS[i], data: t.periods.map(p => p.quadCounts[i])})),
      {name: "Mean Goldstein", type: "line", yAxisIndex: 1, color: "#222", connectNulls: true, symbolSize: 7,
        data: t.periods.map(p => p.meanGoldstein === null ? null : Math.round(p.meanGoldstein * 100) / 100)}]
  });
  addEventListener("resize", () => chart.resize());
}

function pairPage(a, b, params) {
  const by = params.by || "month";
  render("Relationship", async () => {
    const t = await api("timeline", {a, b, by});
    const name = (side, q) => side.length ? side[0].name : q;
    const chart = el("div", {class: "chart", id: "timeline-chart"});
    const events = t.periods.flatMap(p => p.events);
    const nodes = [el("h1", {}, name(t.a, a), " and ", name(t.b, b)),
      el("div", {class: "meta"}, "Events per " + by + " by quad class, with the mean Goldstein weight of those that happened. ",
        ["week", "month", "year"].map(x => [" ", x === by ? el("strong", {}, x) : el("a", {href: hash("/pair/" + encodeURIComponent(a) + "/" + encodeURIComponent(b), {by: x})}, x)])),
      events.length ? chart : empty("No dated events between these two."),
      el("h2", {}, "Events"), eventTable(events)];
    setTimeout(() => { if (events.length) timelineChart(chart, t); }, 0);
    return nodes;
  });
}

function graphPage(params) {
  const form = el("form", {class: "query", onsubmit: (ev) => {
    ev.preventDefault();
    const f = new FormData(form);
    location.hash = hash("/graph", {from: f.get("from"), to: f.get("to")});
  }},
  el("label", {}, "From", el("input", {name: "from", value: params.from || "", placeholder: "2021", size: 10})),
  el("label", {}, "To", el("input", {name: "to", value: params.to || "", placeholder: "2022-06", size: 10})),
  el("button", {type: "submit"}, "Show"));
  render("Network", async () => {
    const g = await api("graph", {from: params.from, to: params.to});
    const box = el("div", {class: "chart graph", id: "graph-chart"});
    const nodes = [el("h1", {}, "Actor network"), form,
      el("p", {class: "meta"}, "Edges: merged events between two actors, green for cooperation, red for conflict (mean Goldstein). Click an actor to open it."),
      g.edges.length ? box : empty("No events in this period.")];
    if (g.edges.length) setTimeout(() => networkChart(box, g), 0);
    return nodes;
  });
}

function networkChart(node, g) {
  const degree = new Map();
  g.edges.forEach(e => { degree.set(e.source, (degree.get(e.source) || 0) + e.events); degree.set(e.target, (degree.get(e.target) || 0) + e.events); });
  const used = g.nodes.filter(n => degree.has(n.id));
  const types = [...new Set(used.map(n => n.type))];
  const chart = echarts.init(node);
  chart.setOption({
    animation: false,
    tooltip: {formatter: p => p.dataType === "edge" ? p.data.tip : p.data.name},
    legend: {data: types, top: 0},
    series: [{type: "graph", layout: "force", roam: true, draggable: true, categories: types.map(t => ({name: t})),
      force: {repulsion: 900, gravity: 0.04, edgeLength: [140, 280]}, zoom: 1.2, label: {show: true, position: "right", fontSize: 13},
      edgeSymbol: ["none", "arrow"], edgeSymbolSize: 6,
      data: used.map(n => ({id: n.id, name: n.name, category: types.indexOf(n.type), symbolSize: 14 + 6 * Math.sqrt(degree.get(n.id))})),
      links: g.edges.map(e => ({source: e.source, target: e.target, tip: e.events + " events, mean Goldstein " + e.meanGoldstein.toFixed(1),
        lineStyle: {width: 1 + Math.log2(1 + e.events), color: e.meanGoldstein >= 0 ? "#55a874" : "#c8433b", opacity: .75, curveness: .1}}))}]
  });
  chart.on("click", p => { if (p.dataType === "node") location.hash = hash("/actor/" + encodeURIComponent(p.data.id)); });
  addEventListener("resize", () => chart.resize());
}

addEventListener("hashchange", route);
route();
