/*
 * Shared pieces of the biology essays' interactive demos: sliders, a canvas, a line plot.
 *
 * Each demo script calls BioDemo.register(name, mount); every element
 * <div class="bio-demo" data-demo="name"> on the page is then handed to mount(element) once.
 * The models themselves live in window.BioModels.<name>, as plain functions of numbers, so the
 * browser tests can run them next to the Python modules. No libraries, nothing fetched: the
 * demos work from file:// and offline.
 */
(function () {
  "use strict";

  if (window.BioDemo) return; // loaded twice on one page: keep the first

  const CSS = `
.bio-demo { margin: 1em 0; padding: .8em; border: 1px solid var(--md-default-fg-color--lightest, #ccc);
  border-radius: 4px; max-width: 100%; box-sizing: border-box; }
.bio-demo canvas { display: block; width: 100%; max-width: 560px; height: auto;
  background: #fff; border: 1px solid #ddd; touch-action: none; }
.bio-demo .bio-controls { display: flex; flex-wrap: wrap; gap: .4em 1.2em; margin: .6em 0; }
.bio-demo label { display: flex; flex-direction: column; font-size: .75rem; min-width: 9em;
  flex: 1 1 9em; max-width: 16em; }
.bio-demo input[type=range] { width: 100%; }
.bio-demo .bio-readout { font-size: .75rem; font-family: var(--md-code-font-family, monospace);
  white-space: pre-wrap; }
.bio-demo button, .bio-demo select { font-size: .75rem; margin-right: .5em; }
`;
  const mounts = {};
  window.BioModels = window.BioModels || {};

  function addStyle() {
    if (document.getElementById("bio-demo-style")) return;
    const style = document.createElement("style");
    style.id = "bio-demo-style";
    style.textContent = CSS;
    document.head.appendChild(style);
  }

  function mountAll() {
    addStyle();
    document.querySelectorAll(".bio-demo[data-demo]").forEach((el) => {
      const mount = mounts[el.dataset.demo];
      if (mount && !el.dataset.mounted) {
        el.dataset.mounted = "1";
        mount(el);
      }
    });
  }

  function register(name, mount) {
    mounts[name] = mount;
    if (document.readyState === "loading") {
      document.addEventListener("DOMContentLoaded", mountAll);
    } else {
      mountAll();
    }
  }

  function controls(parent) {
    const div = document.createElement("div");
    div.className = "bio-controls";
    parent.appendChild(div);
    return div;
  }

  // A labelled range input; onInput(value) runs on every move. Returns the input.
  function slider(parent, spec, onInput) {
    const label = document.createElement("label");
    const text = document.createElement("span");
    const input = document.createElement("input");
    input.type = "range";
    input.min = spec.min; input.max = spec.max; input.step = spec.step; input.value = spec.value;
    input.dataset.name = spec.name;
    const fmt = spec.format || ((v) => String(v));
    const show = () => { text.textContent = `${spec.label}: ${fmt(Number(input.value))}`; };
    input.addEventListener("input", () => { show(); onInput(Number(input.value)); });
    show();
    label.append(text, input);
    parent.appendChild(label);
    return input;
  }

  function button(parent, text, onClick) {
    const b = document.createElement("button");
    b.type = "button";
    b.className = "md-button";
    b.textContent = text;
    b.addEventListener("click", onClick);
    parent.appendChild(b);
    return b;
  }

  function select(parent, labelText, options, onChange) {
    const label = document.createElement("label");
    const text = document.createElement("span");
    text.textContent = labelText;
    const sel = document.createElement("select");
    for (const [value, name] of options) {
      const o = document.createElement("option");
      o.value = value; o.textContent = name;
      sel.appendChild(o);
    }
    sel.addEventListener("change", () => onChange(sel.value));
    label.append(text, sel);
    parent.appendChild(label);
    return sel;
  }

  // A canvas with a fixed drawing size, scaled to the column by CSS (so 390 px phones fit).
  function canvas(parent, width, height, ariaLabel) {
    const c = document.createElement("canvas");
    c.width = width; c.height = height;
    c.setAttribute("role", "img");
    c.setAttribute("aria-label", ariaLabel);
    parent.appendChild(c);
    return c.getContext("2d");
  }

  function readout(parent) {
    const div = document.createElement("div");
    div.className = "bio-readout";
    div.setAttribute("aria-live", "polite");
    parent.appendChild(div);
    return div;
  }

  // Line plot of series [{x: [], y: [], color, dash, width}] with axes, labels and optional
  // horizontal/vertical reference lines [{y or x, color, label}].
  function plot(ctx, opt) {
    const W = ctx.canvas.width, H = ctx.canvas.height;
    const m = { l: 52, r: 12, t: 12, b: 40 };
    const [x0, x1] = opt.xlim, [y0, y1] = opt.ylim;
    const X = (x) => m.l + (x - x0) / (x1 - x0) * (W - m.l - m.r);
    const Y = (y) => H - m.b - (y - y0) / (y1 - y0) * (H - m.t - m.b);
    ctx.clearRect(0, 0, W, H);
    ctx.fillStyle = "#fff"; ctx.fillRect(0, 0, W, H);
    ctx.strokeStyle = "#333"; ctx.lineWidth = 1; ctx.setLineDash([]);
    ctx.strokeRect(m.l, m.t, W - m.l - m.r, H - m.t - m.b);
    ctx.fillStyle = "#222"; ctx.font = "13px sans-serif";
    ctx.textAlign = "center";
    for (const t of ticks(x0, x1)) ctx.fillText(fmtTick(t), X(t), H - m.b + 15);
    ctx.fillText(opt.xlabel, (m.l + W - m.r) / 2, H - 6);
    ctx.textAlign = "right";
    for (const t of ticks(y0, y1)) ctx.fillText(fmtTick(t), m.l - 4, Y(t) + 4);
    ctx.save(); ctx.translate(13, (m.t + H - m.b) / 2); ctx.rotate(-Math.PI / 2);
    ctx.textAlign = "center"; ctx.fillText(opt.ylabel, 0, 0); ctx.restore();
    ctx.save();
    ctx.beginPath(); ctx.rect(m.l, m.t, W - m.l - m.r, H - m.t - m.b); ctx.clip();
    for (const line of opt.lines || []) {
      ctx.strokeStyle = line.color || "#777"; ctx.setLineDash([5, 4]); ctx.beginPath();
      if (line.y !== undefined) { ctx.moveTo(m.l, Y(line.y)); ctx.lineTo(W - m.r, Y(line.y)); }
      else { ctx.moveTo(X(line.x), m.t); ctx.lineTo(X(line.x), H - m.b); }
      ctx.stroke();
      if (line.label) {
        ctx.fillStyle = line.color || "#777"; ctx.textAlign = "left";
        const lx = line.y !== undefined ? m.l + 4 : X(line.x) + 4;
        const ly = line.y !== undefined ? Y(line.y) - 4 : m.t + 14;
        ctx.fillText(line.label, lx, ly);
      }
    }
    for (const s of opt.series) {
      ctx.strokeStyle = s.color; ctx.lineWidth = s.width || 2; ctx.setLineDash(s.dash || []);
      ctx.beginPath();
      s.x.forEach((x, k) => (k ? ctx.lineTo(X(x), Y(s.y[k])) : ctx.moveTo(X(x), Y(s.y[k]))));
      ctx.stroke();
      if (s.dot) { ctx.fillStyle = s.color; ctx.beginPath(); ctx.arc(X(s.x[0]), Y(s.y[0]), 5, 0, 7); ctx.fill(); }
    }
    ctx.restore();
    let ly = m.t + 16;
    ctx.textAlign = "right";
    for (const s of opt.series) {
      if (!s.label) continue;
      ctx.fillStyle = s.color; ctx.fillText(s.label, W - m.r - 6, ly); ly += 16;
    }
  }

  function ticks(a, b) {
    const span = b - a, raw = span / 5, p = Math.pow(10, Math.floor(Math.log10(raw)));
    const step = [1, 2, 5, 10].map((k) => k * p).find((s) => span / s <= 6);
    const out = [];
    for (let t = Math.ceil(a / step) * step; t <= b + step * 1e-9; t += step) out.push(+t.toFixed(10));
    return out;
  }

  function fmtTick(t) {
    return Math.abs(t) >= 1000 || t === Math.round(t) ? String(Math.round(t)) : String(+t.toPrecision(3));
  }

  window.BioDemo = { register, controls, slider, button, select, canvas, readout, plot };
})();
