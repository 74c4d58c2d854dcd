// Chronicle serve: the pages' script. Every text from the store goes into the page as a text
// node (el() below), never as HTML, so an article's markup is shown, not run.
"use strict";

const $ = (sel, root) => (root || document).querySelector(sel);

/** Builds an element; string and number children become text nodes. */
function el(tag, attrs, ...children) {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs || {})) {
    if (v === null || v === undefined || v === false) continue;
    if (k === "class") e.className = v;
    else if (k.startsWith("on")) e.addEventListener(k.slice(2), v);
    else e.setAttribute(k, String(v));
  }
  for (const c of children.flat()) {
    if (c === null || c === undefined || c === false) continue;
    e.appendChild(c instanceof Node ? c : document.createTextNode(String(c)));
  }
  return e;
}

const SVGNS = "http://www.w3.org/2000/svg";
function svg(tag, attrs, text) {
  const e = document.createElementNS(SVGNS, tag);
  for (const [k, v] of Object.entries(attrs || {})) e.setAttribute(k, String(v));
  if (text !== undefined) e.textContent = String(text);
  return e;
}

// the review token, when the server asks for one: given once in the address (#token=…)
(function takeToken() {
  const m = location.hash.match(/token=([0-9a-f]+)/);
  if (m) { sessionStorage.setItem("chronicleToken", m[1]); history.replaceState(null, "", location.pathname + location.search); }
})();

async function api(path, options) {
  const o = Object.assign({ headers: {} }, options || {});
  const token = sessionStorage.getItem("chronicleToken");
  if (token) o.headers["X-Chronicle-Token"] = token;
  const r = await fetch(path, o);
  let body = null;
  try { body = await r.json(); } catch (e) { body = { error: "the server answered " + r.status }; }
  if (!r.ok) throw new Error(body && body.error ? body.error : "error " + r.status);
  return body;
}

function post(path, data) {
  return api(path, { method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify(data) });
}

const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
function dayDate(d) { return new Date(d * 86400000); }
function isoDay(d) { return dayDate(d).toISOString().slice(0, 10); }
function fmtDay(d) { const x = dayDate(d); return x.getUTCDate() + " " + MONTHS[x.getUTCMonth()] + " " + x.getUTCFullYear(); }
function fmtDate(f) {
  if (!f.date) return "undated";
  // the server words every date value (DateLabel: "1960s", "week 12, 2016", "Q3 2016")
  return f.dateLabel || f.date;
}
function qs() { return new URLSearchParams(location.search); }
function factLink(id) { return "/fact?id=" + encodeURIComponent(id); }
function actorLink(id) { return "/actor?id=" + encodeURIComponent(id); }
function showError(where, err) { where.replaceChildren(el("p", { class: "error" }, String(err.message || err))); }

let META = null;

function factCard(f) {
  const who = f.type === "statement" ? (f.speakerId ? el("a", { class: "who", href: actorLink(f.speakerId) }, f.speaker || f.speakerId) : el("span", { class: "who muted" }, "no speaker"))
    : el("span", { class: "who" }, f.actors.length ? f.actors.map(a => a.name).join(", ") : "no actor");
  return el("article", { class: "card " + f.type + " k-" + f.kind + " s-" + f.status, "data-id": f.id },
    el("div", { class: "head" },
      el("span", { class: "badge kind" }, f.type === "statement" ? (f.direct ? "quote" : "said") : f.kind),
      el("span", {}, fmtDate(f)), who,
      f.status !== "unreviewed" ? el("span", { class: "badge " + f.status }, f.status) : null),
    el("a", { class: "text", href: factLink(f.id) }, f.text),
    el("div", { class: "foot" },
      el("span", { title: f.doc }, f.title || f.doc),
      el("span", { class: "conf", title: "confidence from the rule " + f.rule }, "conf " + f.confidence.toFixed(2))));
}

