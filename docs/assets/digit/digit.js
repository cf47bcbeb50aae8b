/*
 * Draw a digit: the MNIST network, running in the page.
 *
 * The reader draws on a canvas. The drawing is prepared the way MNIST's digits were (crop to the
 * ink, shrink to fit a 20x20 box keeping the aspect ratio, place in a 28x28 frame with the
 * centre of mass at pixel (14, 14), values in [0, 1]) and fed to the 784-128-64-10 network
 * that this project trains with numpy. The weights come from `python -m tools.site weights`, which writes
 * them into weights.js as `window.DIGIT_MODEL` (a script, not JSON: fetch() fails on file://).
 *
 * The forward pass is three lines of linear algebra: h = relu(x W1 + b1), h2 = relu(h W2 + b2),
 * p = softmax(h2 W3 + b3). It is computed in float64, like the numpy reference in the tests.
 *
 * The strokes are kept as lists of points and the canvas is redrawn from them, with a pen
 * width in proportion to the drawing's size: after scaling to the 20x20 box every digit then
 * has MNIST-like strokes, whether it was drawn large or small. A tap draws a dot.
 *
 * The script is loaded on every page and does nothing unless the page has #digit-demo.
 * Material's instant navigation swaps pages without reloading scripts, so set-up runs from
 * `document$.subscribe`, which fires for every page shown, and from DOMContentLoaded.
 */
