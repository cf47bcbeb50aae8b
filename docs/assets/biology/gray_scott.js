/*
 * Gray-Scott reaction-diffusion on the page: biology/turing_patterns.py's start and
 * gray_scott_step (explicit Euler, 5-point Laplacian on a periodic grid, Pearson's diffusion
 * constants in grid units), seeded by mulberry32.
 */
(function () {
  "use strict";

  const DU = 2e-5 * Math.pow(256 / 2.5, 2), DV = 1e-5 * Math.pow(256 / 2.5, 2);

  function start(size, seed, square) {
    const u = new Float64Array(size * size).fill(1), v = new Float64Array(size * size);
    const rnd = window.BioPRNG.mulberry32(seed), lo = Math.floor((size - square) / 2);
    for (let i = lo; i < lo + square; i++) {
      for (let j = lo; j < lo + square; j++) {
        u[i * size + j] = 0.5 * (1 + 0.01 * (2 * rnd() - 1));
        v[i * size + j] = 0.25 * (1 + 0.01 * (2 * rnd() - 1));
      }
    }
    return { u, v, size };
  }

  // The 5-point Laplacian in the module's order: left, right, up, down neighbours, minus 4 a.
  function lap(a, n, i, j) {
    const r = i * n;
    return a[r + (j + n - 1) % n] + a[r + (j + 1) % n] + a[((i + n - 1) % n) * n + j]
      + a[((i + 1) % n) * n + j] - 4 * a[r + j];
  }

  function step(s, feed, kill) {
    const n = s.size, u = new Float64Array(n * n), v = new Float64Array(n * n);
    for (let i = 0; i < n; i++) {
      for (let j = 0; j < n; j++) {
        const k = i * n + j, uvv = s.u[k] * s.v[k] * s.v[k];
        u[k] = s.u[k] + (DU * lap(s.u, n, i, j) - uvv + feed * (1 - s.u[k]));
        v[k] = s.v[k] + (DV * lap(s.v, n, i, j) + uvv - (feed + kill) * s.v[k]);
      }
    }
    return { u, v, size: n };
  }

  window.BioModels = window.BioModels || {};
  window.BioModels.grayScott = { DU, DV, start, step };

  function mount(el) {
    const D = window.BioDemo, N = 96;
    let feed = 0.030, kill = 0.062, speed = 20, state, steps = 0, timer = null, seed = 1;
    const ctl = D.controls(el);
    D.slider(ctl, { name: "feed", label: "feed F", min: 0.01, max: 0.07, step: 0.001, value: feed,
      format: (v) => v.toFixed(3) }, (v) => { feed = v; });
    D.slider(ctl, { name: "kill", label: "kill k", min: 0.04, max: 0.07, step: 0.0005, value: kill,
      format: (v) => v.toFixed(4) }, (v) => { kill = v; });
    D.slider(ctl, { name: "speed", label: "steps per frame", min: 1, max: 60, step: 1, value: speed },
      (v) => { speed = v; });
    const buttons = D.controls(el);
    const play = D.button(buttons, "Pause", () => (timer ? stop() : run()));
    D.button(buttons, "Reset", () => { seed += 1; reset(); });
    D.select(buttons, "preset", [["0.030,0.062", "spots"], ["0.050,0.065", "stripes"], ["0.060,0.045", "uniform"],
      ["0.014,0.045", "waves"]], (v) => { [feed, kill] = v.split(",").map(Number); syncSliders(); reset(); });
    const ctx = D.canvas(el, N * 4, N * 4, "Concentration of the catalyst v on a periodic square");
    const out = D.readout(el);
    const image = ctx.createImageData(N, N);
    const small = document.createElement("canvas");
    small.width = small.height = N;

    function syncSliders() {
      el.querySelector('input[data-name="feed"]').value = feed;
      el.querySelector('input[data-name="kill"]').value = kill;
      el.querySelectorAll("input").forEach((i) => i.dispatchEvent(new Event("input")));
    }
    function reset() { state = start(N, seed, 20); steps = 0; draw(); }
    function tick() { for (let k = 0; k < speed; k++) state = step(state, feed, kill); steps += speed; draw(); }
    function run() { play.textContent = "Pause"; timer = setInterval(tick, 40); }
    function stop() { play.textContent = "Run"; clearInterval(timer); timer = null; }
    function draw() {
      for (let k = 0; k < N * N; k++) {
        const x = Math.min(1, state.v[k] / 0.45);
        image.data[4 * k] = 255 * Math.min(1, 1.6 * x);
        image.data[4 * k + 1] = 255 * Math.max(0, 1.6 * x - 0.6);
        image.data[4 * k + 2] = 255 * Math.min(1, 0.3 + x) * (1 - 0.5 * x);
        image.data[4 * k + 3] = 255;
      }
      small.getContext("2d").putImageData(image, 0, 0);
      ctx.imageSmoothingEnabled = false;
      ctx.drawImage(small, 0, 0, N * 4, N * 4);
      const uniform = feed >= 4 * (feed + kill) ** 2;
      out.textContent = `F = ${feed.toFixed(3)}, k = ${kill.toFixed(4)} · step ${steps} · ` +
        `uniform state with catalyst ${uniform ? "exists" : "does not exist"} (F ≥ 4(F + k)²)`;
    }
    reset();
    run();
  }

  window.BioDemo.register("gray-scott", mount);
})();