function cardList(facts, limit) {
  const box = el("div", { class: "cards" });
  const shown = facts.slice(0, limit || 200);
  for (const f of shown) box.appendChild(factCard(f));
  if (facts.length > shown.length) {
    const more = el("button", { onclick: () => { more.remove(); for (const f of facts.slice(shown.length)) box.appendChild(factCard(f)); } },
      "show all " + facts.length);
    return el("div", {}, box, el("p", {}, more));
  }
  return box;
}

// ---------- filters (timeline and graph) ----------

const FILTERS = ["actor", "kind", "status", "from", "to", "q"];

function filterBar(onApply, kinds) {
  const p = qs();
  const input = (name, ph, extra) => el("input", Object.assign({ type: "text", name, placeholder: ph, value: p.get(name) || "" }, extra || {}));
  const kindSel = el("select", { name: "kind" }, el("option", { value: "" }, "all kinds"),
    ["statement", "meeting", "declaration", "call", "other"].concat(kinds || []).filter((k, i, a) => a.indexOf(k) === i)
      .map(k => el("option", { value: k, selected: p.get("kind") === k ? "selected" : null }, k)));
  const statusSel = el("select", { name: "status" }, el("option", { value: "" }, "not rejected"),
    ["unreviewed", "verified", "rejected"].map(s => el("option", { value: s, selected: p.get("status") === s ? "selected" : null }, s)));
  const actors = el("datalist", { id: "actor-names" });
  api("/api/actors").then(r => { for (const a of r.actors.slice(0, 400)) actors.appendChild(el("option", { value: a.name })); }).catch(() => {});
  const form = el("form", { class: "filters", id: "filters" },
    el("label", {}, "actor", input("actor", "e.g. Kuleba", { list: "actor-names" })), actors,
    el("label", {}, "kind", kindSel),
    el("label", {}, "status", statusSel),
    el("label", {}, "from", input("from", "YYYY-MM-DD")),
    el("label", {}, "to", input("to", "YYYY-MM-DD")),
    el("label", {}, "text", input("q", "words")),
    el("button", { class: "primary", type: "submit" }, "Apply"),
    el("button", { type: "button", onclick: () => { history.pushState(null, "", location.pathname); onApply(); } }, "Clear"));
  form.addEventListener("submit", ev => {
    ev.preventDefault();
    const q = new URLSearchParams();
    for (const n of FILTERS) { const v = form.elements[n].value.trim(); if (v) q.set(n, v); }
    history.pushState(null, "", location.pathname + (q.toString() ? "?" + q : ""));
    onApply();
  });
  return form;
}

function filterQuery() {
  const p = qs(), q = new URLSearchParams();
  for (const n of FILTERS) if (p.get(n)) q.set(n, p.get(n));
  return q;
}

// ---------- timeline ----------

const KIND_COLOR = { statement: "#2f6fba", meeting: "#2e8b57", visit: "#2e8b57", declaration: "#8e44ad", agreement: "#8e44ad", call: "#c0392b" };

