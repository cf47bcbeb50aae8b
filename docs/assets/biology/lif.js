/*
 * The LIF neuron on the page: the f-I curve of biology/lif_neuron.py (firing_rate) and its
 * voltage trace (simulate), the same formulas in the same order, so the browser test can
 * compare them with the module number for number.
 */
(function () {
  "use strict";

  // f(I) = 1000 / (t_ref + tau ln(RI / (RI - V_th))) Hz above the rheobase V_th / R, else 0.
  function firingRate(current, n) {
    const drive = n.r * current;
    if (!(drive > n.vTh)) return 0;
    return 1000 / (n.tRef + n.tau * Math.log(drive / (drive - n.vTh)));
  }

  // Exact exponential steps between spikes, threshold crossing interpolated within the step,
  // refractory time that ends inside a step integrates only the rest of it.
  function simulate(current, duration, dt, n) {
    const drive = n.r * current;
    const steps = Math.round(duration / dt);
    const voltage = new Float64Array(steps + 1);
    const spikes = [];
    let v = 0, refractoryLeft = 0;
    for (let k = 0; k < steps; k++) {
      const h = dt - Math.min(refractoryLeft, dt);
      refractoryLeft = Math.max(refractoryLeft - dt, 0);
      const vStart = v;
      v = drive + (v - drive) * Math.exp(-h / n.tau);
      if (v >= n.vTh) {
        const fraction = (n.vTh - vStart) / (v - vStart);
        const tSpike = k * dt + (dt - h) + fraction * h;
        spikes.push(tSpike);
        v = 0;
        refractoryLeft = Math.max(n.tRef - ((k + 1) * dt - tSpike), 0);
      }
      voltage[k + 1] = v;
    }
    return { voltage, spikes };
  }

  window.BioModels = window.BioModels || {};
  window.BioModels.lif = { firingRate, simulate };

  function mount(el) {
    const D = window.BioDemo;
    const n = { tau: 10, r: 10, vTh: 15, tRef: 2 };
    let current = 2;
    const ctl = D.controls(el);
    D.slider(ctl, { name: "current", label: "current I (nA)", min: 0, max: 6, step: 0.05, value: current,
      format: (v) => v.toFixed(2) }, (v) => { current = v; draw(); });
    D.slider(ctl, { name: "tau", label: "τ (ms)", min: 2, max: 40, step: 1, value: n.tau },
      (v) => { n.tau = v; draw(); });
    D.slider(ctl, { name: "t_ref", label: "t_ref (ms)", min: 0, max: 10, step: 0.5, value: n.tRef },
      (v) => { n.tRef = v; draw(); });
    D.slider(ctl, { name: "v_th", label: "V_th (mV)", min: 5, max: 30, step: 1, value: n.vTh },
      (v) => { n.vTh = v; draw(); });
    const trace = D.canvas(el, 560, 220, "Membrane voltage against time");
    const curve = D.canvas(el, 560, 260, "Firing rate against input current");
    const out = D.readout(el);

    function draw() {
      const { voltage, spikes } = simulate(current, 100, 0.1, n);
      const t = Array.from(voltage, (_, k) => k * 0.1);
      D.plot(trace, { xlim: [0, 100], ylim: [0, n.vTh * 1.3], xlabel: "time (ms)",
        ylabel: "V (mV)", lines: [{ y: n.vTh, color: "#888", label: "threshold" }],
        series: [{ x: t, y: Array.from(voltage), color: "#1f4e9c", width: 1.5 }] });
      const currents = Array.from({ length: 241 }, (_, k) => k * 0.025);
      const rates = currents.map((i) => firingRate(i, n));
      const top = Math.max(50, ...rates) * 1.1;
      D.plot(curve, { xlim: [0, 6], ylim: [0, top], xlabel: "input current I (nA)",
        ylabel: "rate (Hz)", lines: [{ x: n.vTh / n.r, color: "#b3400a", label: "rheobase" }],
        series: [{ x: currents, y: rates, color: "#1f4e9c", label: "LIF f-I curve" },
          { x: [current], y: [firingRate(current, n)], color: "#b3400a", dot: true }] });
      out.textContent = `rheobase ${(n.vTh / n.r).toFixed(2)} nA · rate at ${current.toFixed(2)} nA: ` +
        `${firingRate(current, n).toFixed(1)} Hz · spikes in 100 ms: ${spikes.length}`;
      el.dataset.rate = String(firingRate(current, n));
    }
    draw();
  }

  window.BioDemo.register("lif", mount);
})();