(function () {
  "use strict";

  const SIDE = 28;          // MNIST frame
  const BOX = 20;           // the digit is scaled to fit this box inside the frame
  const INK_THRESHOLD = 0.2; // brighter than this (after stretching to 0..1) counts as ink
  // Pen width: this share of the drawing's longer side, so that after scaling to the 20-pixel
  // box a stroke is about two pixels wide, as MNIST's are; never thinner than MIN_PEN canvas
  // pixels, so a dot or a tiny digit can be seen.
  const PEN_SHARE = 1 / 8;
  const MIN_PEN = 8;
  const SURE = 0.8;         // below this top probability the page says "not sure"

  /* ---------------------------------------------------------------- model */

  function decodeFloats(base64) {
    const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
    const view = new DataView(bytes.buffer);
    const out = new Float64Array(bytes.length / 4);
    for (let i = 0; i < out.length; i++) out[i] = view.getFloat32(4 * i, true);
    return out;
  }

  // {layers: [{W: Float64Array (n_in * n_out, row-major), b: Float64Array, nIn, nOut}], ...}
  function loadModel(spec) {
    if (!spec || spec.format !== 1) {
      throw new Error("weights.js has an unknown format; run `python -m tools.site weights` again");
    }
    const layers = spec.layers.map((layer, i) => {
      const nIn = spec.sizes[i];
      const nOut = spec.sizes[i + 1];
      const W = decodeFloats(layer.W);
      const b = decodeFloats(layer.b);
      if (W.length !== nIn * nOut || b.length !== nOut) {
        throw new Error(`layer ${i + 1} of weights.js has the wrong size`);
      }
      return { W, b, nIn, nOut, activation: spec.activations[i] };
    });
    return { layers, sizes: spec.sizes, info: spec };
  }

  function dense(x, layer) {
    const { W, b, nIn, nOut } = layer;
    const z = Float64Array.from(b);
    for (let i = 0; i < nIn; i++) {
      const xi = x[i];
      if (xi === 0) continue;   // most input pixels are blank
      const row = i * nOut;
      for (let j = 0; j < nOut; j++) z[j] += xi * W[row + j];
    }
    return z;
  }

  function relu(z) {
    return z.map((v) => (v > 0 ? v : 0));
  }

  function softmax(z) {
    let max = -Infinity;
    for (const v of z) max = Math.max(max, v);
    const e = z.map((v) => Math.exp(v - max));   // shifting by the max avoids overflow
    let sum = 0;
    for (const v of e) sum += v;
    return e.map((v) => v / sum);
  }

  const ACTIVATIONS = { relu, softmax, linear: (z) => z };

  // Returns {activations: [hidden..., output], probs}; activations[k] is layer k's output.
  function forward(model, x) {
    const activations = [];
    let a = Float64Array.from(x);
    for (const layer of model.layers) {
      const f = ACTIVATIONS[layer.activation];
      if (!f) throw new Error(`unknown activation ${layer.activation} in weights.js`);
      a = f(dense(a, layer));
      activations.push(a);
    }
    return { activations, probs: activations[activations.length - 1] };
  }

  /* -------------------------------------------------------- preprocessing */

  // The same steps, in the same order and with the same constants, as `mnist_style` in
  // ml/mnist/preprocess.py (what `python -m ml.mnist predict` uses); the browser tests check
  // that the two agree on a drawing.

  // Round half to even, like numpy's round and Python's round().
  function roundHalfEven(v) {
    const r = Math.round(v);
    return Math.abs(v % 1) === 0.5 && r % 2 !== 0 ? r - 1 : r;
  }

  // (m x n) weights of an area-averaging resize from n samples to m: row k holds the share of
  // output cell k covered by each input cell, normalised so the row sums to 1.
  function areaWeights(n, m) {
    const w = new Float64Array(m * n);
    const span = n / m;
    for (let k = 0; k < m; k++) {
      const lo = k * span;
      const hi = (k + 1) * span;
      let sum = 0;
      for (let i = 0; i < n; i++) {
        const covered = Math.max(0, Math.min(hi, i + 1) - Math.max(lo, i));
        w[k * n + i] = covered;
        sum += covered;
      }
      for (let i = 0; i < n; i++) w[k * n + i] /= sum;
    }
    return w;
  }

  // ink: height*width values, 0 for paper and 1 for full ink. Returns the 784 network inputs
  // in [0, 1] (multiples of 1/255, as MNIST's bytes are), or null when there is nothing drawn.
  function preprocess(inkIn, width, height) {
    // Stretch to 0..1.
    let low = Infinity, high = -Infinity;
    for (const v of inkIn) { low = Math.min(low, v); high = Math.max(high, v); }
    if (!(high - low >= 1e-6)) return null;
    const ink = Float64Array.from(inkIn, (v) => (v - low) / (high - low));

    // Crop to the rows and columns holding ink.
    let top = height, bottom = -1, left = width, right = -1;
    for (let y = 0; y < height; y++) {
      for (let x = 0; x < width; x++) {
        if (ink[y * width + x] > INK_THRESHOLD) {
          top = Math.min(top, y); bottom = Math.max(bottom, y);
          left = Math.min(left, x); right = Math.max(right, x);
        }
      }
    }
    if (bottom < 0) return null;
    const h = bottom - top + 1;
    const w = right - left + 1;
    const crop = new Float64Array(h * w);
    for (let y = 0; y < h; y++) {
      for (let x = 0; x < w; x++) {
        const v = ink[(top + y) * width + left + x];
        crop[y * w + x] = v > INK_THRESHOLD ? v : 0;   // faint smudges are not ink
      }
    }

    // Fit the longer side to BOX pixels keeping the aspect ratio: box = R . crop . C^T.
    const scale = BOX / Math.max(h, w);
    const hs = Math.max(1, roundHalfEven(h * scale));
    const ws = Math.max(1, roundHalfEven(w * scale));
    const R = areaWeights(h, hs);
    const C = areaWeights(w, ws);
    const rows = new Float64Array(hs * w);
    for (let k = 0; k < hs; k++) {
      for (let i = 0; i < h; i++) {
        const r = R[k * h + i];
        if (r === 0) continue;
        for (let x = 0; x < w; x++) rows[k * w + x] += r * crop[i * w + x];
      }
    }
    const box = new Float64Array(hs * ws);
    let peak = 0;
    for (let k = 0; k < hs; k++) {
      for (let l = 0; l < ws; l++) {
        let s = 0;
        for (let x = 0; x < w; x++) s += rows[k * w + x] * C[l * w + x];
        box[k * ws + l] = s;
        peak = Math.max(peak, s);
      }
    }

    // Centre of mass to pixel (14, 14) of the 28x28 frame.
    let mass = 0, cy = 0, cx = 0;
    for (let k = 0; k < hs; k++) {
      for (let l = 0; l < ws; l++) {
        const v = box[k * ws + l] / peak;
        box[k * ws + l] = v;
        mass += v; cy += k * v; cx += l * v;
      }
    }
    const clamp = (v, lo, hi) => Math.min(hi, Math.max(lo, v));
    const dy = clamp(roundHalfEven(SIDE / 2 - cy / mass), 0, SIDE - hs);
    const dx = clamp(roundHalfEven(SIDE / 2 - cx / mass), 0, SIDE - ws);

    const out = new Float64Array(SIDE * SIDE);
    for (let k = 0; k < hs; k++) {
      for (let l = 0; l < ws; l++) {
        out[(k + dy) * SIDE + (l + dx)] = roundHalfEven(box[k * ws + l] * 255) / 255;
      }
    }
    return out;
  }

  // What the page says about an answer: the digit, whether the network is sure of it (top
  // probability at least SURE), the words for that, and the three most likely digits.
  function describe(probs) {
    const order = [...probs.keys()].sort((a, b) => probs[b] - probs[a]);
    const digit = order[0];
    const sure = probs[digit] >= SURE;
    const text = sure ? `${(100 * probs[digit]).toFixed(0)}% sure` : "not sure";
    return { digit, sure, text, top: order.slice(0, 3) };
  }

  /* ------------------------------------------------------------------ UI */

  let model = null;
  let modelError = null;
  let loading = null;

  function ensureModel(src) {
    if (model || modelError) return Promise.resolve();
    if (!loading) {
      loading = new Promise((resolve) => {
        const finish = () => {
          try {
            if (!window.DIGIT_MODEL) throw new Error("weights.js did not define DIGIT_MODEL");
            model = loadModel(window.DIGIT_MODEL);
          } catch (error) {
            modelError = error.message;
          }
          resolve();
        };
        if (window.DIGIT_MODEL) return finish();
        const script = document.createElement("script");
        script.src = src;
        script.onload = finish;
        script.onerror = () => {
          modelError = "The trained network's weights are not on this site yet. " +
            "Export them with `python -m tools.site weights` and build again.";
          resolve();
        };
        document.head.appendChild(script);
      });
    }
    return loading;
  }

  function cells(container, count, columns) {
    container.style.gridTemplateColumns = `repeat(${columns}, 1fr)`;
    container.replaceChildren();
    const list = [];
    for (let i = 0; i < count; i++) {
      const cell = document.createElement("span");
      container.appendChild(cell);
      list.push(cell);
    }
    return list;
  }

  function setup(root) {
    if (root.dataset.ready) return;
    root.dataset.ready = "yes";

    const canvas = root.querySelector(".digit-canvas");
    const preview = root.querySelector(".digit-preview");
    const status = root.querySelector(".digit-status");
    const label = root.querySelector(".digit-label");
    const answer = root.querySelector(".digit-answer");
    const confidence = root.querySelector(".digit-confidence");
    const runnersUp = root.querySelector(".digit-runners-up");
    const bars = root.querySelector(".digit-bars");
    const ctx = canvas.getContext("2d", { willReadFrequently: true });
    const pctx = preview.getContext("2d");

    const barFills = [];
    bars.replaceChildren();
    for (let d = 0; d < 10; d++) {
      const row = document.createElement("div");
      row.className = "digit-bar";
      row.innerHTML = `<span class="digit-bar-label">${d}</span>` +
        `<span class="digit-bar-track"><span class="digit-bar-fill"></span></span>` +
        `<span class="digit-bar-value">0%</span>`;
      bars.appendChild(row);
      barFills.push(row);
    }
    const runners = [];
    runnersUp.replaceChildren();
    for (let k = 0; k < 3; k++) {
      const row = document.createElement("div");
      row.className = "digit-runner";
      row.innerHTML = `<span class="digit-runner-label"></span>` +
        `<span class="digit-bar-track"><span class="digit-bar-fill"></span></span>` +
        `<span class="digit-runner-value"></span>`;
      runnersUp.appendChild(row);
      runners.push(row);
    }
    const hiddenGrids = [...root.querySelectorAll(".digit-hidden-grid")];
    let hiddenCells = [];
    let strokes = [];        // each a list of [x, y] points in canvas pixels

    function showAnswer(probs) {
      const { digit, sure, text, top } = describe(probs);
      label.textContent = String(digit);
      answer.dataset.sure = sure ? "yes" : "no";
      confidence.textContent = text;
      runners.forEach((row, k) => {
        const d = top[k];
        const pct = `${(100 * probs[d]).toFixed(probs[d] < 0.1 ? 1 : 0)}%`;
        row.querySelector(".digit-runner-label").textContent = String(d);
        row.querySelector(".digit-bar-fill").style.width = `${100 * probs[d]}%`;
        row.querySelector(".digit-runner-value").textContent = pct;
      });
      return digit;
    }

    function clear() {
      strokes = [];
      ctx.clearRect(0, 0, canvas.width, canvas.height);
      pctx.clearRect(0, 0, preview.width, preview.height);
      label.textContent = "–";
      answer.dataset.sure = "";
      confidence.textContent = "Draw a digit";
      for (const row of runners) {
        row.querySelector(".digit-runner-label").textContent = "";
        row.querySelector(".digit-bar-fill").style.width = "0%";
        row.querySelector(".digit-runner-value").textContent = "";
      }
      root.dataset.prediction = "";
      for (const row of barFills) {
        row.querySelector(".digit-bar-fill").style.width = "0%";
        row.querySelector(".digit-bar-value").textContent = "0%";
        row.classList.remove("digit-bar-top");
      }
      for (const list of hiddenCells) for (const cell of list) cell.style.opacity = 0;
    }

    function inkFromCanvas() {
      const { width, height } = canvas;
      const data = ctx.getImageData(0, 0, width, height).data;
      const ink = new Float64Array(width * height);
      for (let i = 0; i < ink.length; i++) ink[i] = data[4 * i + 3] / 255;   // alpha = ink
      return { ink, width, height };
    }

    function showInput(x) {
      const image = pctx.createImageData(SIDE, SIDE);
      for (let i = 0; i < SIDE * SIDE; i++) {
        const v = Math.round(255 * (1 - x[i]));
        image.data.set([v, v, v, 255], 4 * i);
      }
      pctx.putImageData(image, 0, 0);
    }

    function classify() {
      if (!model) return;
      const { ink, width, height } = inkFromCanvas();
      const x = preprocess(ink, width, height);
      if (!x) return clear();
      showInput(x);
      const { activations, probs } = forward(model, x);
      const best = showAnswer(probs);
      root.dataset.prediction = String(best);
      barFills.forEach((row, d) => {
        const pct = (100 * probs[d]).toFixed(1);
        row.querySelector(".digit-bar-fill").style.width = `${pct}%`;
        row.querySelector(".digit-bar-value").textContent = `${pct}%`;
        row.classList.toggle("digit-bar-top", d === best);
      });
      activations.slice(0, hiddenCells.length).forEach((a, k) => {
        let max = 0;
        for (const v of a) max = Math.max(max, v);
        hiddenCells[k].forEach((cell, i) => {
          cell.style.opacity = max > 0 ? (a[i] / max).toFixed(3) : 0;
          cell.title = `unit ${i + 1}: ${a[i].toFixed(3)}`;
        });
      });
    }

    // Drawing with pointer events: one code path for mouse, pen and touch.
    let drawing = false;
    let pending = false;
    const point = (event) => {
      const rect = canvas.getBoundingClientRect();
      return [(event.clientX - rect.left) * (canvas.width / rect.width),
              (event.clientY - rect.top) * (canvas.height / rect.height)];
    };
    const scheduleClassify = () => {
      if (pending) return;
      pending = true;
      requestAnimationFrame(() => { pending = false; classify(); });
    };
    // The whole drawing again, with the pen width for its current size (see PEN_SHARE).
    function redraw() {
      let left = Infinity, right = -Infinity, top = Infinity, bottom = -Infinity;
      for (const line of strokes) {
        for (const [x, y] of line) {
          left = Math.min(left, x); right = Math.max(right, x);
          top = Math.min(top, y); bottom = Math.max(bottom, y);
        }
      }
      const pen = Math.max(MIN_PEN, PEN_SHARE * Math.max(right - left, bottom - top));
      ctx.clearRect(0, 0, canvas.width, canvas.height);
      ctx.lineWidth = pen;
      ctx.lineCap = "round";
      ctx.lineJoin = "round";
      ctx.strokeStyle = ctx.fillStyle = "#000";
      for (const line of strokes) {
        ctx.beginPath();
        if (line.length === 1) {              // a tap: a dot as wide as the pen
          ctx.arc(line[0][0], line[0][1], pen / 2, 0, 2 * Math.PI);
          ctx.fill();
          continue;
        }
        ctx.moveTo(...line[0]);
        for (const p of line.slice(1)) ctx.lineTo(...p);
        ctx.stroke();
      }
    }
    canvas.addEventListener("pointerdown", (event) => {
      event.preventDefault();
      canvas.setPointerCapture(event.pointerId);
      drawing = true;
      strokes.push([point(event)]);
      redraw();
      scheduleClassify();
    });
    canvas.addEventListener("pointermove", (event) => {
      if (!drawing) return;
      strokes[strokes.length - 1].push(point(event));
      redraw();
      scheduleClassify();
    });
    const stop = () => {
      if (!drawing) return;
      drawing = false;
      classify();
    };
    canvas.addEventListener("pointerup", stop);
    canvas.addEventListener("pointercancel", stop);
    root.querySelector(".digit-clear").addEventListener("click", clear);

    status.textContent = "Loading the network…";
    ensureModel(new URL(root.dataset.weights, location.href).href).then(() => {
      if (modelError) {
        status.textContent = modelError;
        root.dataset.state = "error";
        return;
      }
      const sizes = model.sizes;
      hiddenCells = hiddenGrids.map((grid, k) =>
        cells(grid, sizes[k + 1], Number(grid.dataset.columns) || 16));
      const acc = model.info.test_accuracy;
      status.textContent = `Network ${sizes.join("-")}` +
        (typeof acc === "number" ? `, ${(100 * acc).toFixed(2)}% on the 10,000 MNIST test images.` : ".");
      root.dataset.state = "ready";
      classify();   // anything drawn while the weights were loading
    });
  }

  // The pieces the browser tests call directly.
  window.DigitDemo = {
    preprocess,
    describe: (probs) => describe(Array.from(probs)),
    forward: (x) => {
      if (!model) throw new Error("the model is not loaded");
      const { activations, probs } = forward(model, x);
      return { activations: activations.map((a) => Array.from(a)), probs: Array.from(probs) };
    },
    decodeFloats,
  };

  function init() {
    const root = document.getElementById("digit-demo");
    if (root) setup(root);
  }

  // Both: document$ fires again after instant navigation (if the site turns it on), while the
  // plain event covers pages where document$ never fires (Material under file://). setup()
  // runs once per demo element, however often init is called.
  if (typeof document$ !== "undefined") document$.subscribe(init);
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", init);
  else init();
})();