function drawTimeline(box, data) {
  const facts = data.dated;
  box.replaceChildren();
  if (!facts.length) { box.appendChild(el("p", { class: "muted pad" }, "No dated facts in this selection.")); return; }
  // lanes: the actors of the dated facts, most facts first; "other actors" and "no actor" when used
  const laneOf = f => f.type === "statement" ? (f.speakerId ? [f.speakerId] : (f.actors.length ? [f.actors[0].id] : [])) : f.actors.map(a => a.id);
  const names = new Map(), counts = new Map();
  for (const f of facts) {
    for (const a of f.actors) names.set(a.id, a.name);
    if (f.speakerId) names.set(f.speakerId, f.speaker || f.speakerId);
    for (const id of laneOf(f)) counts.set(id, (counts.get(id) || 0) + 1);
  }
  const maxLanes = 14;
  const lanes = [...counts.entries()].sort((a, b) => b[1] - a[1] || (names.get(a[0]) || "").localeCompare(names.get(b[0]) || ""))
    .slice(0, maxLanes).map(([id]) => ({ id, name: names.get(id) || id }));
  const laneIndex = new Map(lanes.map((l, i) => [l.id, i]));
  const usesOthers = facts.some(f => laneOf(f).some(id => !laneIndex.has(id)));
  const usesNone = facts.some(f => laneOf(f).length === 0);
  const others = lanes.length;
  const none = lanes.length + (usesOthers ? 1 : 0);
  const laneNames = lanes.map(l => l.name).concat(usesOthers ? ["other actors"] : [], usesNone ? ["no actor"] : []);
  const labelW = 170, laneH = 30, top = 26, padR = 30;
  // the view: the 1st to 99th percentile of the dates (facts are in date order), so that a few
  // facts dated centuries away do not squeeze the rest into a few pixels; those are listed below
  const n = facts.length, cut = n >= 200 ? Math.floor(n / 100) : 0;
  let lo = Math.min(...facts.slice(cut, cut + 50).map(f => f.first)), hi = data.last;
  if (cut) { hi = -Infinity; for (const f of facts.slice(n - cut - 50, n - cut)) hi = Math.max(hi, f.last); }
  lo = Math.min(lo, facts[cut].first);
  if (hi - lo < 6) { lo -= 3; hi += 3; }
  const span = hi - lo + 1;
  const outside = facts.filter(f => f.last < lo || f.first > hi).length;
  const wrap = el("div", { class: "chart-wrap" });
  const tools = el("div", { class: "chart-tools" });
  const chart = el("div", { class: "chart" });
  wrap.append(tools, chart);
  box.appendChild(wrap);
  // each fact's rows (lanes), found once
  const rowsOf = facts.map(f => {
    let rows = laneOf(f).map(id => laneIndex.has(id) ? laneIndex.get(id) : others);
    if (!rows.length) rows = [none];
    return rows.filter((r, i) => rows.indexOf(r) === i);
  });
  let zoom = 1;
  function render() {
    const width = Math.max(900, (box.clientWidth || 1300) - 4) * zoom;
    const plotW = width - labelW - padR;
    const x = d => labelW + ((d - lo) / span) * plotW;
    const height = top + laneNames.length * laneH + 8;
    const s = svg("svg", { width, height, role: "img", "aria-label": "timeline" });
    laneNames.forEach((n, i) => {
      s.appendChild(svg("rect", { class: "lane-bg" + (i % 2 ? " odd" : ""), x: 0, y: top + i * laneH, width, height: laneH }));
    });
    // ticks: days, weeks, months or years, about one per 90 px (only the tick days are visited)
    const perTick = span / (plotW / 90);
    const step = perTick <= 1 ? 1 : perTick <= 7 ? 7 : perTick <= 31 ? 31 : perTick <= 92 ? 92 : perTick <= 366 ? 366 : 366 * Math.ceil(perTick / 366);
    const t0 = dayDate(lo);
    let t = step === 1 ? t0 : step === 7 ? new Date(Date.UTC(t0.getUTCFullYear(), t0.getUTCMonth(), t0.getUTCDate() + ((8 - t0.getUTCDay()) % 7)))
      : step <= 92 ? new Date(Date.UTC(t0.getUTCFullYear(), t0.getUTCMonth() + (t0.getUTCDate() > 1 ? 1 : 0), 1))
      : new Date(Date.UTC(t0.getUTCFullYear() + (t0.getUTCMonth() || t0.getUTCDate() > 1 ? 1 : 0), 0, 1));
    if (step === 92) while (t.getUTCMonth() % 3) t = new Date(Date.UTC(t.getUTCFullYear(), t.getUTCMonth() + 1, 1));
    for (let guard = 0; guard < 2000; guard++) {
      const d = Math.round(t.getTime() / 86400000);
      if (d > hi) break;
      const xx = x(d);
      s.appendChild(svg("line", { class: "tick", x1: xx, x2: xx, y1: top - 4, y2: height }));
      const label = step >= 366 ? String(t.getUTCFullYear()) : step >= 31 ? MONTHS[t.getUTCMonth()] + " " + t.getUTCFullYear() : t.getUTCDate() + " " + MONTHS[t.getUTCMonth()];
      s.appendChild(svg("text", { class: "tick-label", x: xx + 3, y: top - 8 }, label));
      t = step === 1 || step === 7 ? new Date(t.getTime() + step * 86400000)
        : step <= 92 ? new Date(Date.UTC(t.getUTCFullYear(), t.getUTCMonth() + (step === 31 ? 1 : 3), 1))
        : new Date(Date.UTC(t.getUTCFullYear() + step / 366, 0, 1));
    }
    // facts: a dot at the middle of their date (a bar under it for a week, month…); facts that
    // fall on the same few pixels of a lane share one dot, sized by their number (one DOM node
    // per dot, not per fact: the page stays quick with thousands of facts)
    const cells = new Map();
    facts.forEach((f, k) => {
      if (f.last < lo || f.first > hi) return;
      const cx = (x(f.first) + x(f.last + 1)) / 2;
      for (const r of rowsOf[k]) {
        const key = r * 1e6 + Math.round(cx / 8);
        const c = cells.get(key);
        if (c) { c.facts.push(f); c.sum += cx; } else cells.set(key, { row: r, facts: [f], sum: cx });
      }
    });
    for (const c of cells.values()) {
      const f = c.facts[0], count = c.facts.length, cx = c.sum / count;
      const cy = top + c.row * laneH + laneH / 2;
      const color = KIND_COLOR[f.kind] || "#b9770e";
      if (count === 1 && f.last > f.first) s.appendChild(svg("rect", { class: "range", x: x(f.first), y: cy - 2, width: Math.max(2, x(f.last + 1) - x(f.first)), height: 4, fill: color }));
      let href = factLink(f.id);
      if (count > 1) {
        const q = new URLSearchParams(filterQuery());
        const laneId = c.row < lanes.length ? lanes[c.row].id : null;
        if (laneId) q.set("actor", laneNames[c.row]);
        let a = Infinity, b = -Infinity;
        for (const g of c.facts) { a = Math.min(a, g.first); b = Math.max(b, g.last); }
        q.set("from", isoDay(a)); q.set("to", isoDay(b));
        href = "/?" + q;
      }
      const link = svg("a", { href });
      const verified = c.facts.some(g => g.status === "verified");
      const dot = svg("circle", { class: "dot", cx, cy, r: Math.min(12, (verified ? 6 : 5) + 1.6 * Math.log2(count)),
        fill: f.status === "rejected" ? "#aaa" : color, "data-id": f.id, "data-count": count });
      const title = count === 1 ? fmtDate(f) + " · " + (f.speaker || f.actors.map(a => a.name).join(", ") || f.kind) + ": " + f.text
        : count + " facts, " + fmtDate(f) + " – " + fmtDate(c.facts[count - 1]) + "; the first: " + (f.speaker || f.kind) + ": " + f.text.slice(0, 120);
      dot.appendChild(svg("title", {}, title));
      link.appendChild(dot);
      if (count > 1) link.appendChild(svg("text", { class: "dot-count", x: cx, y: cy + 3.5 }, count > 99 ? "99+" : String(count)));
      s.appendChild(link);
    }
    // lane names stay in view while panning
    const labels = svg("g", { class: "labels" });
    labels.appendChild(svg("rect", { x: 0, y: 0, width: labelW - 6, height, fill: "rgba(255,255,255,.92)" }));
    laneNames.forEach((n, i) => {
      const t = svg("text", { class: "lane-label", x: 8, y: top + i * laneH + laneH / 2 + 4 }, n.length > 24 ? n.slice(0, 23) + "…" : n);
      if (i < lanes.length) { const a = svg("a", { href: actorLink(lanes[i].id) }); a.appendChild(t); labels.appendChild(a); } else labels.appendChild(t);
    });
    s.appendChild(labels);
    const left = chart.scrollLeft / (chart.scrollWidth || 1);
    chart.replaceChildren(s);
    chart.scrollLeft = left * chart.scrollWidth;
    chart.onscroll = () => labels.setAttribute("transform", "translate(" + chart.scrollLeft + ",0)");
    chart.onscroll();
  }
  const legend = el("div", { class: "legend chart-legend" }, Object.entries({ statement: "statement", meeting: "meeting / visit", declaration: "declaration / agreement", call: "call", other: "other events" })
    .map(([k, label]) => el("span", { class: "key k-" + k }, label)), el("span", { class: "muted" }, "· a bar under a dot: a week, month or year · a number: facts sharing the dot (click to see them) · drag to pan, Ctrl+wheel or +/− to zoom"
      + (outside ? " · " + outside + " facts dated far outside this view are in the list below" : "")));
  box.appendChild(legend);
  tools.append(el("button", { title: "zoom in", onclick: () => { zoom = Math.min(zoom * 1.6, 60); render(); } }, "+"),
    el("button", { title: "zoom out", onclick: () => { zoom = Math.max(zoom / 1.6, 1); render(); } }, "−"),
    el("button", { title: "fit", onclick: () => { zoom = 1; render(); } }, "fit"));
  // pan by dragging; zoom with Ctrl + wheel
  let drag = null;
  chart.addEventListener("mousedown", ev => { if (ev.target.closest("a")) return; drag = { x: ev.clientX, left: chart.scrollLeft }; chart.classList.add("dragging"); });
  window.addEventListener("mousemove", ev => { if (drag) chart.scrollLeft = drag.left - (ev.clientX - drag.x); });
  window.addEventListener("mouseup", () => { drag = null; chart.classList.remove("dragging"); });
  chart.addEventListener("wheel", ev => { if (!ev.ctrlKey) return; ev.preventDefault(); zoom = Math.max(1, Math.min(60, zoom * (ev.deltaY < 0 ? 1.25 : 0.8))); render(); }, { passive: false });
  render();
}

