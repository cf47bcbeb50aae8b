/*
 * SIR on the page: biology/epidemics.py's simulate_sir (classical RK4), final_size (bisection)
 * and herd_immunity_threshold, with sliders for R0 and the infectious period.
 */
(function () {
  "use strict";

  function rhs(y, beta, gamma) {
    const infection = beta * y[0] * y[1], recovery = gamma * y[1];
    return [-infection, infection - recovery, recovery];
  }

  function simulate(beta, gamma, i0, days, dt) {
    const steps = Math.round(days / dt);
    const states = [[1 - i0, i0, 0]];
    for (let n = 0; n < steps; n++) {
      const y = states[n];
      const k1 = rhs(y, beta, gamma);
      const k2 = rhs(y.map((v, j) => v + dt / 2 * k1[j]), beta, gamma);
      const k3 = rhs(y.map((v, j) => v + dt / 2 * k2[j]), beta, gamma);
      const k4 = rhs(y.map((v, j) => v + dt * k3[j]), beta, gamma);
      states.push(y.map((v, j) => v + dt / 6 * (k1[j] + 2 * k2[j] + 2 * k3[j] + k4[j])));
    }
    return states;
  }

  function finalSize(r0, s0 = 1, tol = 1e-12) {
    if (r0 === 0 || (r0 <= 1 && s0 === 1)) return s0;
    let lo = 0, hi = Math.min(s0, 1 / r0);
    while (hi - lo > tol) {
      const mid = (lo + hi) / 2;
      if (mid - s0 * Math.exp(-r0 * (1 - mid)) < 0) lo = mid; else hi = mid;
    }
    return (lo + hi) / 2;
  }

  function herdImmunity(r0) { return r0 > 0 ? Math.max(0, 1 - 1 / r0) : 0; }

  window.BioModels = window.BioModels || {};
  window.BioModels.sir = { simulate, finalSize, herdImmunity };

  function mount(el) {
    const D = window.BioDemo;
    let r0 = 2.5, period = 5;
    const ctl = D.controls(el);
    D.slider(ctl, { name: "r0", label: "R0", min: 0.5, max: 6, step: 0.1, value: r0, format: (v) => v.toFixed(1) },
      (v) => { r0 = v; draw(); });
    D.slider(ctl, { name: "period", label: "infectious period 1/γ (days)", min: 1, max: 20, step: 1, value: period },
      (v) => { period = v; draw(); });
    const ctx = D.canvas(el, 560, 320, "Fractions susceptible, infectious and recovered against time");
    const out = D.readout(el);

    function draw() {
      const gamma = 1 / period, beta = r0 * gamma, days = 365, dt = 0.5;
      const states = simulate(beta, gamma, 1e-4, days, dt);
      const t = states.map((_, k) => k * dt);
      const col = (j) => states.map((y) => y[j]);
      const sInf = finalSize(r0), herd = herdImmunity(r0);
      D.plot(ctx, { xlim: [0, days], ylim: [0, 1], xlabel: "days", ylabel: "fraction of people",
        lines: r0 > 1 ? [{ y: herd, color: "#6a3d9a", label: `herd immunity 1 − 1/R0 = ${herd.toFixed(2)}` }] : [],
        series: [{ x: t, y: col(0), color: "#1f4e9c", label: "susceptible" },
          { x: t, y: col(1), color: "#b3400a", label: "infectious" },
          { x: t, y: col(2), color: "#1b7a3a", label: "recovered", dash: [6, 3] }] });
      out.textContent = `β = ${beta.toFixed(3)}/day · ever infected: ${(100 * (1 - sInf)).toFixed(1)} % ` +
        `(final-size relation) · herd-immunity threshold: ${(100 * herd).toFixed(1)} %`;
      el.dataset.finalSize = String(sInf);
    }
    draw();
  }

  window.BioDemo.register("sir", mount);
})();
