/*
 * Site percolation on the page: open each site with probability p (mulberry32, row by row, as
 * the browser test rebuilds the grid in Python), then find the sites joined to the top row by a
 * breadth-first flood through open neighbours. The grid percolates when that reaches the bottom
 * row: the same answer as biology/percolation.py's union-find (percolates, spanning_cluster).
 */
(function () {
  "use strict";

  const P_C = 0.592746; // the square lattice's site-percolation threshold (Newman and Ziff, 2000)

  function grid(size, p, seed) {
    const rnd = window.BioPRNG.mulberry32(seed);
    return Array.from({ length: size }, () => Array.from({ length: size }, () => (rnd() < p ? 1 : 0)));
  }

  function spanning(open) {
    const n = open.length, mask = open.map((row) => row.map(() => 0)), queue = [];
    for (let j = 0; j < n; j++) if (open[0][j]) { mask[0][j] = 1; queue.push([0, j]); }
    while (queue.length) {
      const [i, j] = queue.pop();
      for (const [a, b] of [[i + 1, j], [i - 1, j], [i, j + 1], [i, j - 1]]) {
        if (a >= 0 && a < n && b >= 0 && b < n && open[a][b] && !mask[a][b]) { mask[a][b] = 1; queue.push([a, b]); }
      }
    }
    return mask;
  }

  function percolates(open) { return spanning(open)[open.length - 1].some((x) => x === 1); }

  window.BioModels = window.BioModels || {};
  window.BioModels.percolation = { grid, spanning, percolates, P_C };

  function mount(el) {
    const D = window.BioDemo;
    let p = 0.59, size = 64, seed = 1, tried = 0, spanned = 0;
    const ctl = D.controls(el);
    D.slider(ctl, { name: "p", label: "open probability p", min: 0.4, max: 0.8, step: 0.005, value: p,
      format: (v) => v.toFixed(3) }, (v) => { p = v; tried = spanned = 0; draw(); });
    D.slider(ctl, { name: "size", label: "grid side L", min: 16, max: 128, step: 16, value: size },
      (v) => { size = v; tried = spanned = 0; draw(); });
    const buttons = D.controls(el);
    D.button(buttons, "New grid", () => { seed += 1; draw(); });
    D.button(buttons, "20 new grids", () => { for (let k = 0; k < 19; k++) { seed += 1; count(grid(size, p, seed)); } seed += 1; draw(); });
    const ctx = D.canvas(el, 512, 512, "Percolation grid: open sites, and the cluster joined to the top in colour");
    const out = D.readout(el);

    function count(open) { tried += 1; spanned += percolates(open) ? 1 : 0; }
    function draw() {
      const open = grid(size, p, seed), mask = spanning(open), cell = 512 / size;
      count(open);
      for (let i = 0; i < size; i++) {
        for (let j = 0; j < size; j++) {
          ctx.fillStyle = mask[i][j] ? "#b3400a" : open[i][j] ? "#9ec3e6" : "#222";
          ctx.fillRect(j * cell, i * cell, cell, cell);
        }
      }
      const yes = mask[size - 1].some((x) => x === 1);
      out.textContent = `p = ${p.toFixed(3)} (p_c ≈ ${P_C}) · this grid ${yes ? "percolates" : "does not percolate"} · ` +
        `spanned ${spanned} of ${tried} grids tried at this p and L`;
      el.dataset.percolates = String(yes);
    }
    draw();
  }

  window.BioDemo.register("percolation", mount);
})();