async function pageTimeline(main) {
  const chartBox = el("div", { id: "chart" });
  const summary = el("div", { class: "summary", id: "summary" });
  const list = el("div", { id: "facts" });
  async function load() {
    const q = filterQuery();
    try {
      // the page lists 60 undated facts (200 on "show all"): it asks for no more than that
      const aq = new URLSearchParams(q); aq.set("undated", "200");
      const data = await api("/api/timeline?" + aq);
      const undatedCount = data.undatedCount ?? data.undated.length;
      summary.replaceChildren(data.selected + " of " + data.total + " facts · " + (data.datedCount ?? data.dated.length) + " dated, " + undatedCount + " undated",
        data.first !== null ? " · " + fmtDay(data.first) + " – " + fmtDay(data.last) : "", " · ",
        el("a", { href: "/graph?" + q }, "event graph of this selection"));
      drawTimeline(chartBox, data);
      list.replaceChildren(el("h2", {}, "Dated facts, in order"), cardList(data.dated, 120),
        el("h2", {}, "Undated facts (" + undatedCount + ")"), data.undated.length ? cardList(data.undated, 60) : el("p", { class: "muted" }, "none"),
        undatedCount > data.undated.length ? el("p", { class: "muted" }, "The first " + data.undated.length + " are listed: filter (actor, kind, text) to see others.") : null);
      const form = $("#filters");
      for (const n of FILTERS) form.elements[n].value = qs().get(n) || "";
    } catch (e) { showError(list, e); }
  }
  main.replaceChildren(el("h1", {}, "Timeline"), filterBar(load), summary, chartBox, list);
  window.addEventListener("popstate", load);
  await load();
}

