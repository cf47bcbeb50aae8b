/*
 * Boids on the page: biology/swarms.py's start_boids, boids_step and polarisation, the same
 * arithmetic per boid (synchronous update on a periodic square), seeded by mulberry32.
 */
(function () {
  "use strict";

  const RULES = { size: 100, radius: 10, tooClose: 5, separation: 0.5, alignment: 0.1,
    cohesion: 0.005, minSpeed: 0.5, maxSpeed: 2 };

  function start(n, seed, rules) {
    const rnd = window.BioPRNG.mulberry32(seed), pos = [], vel = [];
    for (let i = 0; i < n; i++) {
      const x = rnd(), y = rnd(), a = 2 * Math.PI * rnd();
      pos.push([rules.size * x, rules.size * y]);
      vel.push([Math.cos(a), Math.sin(a)]);
    }
    return { pos, vel };
  }

  // Python's round-half-to-even, as numpy.round, for the nearest periodic copy.
  function roundEven(x) {
    const r = Math.round(x);
    return Math.abs(x % 1) === 0.5 && r % 2 !== 0 ? r - 1 : r;
  }

  function step(pos, vel, rules) {
    const n = pos.length, L = rules.size, newPos = [], newVel = [];
    for (let i = 0; i < n; i++) {
      let count = 0, awayX = 0, awayY = 0, vx = 0, vy = 0, cx = 0, cy = 0;
      for (let j = 0; j < n; j++) {
        if (j === i) continue;
        let dx = pos[j][0] - pos[i][0], dy = pos[j][1] - pos[i][1];
        dx -= L * roundEven(dx / L); dy -= L * roundEven(dy / L);
        const d2 = dx * dx + dy * dy;
        if (d2 >= rules.radius * rules.radius) continue;
        count += 1; vx += vel[j][0]; vy += vel[j][1]; cx += dx; cy += dy;
        if (d2 < rules.tooClose * rules.tooClose) { awayX -= dx / d2; awayY -= dy / d2; }
      }
      const safe = Math.max(count, 1);
      const alignX = count ? vx / safe - vel[i][0] : 0, alignY = count ? vy / safe - vel[i][1] : 0;
      let nx = vel[i][0] + rules.separation * awayX + rules.alignment * alignX + rules.cohesion * (cx / safe);
      let ny = vel[i][1] + rules.separation * awayY + rules.alignment * alignY + rules.cohesion * (cy / safe);
      const speed = Math.hypot(nx, ny), clipped = Math.min(Math.max(speed, rules.minSpeed), rules.maxSpeed);
      nx *= clipped / speed; ny *= clipped / speed;
      newVel.push([nx, ny]);
      newPos.push([mod(pos[i][0] + nx, L), mod(pos[i][1] + ny, L)]);
    }
    return { pos: newPos, vel: newVel };
  }

  function mod(a, L) { const r = a % L; return r < 0 ? r + L : r; }

  function polarisation(vel) {
    let sx = 0, sy = 0;
    for (const [x, y] of vel) { const s = Math.hypot(x, y); sx += x / s; sy += y / s; }
    return Math.hypot(sx / vel.length, sy / vel.length);
  }

  window.BioModels = window.BioModels || {};
  window.BioModels.boids = { RULES, start, step, polarisation };

  function mount(el) {
    const D = window.BioDemo, rules = Object.assign({}, RULES), N = 80;
    let state, seed = 1, steps = 0, history = [], timer = null;
    const ctl = D.controls(el);
    D.slider(ctl, { name: "separation", label: "separation", min: 0, max: 1, step: 0.05, value: rules.separation,
      format: (v) => v.toFixed(2) }, (v) => { rules.separation = v; });
    D.slider(ctl, { name: "alignment", label: "alignment", min: 0, max: 0.3, step: 0.01, value: rules.alignment,
      format: (v) => v.toFixed(2) }, (v) => { rules.alignment = v; });
    D.slider(ctl, { name: "cohesion", label: "cohesion", min: 0, max: 0.03, step: 0.001, value: rules.cohesion,
      format: (v) => v.toFixed(3) }, (v) => { rules.cohesion = v; });
    D.slider(ctl, { name: "radius", label: "neighbour radius", min: 2, max: 30, step: 1, value: rules.radius },
      (v) => { rules.radius = v; });
    const buttons = D.controls(el);
    const play = D.button(buttons, "Pause", () => (timer ? stop() : run()));
    D.button(buttons, "Scatter", () => { seed += 1; reset(); });
    const ctx = D.canvas(el, 500, 500, "Boids flying on a periodic square");
    const order = D.canvas(el, 500, 180, "Polarisation against time");
    const out = D.readout(el);

    function reset() { state = start(N, seed, rules); steps = 0; history = [polarisation(state.vel)]; draw(); }
    function tick() { state = step(state.pos, state.vel, rules); steps += 1; history.push(polarisation(state.vel)); if (history.length > 600) history.shift(); draw(); }
    function run() { play.textContent = "Pause"; timer = setInterval(tick, 33); }
    function stop() { play.textContent = "Run"; clearInterval(timer); timer = null; }
    function draw() {
      const k = 500 / rules.size;
      ctx.fillStyle = "#fff"; ctx.fillRect(0, 0, 500, 500);
      ctx.fillStyle = "#1f4e9c";
      state.pos.forEach(([x, y], i) => {
        const [vx, vy] = state.vel[i], s = Math.hypot(vx, vy), ux = vx / s, uy = vy / s;
        ctx.beginPath();
        ctx.moveTo(k * x + 7 * ux, k * y + 7 * uy);
        ctx.lineTo(k * x - 4 * ux - 3 * uy, k * y - 4 * uy + 3 * ux);
        ctx.lineTo(k * x - 4 * ux + 3 * uy, k * y - 4 * uy - 3 * ux);
        ctx.fill();
      });
      const t0 = steps - history.length + 1;
      D.plot(order, { xlim: [Math.max(0, t0), Math.max(t0 + 100, steps)], ylim: [0, 1], xlabel: "step",
        ylabel: "polarisation", series: [{ x: history.map((_, j) => t0 + j), y: history, color: "#1f4e9c" }] });
      out.textContent = `step ${steps} · polarisation φ = ${history[history.length - 1].toFixed(2)}`;
    }
    reset();
    run();
  }

  window.BioDemo.register("boids", mount);
})();
