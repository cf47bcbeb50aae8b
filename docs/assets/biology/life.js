/*
 * Conway's Game of Life on the page: biology/game_of_life.py's step_dense (a finite board whose
 * outside is dead), with a pattern picker. Cells are (row, col) pairs as in the module.
 */
(function () {
  "use strict";

  const PATTERNS = {
    glider: [[0, 1], [1, 2], [2, 0], [2, 1], [2, 2]],
    blinker: [[0, 0], [0, 1], [0, 2]],
    block: [[0, 0], [0, 1], [1, 0], [1, 1]],
    "r-pentomino": [[0, 1], [0, 2], [1, 0], [1, 1], [2, 1]],
    lwss: [[0, 1], [0, 4], [1, 0], [2, 0], [2, 4], [3, 0], [3, 1], [3, 2], [3, 3]],
  };

  // grid: array of rows of 0/1. Returns the next generation (a new array).
  function step(grid) {
    const h = grid.length, w = grid[0].length;
    const next = [];
    for (let i = 0; i < h; i++) {
      const row = new Array(w).fill(0);
      for (let j = 0; j < w; j++) {
        let n = 0;
        for (let di = -1; di <= 1; di++) {
          for (let dj = -1; dj <= 1; dj++) {
            if ((di || dj) && i + di >= 0 && i + di < h && j + dj >= 0 && j + dj < w) n += grid[i + di][j + dj];
          }
        }
        row[j] = n === 3 || (grid[i][j] && n === 2) ? 1 : 0;
      }
      next.push(row);
    }
    return next;
  }

  function board(h, w, cells, origin) {
    const grid = Array.from({ length: h }, () => new Array(w).fill(0));
    for (const [r, c] of cells) grid[r + origin[0]][c + origin[1]] = 1;
    return grid;
  }

  // Each cell alive with probability density, drawn row by row from mulberry32(seed).
  function soup(h, w, density, seed) {
    const rnd = window.BioPRNG.mulberry32(seed);
    return Array.from({ length: h }, () => Array.from({ length: w }, () => (rnd() < density ? 1 : 0)));
  }

  function population(grid) { return grid.reduce((s, row) => s + row.reduce((a, b) => a + b, 0), 0); }

  window.BioModels = window.BioModels || {};
  window.BioModels.life = { step, board, soup, population, PATTERNS };

  function mount(el) {
    const D = window.BioDemo, N = 64, CELL = 8;
    let grid, generation = 0, timer = null, speed = 10, density = 0.3, seed = 1, pattern = "r-pentomino";
    const ctl = D.controls(el);
    D.select(ctl, "pattern", [["r-pentomino", "R-pentomino"], ["glider", "glider"],
      ["lwss", "lightweight spaceship"], ["blinker", "blinker"], ["block", "block"],
      ["soup", "random soup"]], (v) => { pattern = v; reset(); });
    D.slider(ctl, { name: "speed", label: "generations per second", min: 1, max: 60, step: 1, value: speed },
      (v) => { speed = v; if (timer) { stop(); start(); } });
    D.slider(ctl, { name: "density", label: "soup density", min: 0.05, max: 0.8, step: 0.05, value: density,
      format: (v) => v.toFixed(2) }, (v) => { density = v; if (pattern === "soup") reset(); });
    const buttons = D.controls(el);
    const play = D.button(buttons, "Run", () => (timer ? stop() : start()));
    D.button(buttons, "Step", () => { stop(); advance(); });
    D.button(buttons, "New soup", () => { seed += 1; pattern === "soup" ? reset() : null; });
    const ctx = D.canvas(el, N * CELL, N * CELL, "Game of Life board");
    const out = D.readout(el);

    function reset() {
      generation = 0;
      grid = pattern === "soup" ? soup(N, N, density, seed) : board(N, N, PATTERNS[pattern], [N / 2 - 2, N / 2 - 2]);
      draw();
    }
    function advance() { grid = step(grid); generation += 1; draw(); }
    function start() { play.textContent = "Pause"; timer = setInterval(advance, 1000 / speed); }
    function stop() { play.textContent = "Run"; clearInterval(timer); timer = null; }
    function draw() {
      ctx.fillStyle = "#fff"; ctx.fillRect(0, 0, N * CELL, N * CELL);
      ctx.fillStyle = "#1f4e9c";
      for (let i = 0; i < N; i++) for (let j = 0; j < N; j++) if (grid[i][j]) ctx.fillRect(j * CELL, i * CELL, CELL - 1, CELL - 1);
      out.textContent = `generation ${generation} · population ${population(grid)} (the board's edge is dead)`;
      el.dataset.population = String(population(grid));
    }
    reset();
  }

  window.BioDemo.register("life", mount);
})();