// ---------- fact ----------

async function pageFact(main) {
  const id = qs().get("id");
  if (!id) { showError(main, "no fact id"); return; }
  let d;
  try { d = await api("/api/facts/" + encodeURIComponent(id)); } catch (e) { showError(main, e); return; }
  const f = d.fact;
  const article = el("div", { class: "article", id: "article" });
  for (const s of d.segments) article.appendChild(s.mark ? el("mark", { class: s.mark }, s.text) : document.createTextNode(s.text));
  const origin = d.dateOrigin;
  const originText = origin.kind === "expression" ? ["from the time expression “", el("mark", { class: "time" }, origin.text), "” = " + origin.value + " (rule " + origin.rule + ")"]
    : origin.kind === "article" ? ["from the article date " + origin.value]
    : origin.kind === "decision" ? ["set by a reviewer"]
    : origin.kind === "undated" ? ["the text gives no date"] : ["from the analysis (no single expression gives it)"];
  const who = f.type === "statement" ? (f.speakerId ? el("a", { href: actorLink(f.speakerId) }, f.speaker) : "no speaker")
    : (f.actors.length ? f.actors.map((a, i) => [i ? ", " : "", el("a", { href: actorLink(a.id) }, a.name)]) : "no actor");
  const about = f.type === "statement" && f.actors.length ? f.actors.map((a, i) => [i ? ", " : "", el("a", { href: actorLink(a.id) }, a.name)]) : null;
  const panel = el("div", { class: "panel" },
    el("dl", {},
      el("dt", {}, "kind"), el("dd", {}, f.type === "statement" ? (f.direct ? "direct quote" : "reported speech") : f.kind),
      el("dt", {}, f.type === "statement" ? "speaker" : "actors"), el("dd", { id: "who" }, who),
      about ? [el("dt", {}, "about"), el("dd", {}, about)] : null,
      el("dt", {}, "date"), el("dd", {}, fmtDate(f)),
      el("dt", {}, "date from"), el("dd", {}, originText),
      el("dt", {}, "rule"), el("dd", {}, el("code", {}, d.rule)),
      el("dt", {}, "confidence"), el("dd", {}, d.confidence.toFixed(2)),
      el("dt", {}, "status"), el("dd", {}, el("span", { class: "badge " + d.status, id: "status" }, d.status)),
      el("dt", {}, "article"), el("dd", {}, d.document.title || d.document.id, d.document.date ? " (" + d.document.date + ")" : "")),
    d.decisions.length ? [el("h2", {}, "Decisions applied"), el("ul", { class: "plain" }, d.decisions.map(x => el("li", {}, x)))] : null,
    META.review ? reviewFactBox(f, d) : null);
  const related = d.related.length ? el("ul", { class: "plain" }, d.related.map(r => el("li", {},
    r.id ? el("a", { href: factLink(r.id) }, r.title || r.doc) : (r.title || r.doc), ": ", el("span", { class: "muted" }, r.text))))
    : el("p", { class: "muted" }, "No other article tells it.");
  main.replaceChildren(
    el("h1", {}, f.type === "statement" ? (f.speaker || "Unattributed") + (f.direct ? " quoted" : " said") : (d.name || f.kind)),
    el("div", { class: "layout" },
      el("div", {},
        el("p", { class: "sentence", id: "sentence" }, d.sentence || ""),
        el("div", { class: "legend" }, el("mark", { class: "fact" }, "the fact"), el("mark", { class: "source" }, "source"), el("mark", { class: "cue" }, "cue"),
          el("mark", { class: "time" }, "date expression"), el("mark", { class: "trigger" }, "event trigger")),
        article,
        el("h2", {}, "The same in other articles"), related),
      panel));
  const hit = $("mark.fact", article);
  if (hit) hit.scrollIntoView({ block: "center" });
  window.scrollTo(0, 0);
}

