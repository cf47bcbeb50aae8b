/*
 * Write in the browser: the character transformer of ml/text/transformer.py, running in the page.
 *
 * The weights come from `python -m ml.text.export`, which writes them into weights.js as
 * `window.TEXT_MODEL` (float32 numbers in base64; a script, not JSON, because fetch() fails on
 * file:// pages). The forward pass below is the numpy one written out with plain loops, in
 * float64, for one window of at most block_size characters:
 *
 *   x = E[ids] + P[:T]
 *   for each block:  x += Attention(LayerNorm1(x));  x += Proj(GELU(Fc(LayerNorm2(x))))
 *   logits = LayerNorm_f(x) Head
 *
 * Generation draws each character from softmax(logits / temperature), restricted to the top k,
 * with a seeded generator (mulberry32), so the same prompt, settings and seed give the same text.
 * The script does nothing unless the page has #text-demo.
 */
(function () {
  "use strict";

  /* ---------------------------------------------------------------- model */

  function decodeFloats(base64) {
    const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
    const view = new DataView(bytes.buffer);
    const out = new Float64Array(bytes.length / 4);
    for (let i = 0; i < out.length; i++) out[i] = view.getFloat32(4 * i, true);
    return out;
  }

  function loadModel(spec) {
    if (!spec || spec.format !== 1) {
      throw new Error("weights.js has an unknown format; run `python -m ml.text.export` again");
    }
    const p = {};
    for (const name of Object.keys(spec.params)) p[name] = decodeFloats(spec.params[name]);
    const s = spec.settings;
    return { p, d: s.d, nHead: s.n_head, nLayer: s.n_layer, block: s.block_size,
             V: s.vocab_size, chars: spec.chars, valLoss: spec.val_loss };
  }

  // y (T x nOut) = x (T x nIn) W (nIn x nOut, row-major) + b
  function dense(x, T, nIn, W, b, nOut) {
    const y = new Float64Array(T * nOut);
    for (let t = 0; t < T; t++) {
      const row = t * nOut;
      for (let j = 0; j < nOut; j++) y[row + j] = b[j];
      for (let i = 0; i < nIn; i++) {
        const xi = x[t * nIn + i];
        const w = i * nOut;
        for (let j = 0; j < nOut; j++) y[row + j] += xi * W[w + j];
      }
    }
    return y;
  }

  function layerNorm(x, T, d, gamma, beta) {
    const y = new Float64Array(T * d);
    for (let t = 0; t < T; t++) {
      let mean = 0;
      for (let i = 0; i < d; i++) mean += x[t * d + i];
      mean /= d;
      let v = 0;
      for (let i = 0; i < d; i++) v += (x[t * d + i] - mean) ** 2;
      const inv = 1 / Math.sqrt(v / d + 1e-5);
      for (let i = 0; i < d; i++) y[t * d + i] = (x[t * d + i] - mean) * inv * gamma[i] + beta[i];
    }
    return y;
  }

  function gelu(x) {
    const c = Math.sqrt(2 / Math.PI);
    for (let i = 0; i < x.length; i++) {
      const v = x[i];
      x[i] = 0.5 * v * (1 + Math.tanh(c * v * (1 + 0.044715 * v * v)));
    }
    return x;
  }

  // causal multi-head attention of one window; qkv is (T x 3d), returns (T x d)
  function attention(qkv, T, d, nHead) {
    const dh = d / nHead;
    const scale = 1 / Math.sqrt(dh);
    const y = new Float64Array(T * d);
    const w = new Float64Array(T);
    for (let h = 0; h < nHead; h++) {
      for (let t = 0; t < T; t++) {
        let max = -Infinity;
        for (let s = 0; s <= t; s++) {           // the future (s > t) is never looked at
          let dot = 0;
          for (let i = 0; i < dh; i++) {
            dot += qkv[t * 3 * d + h * dh + i] * qkv[s * 3 * d + d + h * dh + i];
          }
          w[s] = dot * scale;
          if (w[s] > max) max = w[s];
        }
        let sum = 0;
        for (let s = 0; s <= t; s++) { w[s] = Math.exp(w[s] - max); sum += w[s]; }
        for (let s = 0; s <= t; s++) {
          const ps = w[s] / sum;
          for (let i = 0; i < dh; i++) {
            y[t * d + h * dh + i] += ps * qkv[s * 3 * d + 2 * d + h * dh + i];
          }
        }
      }
    }
    return y;
  }

  // logits (T x V) for the window ids (at most block_size of them)
  function forward(model, ids) {
    const { p, d, V } = model;
    const T = ids.length;
    let x = new Float64Array(T * d);
    for (let t = 0; t < T; t++) {
      for (let i = 0; i < d; i++) x[t * d + i] = p["tok.E"][ids[t] * d + i] + p["pos.P"][t * d + i];
    }
    for (let l = 0; l < model.nLayer; l++) {
      const k = (name) => p[`blocks.${l}.${name}`];
      const a = layerNorm(x, T, d, k("ln1.gamma"), k("ln1.beta"));
      const qkv = dense(a, T, d, k("attn.qkv.W"), k("attn.qkv.b"), 3 * d);
      const att = dense(attention(qkv, T, d, model.nHead), T, d, k("attn.proj.W"),
                        k("attn.proj.b"), d);
      for (let i = 0; i < x.length; i++) x[i] += att[i];
      const h = gelu(dense(layerNorm(x, T, d, k("ln2.gamma"), k("ln2.beta")), T, d,
                           k("fc.W"), k("fc.b"), 4 * d));
      const m = dense(h, T, 4 * d, k("proj.W"), k("proj.b"), d);
      for (let i = 0; i < x.length; i++) x[i] += m[i];
    }
    x = layerNorm(x, T, d, p["ln_f.gamma"], p["ln_f.beta"]);
    return dense(x, T, d, p["head.W"], p["head.b"], V);
  }

  /* ---------------------------------------------------------------- sampling */

  function mulberry32(seed) {
    let a = seed >>> 0;
    return function () {
      a = (a + 0x6d2b79f5) >>> 0;
      let t = a;
      t = Math.imul(t ^ (t >>> 15), t | 1);
      t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
      return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    };
  }

  // the same rule as ml/text/sampling.py: softmax(z / temperature) over the top k, inverse CDF
  function draw(logits, temperature, topK, u) {
    const z = Array.from(logits, (v) => v / temperature);
    if (topK && topK < z.length) {
      const kth = [...z].sort((a, b) => b - a)[topK - 1];
      for (let i = 0; i < z.length; i++) if (z[i] < kth) z[i] = -Infinity;
    }
    const max = Math.max(...z);
    const e = z.map((v) => Math.exp(v - max));
    const total = e.reduce((a, b) => a + b, 0);
    let cum = 0;
    for (let i = 0; i < e.length; i++) {
      cum += e[i];
      if (cum > u * total) return i;
    }
    return e.length - 1;
  }

  function encode(model, text) {
    const ids = [];
    for (const c of text) {
      const i = model.chars.indexOf(c);
      if (i < 0) throw new Error(`the character ${JSON.stringify(c)} is not in the model's vocabulary`);
      ids.push(i);
    }
    return ids;
  }

  // calls onChar(c) for each new character; returns a promise of the whole text
  function generate(model, prompt, n, temperature, topK, seed, onChar) {
    const ids = encode(model, prompt);
    if (ids.length === 0) ids.push(0);
    const rand = mulberry32(seed);
    let out = "";
    return new Promise((resolve) => {
      function step(left) {
        const stop = Math.min(left, 4);           // a few characters, then let the page breathe
        for (let j = 0; j < stop; j++) {
          const window = ids.slice(-model.block);
          const logits = forward(model, window);
          const last = logits.subarray((window.length - 1) * model.V, window.length * model.V);
          const next = draw(last, temperature, topK, rand());
          ids.push(next);
          out += model.chars[next];
          if (onChar) onChar(model.chars[next]);
        }
        if (left - stop > 0) setTimeout(() => step(left - stop), 0);
        else resolve(out);
      }
      step(n);
    });
  }

  /* ---------------------------------------------------------------- page */

  let model = null;

  function setUp() {
    const root = document.getElementById("text-demo");
    if (!root || root.dataset.state) return;
    root.dataset.state = "loading";
    const status = root.querySelector(".text-status");
    const script = document.createElement("script");
    script.src = root.dataset.weights;
    script.onload = () => {
      try {
        model = loadModel(window.TEXT_MODEL);
      } catch (err) {
        status.textContent = err.message;
        root.dataset.state = "error";
        return;
      }
      status.textContent = `Model loaded: ${model.nLayer} blocks, width ${model.d}, ` +
        `${model.chars.length} characters, validation loss ${model.valLoss} nats per character.`;
      root.dataset.state = "ready";
    };
    script.onerror = () => {
      status.textContent = "The weights could not be loaded (export them with `python -m ml.text.export`).";
      root.dataset.state = "error";
    };
    document.head.appendChild(script);
    const output = root.querySelector(".text-output");
    root.querySelector(".text-generate").addEventListener("click", () => {
      if (!model || root.dataset.state === "writing") return;
      const prompt = root.querySelector(".text-prompt").value;
      const temperature = parseFloat(root.querySelector(".text-temperature").value);
      const seed = parseInt(root.querySelector(".text-seed").value, 10) || 0;
      const n = parseInt(root.querySelector(".text-chars").value, 10) || 200;
      const topK = parseInt(root.querySelector(".text-topk").value, 10) || 0;
      try {
        encode(model, prompt);
      } catch (err) {
        status.textContent = err.message;
        return;
      }
      output.textContent = prompt;
      root.dataset.state = "writing";
      generate(model, prompt, n, temperature, topK, seed, (c) => { output.textContent += c; })
        .then(() => { root.dataset.state = "ready"; status.textContent = "Done."; });
    });
    const temp = root.querySelector(".text-temperature");
    const tempValue = root.querySelector(".text-temperature-value");
    temp.addEventListener("input", () => { tempValue.textContent = temp.value; });
  }

  window.TextWriter = {
    forward: (ids) => Array.from(forward(model, ids)),
    generate: (prompt, n, temperature, topK, seed) =>
      generate(model, prompt, n, temperature, topK, seed, null),
    ready: () => model !== null,
  };

  if (typeof document$ !== "undefined") document$.subscribe(setUp);
  document.addEventListener("DOMContentLoaded", setUp);
})();