function reviewFactBox(f, d) {
  const msg = el("div", { id: "review-msg" });
  async function send(data) {
    try { await post("/api/facts/" + encodeURIComponent(f.id) + "/review", data); location.reload(); }
    catch (e) { msg.replaceChildren(el("p", { class: "error" }, e.message)); }
  }
  const speaker = el("input", { type: "text", placeholder: "actor name or none", list: "actor-names" });
  const date = el("input", { type: "text", placeholder: "YYYY-MM-DD or none" });
  const kind = el("input", { type: "text", placeholder: "meeting, call…" });
  const names = el("datalist", { id: "actor-names" });
  api("/api/actors").then(r => { for (const a of r.actors.slice(0, 400)) names.appendChild(el("option", { value: a.name })); }).catch(() => {});
  return el("div", { class: "review-box" },
    el("h2", {}, "Review"),
    el("div", { class: "row" },
      el("button", { class: "ok", id: "verify", onclick: () => send({ status: "verified" }) }, "Verified"),
      el("button", { class: "bad", id: "reject", onclick: () => send({ status: "rejected" }) }, "Reject"),
      el("button", { id: "unmark", onclick: () => send({ status: "unreviewed" }) }, "Unmark")),
    f.type === "statement" ? el("div", { class: "row" }, speaker, names, el("button", { onclick: () => send({ speaker: speaker.value.trim() }) }, "Set speaker")) : null,
    f.type === "event" ? el("div", { class: "row" }, kind, el("button", { onclick: () => send({ kind: kind.value.trim() }) }, "Set kind")) : null,
    el("div", { class: "row" }, date, el("button", { onclick: () => send({ date: date.value.trim().toLowerCase() === "none" ? "" : date.value.trim() }) }, "Set date")),
    msg);
}

// ---------- actor ----------

async function pageActor(main) {
  const id = qs().get("id");
  if (!id) { showError(main, "no actor id"); return; }
  let a;
  try { a = await api("/api/actors/" + encodeURIComponent(id)); } catch (e) { showError(main, e); return; }
  const panel = el("div", { class: "panel" },
    el("dl", {},
      el("dt", {}, "kind"), el("dd", {}, a.kind),
      a.role ? [el("dt", {}, "role"), el("dd", {}, a.role)] : null,
      el("dt", {}, "also called"), el("dd", {}, a.aliases.length ? a.aliases.join(", ") : "—"),
      el("dt", {}, "mentions"), el("dd", {}, a.mentions + " in " + a.documents + " articles"),
      el("dt", {}, "facts"), el("dd", {}, a.dated.length + " dated, " + a.undated.length + " undated")),
    el("h2", {}, "With"),
    a.coActors.length ? el("div", { class: "pill-list" }, a.coActors.map(c => el("a", { href: actorLink(c.id) }, c.name + " (" + c.count + ")"))) : el("p", { class: "muted" }, "nobody"),
    a.decisions.length ? [el("h2", {}, "Decisions applied"), el("ul", { class: "plain" }, a.decisions.map(x => el("li", {}, x)))] : null,
    el("p", {}, el("a", { href: "/?actor=" + encodeURIComponent(a.id) }, "on the timeline"), " · ", el("a", { href: "/graph?actor=" + encodeURIComponent(a.id) }, "event graph")),
    META.review ? reviewActorBox(a) : null);
  main.replaceChildren(el("h1", {}, a.name),
    el("div", { class: "layout" },
      el("div", {}, el("h2", { class: "first" }, "In date order"), a.dated.length ? cardList(a.dated, 150) : el("p", { class: "muted" }, "none"),
        el("h2", {}, "Undated (" + a.undated.length + ")"), a.undated.length ? cardList(a.undated, 60) : el("p", { class: "muted" }, "none")),
      panel));
}

function reviewActorBox(a) {
  const msg = el("div", {});
  async function send(data) {
    try { const r = await post("/api/actors/" + encodeURIComponent(a.id) + "/review", data); location.href = actorLink(r.id); }
    catch (e) { msg.replaceChildren(el("p", { class: "error" }, e.message)); }
  }
  const name = el("input", { type: "text", value: a.name });
  const kind = el("select", {}, ["person", "country", "organization", "group", "media"].map(k => el("option", { value: k, selected: k === a.kind ? "selected" : null }, k)));
  const other = el("input", { type: "text", placeholder: "another actor", list: "actor-names2" });
  const names = el("datalist", { id: "actor-names2" });
  api("/api/actors").then(r => { for (const x of r.actors.slice(0, 400)) if (x.id !== a.id) names.appendChild(el("option", { value: x.name })); }).catch(() => {});
  return el("div", { class: "review-box" }, el("h2", {}, "Review"),
    el("div", { class: "row" }, name, el("button", { onclick: () => send({ action: "rename", name: name.value }) }, "Rename")),
    el("div", { class: "row" }, kind, el("button", { onclick: () => send({ action: "type", kind: kind.value }) }, "Set kind")),
    el("div", { class: "row" }, other, names, el("button", { onclick: () => send({ action: "merge", with: other.value }) }, "Merge into this")),
    msg);
}

// ---------- search ----------

async function pageSearch(main) {
  const input = el("input", { type: "text", class: "wide", name: "q", placeholder: "words to find", value: qs().get("q") || "" });
  const out = el("div", {});
  const form = el("form", { class: "filters" }, input, el("button", { class: "primary", type: "submit" }, "Search"));
  async function run() {
    const q = qs().get("q");
    if (!q) { out.replaceChildren(el("p", { class: "muted" }, "Type words to find in statements, events and their sentences.")); return; }
    try {
      const r = await api("/api/search?q=" + encodeURIComponent(q) + "&limit=200");
      out.replaceChildren(el("p", { class: "summary" }, r.count + (r.count === 1 ? " result" : " results") + " for “" + r.q + "”"), cardList(r.results, 200));
    } catch (e) { showError(out, e); }
  }
  form.addEventListener("submit", ev => { ev.preventDefault(); history.pushState(null, "", "/search?q=" + encodeURIComponent(input.value.trim())); run(); });
  main.replaceChildren(el("h1", {}, "Search"), form, out);
  await run();
}

// ---------- graph ----------

async function pageGraph(main) {
  const box = el("div", { class: "graph-box" });
  function load() {
    const q = filterQuery();
    const src = "/api/graph.svg?" + q;
    box.replaceChildren(el("p", { class: "muted" }, "Rendering…"));
    const img = el("img", { src, alt: "event graph of the selection", id: "graph" });
    img.addEventListener("load", () => box.replaceChildren(el("a", { href: src, target: "_blank" }, img)));
    img.addEventListener("error", () => box.replaceChildren(el("p", { class: "error" }, "The graph could not be rendered.")));
  }
  main.replaceChildren(el("h1", {}, "Event graph of the selection"), filterBar(load),
    el("p", { class: "summary" }, "Actors, events, statements and dates of the selected facts (the most connected, rendered by Graphviz). ",
      el("a", { href: "/?" + filterQuery() }, "timeline of this selection")), box);
  window.addEventListener("popstate", load);
  load();
}

// ---------- review queue ----------

async function pageReview(main) {
  if (!META.review) { main.replaceChildren(el("p", { class: "error" }, "Review is off: start the server with --review.")); return; }
  let r;
  try { r = await api("/api/review/queue?limit=150"); } catch (e) { showError(main, e); return; }
  const list = el("div", { class: "cards" });
  for (const f of r.queue) {
    const card = factCard(f);
    const act = (status) => post("/api/facts/" + encodeURIComponent(f.id) + "/review", { status })
      .then(() => { card.remove(); }).catch(e => card.appendChild(el("p", { class: "error" }, e.message)));
    card.appendChild(el("div", { class: "row" }, el("button", { class: "ok", onclick: () => act("verified") }, "Verified"), " ",
      el("button", { class: "bad", onclick: () => act("rejected") }, "Reject")));
    list.appendChild(card);
  }
  main.replaceChildren(el("h1", {}, "Review queue"),
    el("p", { class: "summary" }, r.unreviewed + " facts unreviewed · least confident first (confidence comes from the rule that found the fact, lowered when the speaker is missing or only a pronoun, or the date is missing)"),
    list);
}

// ---------- start ----------

const PAGES = { timeline: pageTimeline, fact: pageFact, actor: pageActor, search: pageSearch, graph: pageGraph, review: pageReview };

document.addEventListener("DOMContentLoaded", async () => {
  const page = document.body.dataset.page;
  for (const a of document.querySelectorAll("[data-nav]")) if (a.dataset.nav === page) a.classList.add("active");
  const main = $("#main");
  try { META = await api("/api/meta"); } catch (e) { showError(main, e); return; }
  if (META.review) document.body.classList.add("reviewing");
  $("#store").textContent = META.store + " · " + META.documents + " articles, " + META.statements + " statements, " + META.events + " events" +
    (META.review ? " · review on" : "");
  await PAGES[page](main);
  document.body.dataset.readyAt = String(Math.round(performance.now()));
  document.body.dataset.ready = "1";
});
