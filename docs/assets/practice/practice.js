// Solve a DSA practice problem on its page: an editor, a Check button, each test's result as
// it finishes (the terminal's words: practice/report.py), hints one at a time, progress in the
// browser's storage that moves to and from the terminal's .progress.json.
//
// The check runs in a Web Worker (worker.js: Pyodide running the terminal's own judge), so the
// page never freezes. Python cannot be interrupted inside one thread, so the worker beats while
// it works; when the beats stop for longer than a test may take, this page ends the worker,
// reports the time limit for the test that was running, and starts a fresh worker for the rest
// (as the terminal's checker starts a fresh child process).

// The progress itself (its storage, export and import) is store.js's, shared with the
// "Your progress" page; this script is loaded after it and uses its names.

// -- the editor: a textarea that indents like a Python editor -------------------------------

const INDENT = "    ";

function editKeys(area, onChange) {
  area.addEventListener("keydown", (event) => {
    const { selectionStart: start, selectionEnd: end, value } = area;
    if (event.key === "Tab") {
      event.preventDefault();
      const lineStart = value.lastIndexOf("\n", start - 1) + 1;
      if (event.shiftKey) {
        const line = value.slice(lineStart);
        const cut = line.startsWith(INDENT) ? INDENT.length : (line.match(/^ */)[0].length);
        area.setRangeText("", lineStart, lineStart + cut, "preserve");
      } else if (start === end) {
        area.setRangeText(INDENT, start, end, "end");
      } else {  // indent every selected line
        const block = value.slice(lineStart, end).replace(/^/gm, INDENT);
        area.setRangeText(block, lineStart, end, "select");
      }
      onChange();
    } else if (event.key === "Enter" && !event.ctrlKey && !event.metaKey) {
      event.preventDefault();
      const lineStart = value.lastIndexOf("\n", start - 1) + 1;
      const line = value.slice(lineStart, start);
      let indent = line.match(/^ */)[0];
      if (/:\s*(#.*)?$/.test(line)) indent += INDENT;
      area.setRangeText(`\n${indent}`, start, end, "end");
      onChange();
    }
  });
  area.addEventListener("input", onChange);
}

// -- the editor upgraded: CodeMirror 5 over the textarea, with Python's colours --------------
//
// Its files are in runtime/ (pinned and checked by `python -m tools.practice_editor setup`) and
// load only here, on a problem page. The textarea stays where the code lives: the editor writes
// each change back into it, and setCode writes both. If a file is missing or fails (a build
// without the set-up), the plain textarea above goes on working as it is.

const EDITOR_FILES = ["codemirror.js", "codemirror-python.js", "codemirror-matchbrackets.js"];
let editorFiles = null;

function loadFile(tag, attributes) {
  return new Promise((resolve, reject) => {
    const element = Object.assign(document.createElement(tag), attributes);
    element.onload = resolve;
    element.onerror = () => reject(new Error(`${attributes.src || attributes.href} is missing`));
    document.head.append(element);
  });
}

function loadEditor(assets) {  // once a page; each script after the one it extends
  if (!editorFiles) {
    const base = new URL("runtime/", new URL(assets, document.baseURI));
    const style = loadFile("link", { rel: "stylesheet", href: new URL("codemirror.css", base) });
    editorFiles = EDITOR_FILES.reduce((before, file) => before.then(
      () => loadFile("script", { src: new URL(file, base) })), style);
  }
  return editorFiles;
}

function indentOrInsert(editor) {  // Tab: four spaces here, or indent every selected line
  if (editor.somethingSelected()) editor.execCommand("indentMore");
  else editor.replaceSelection(INDENT, "end");
}

function upgradeEditor(block, area, onChange) {
  block.dataset.editor = "loading";
  loadEditor(block.dataset.assets).then(() => {
    const editor = window.CodeMirror.fromTextArea(area, {
      mode: { name: "python", version: 3 }, theme: "practice", indentUnit: 4, tabSize: 4,
      indentWithTabs: false, lineNumbers: true, matchBrackets: true, viewportMargin: Infinity,
      autofocus: document.activeElement === area,
      screenReaderLabel: area.getAttribute("aria-label"),
      extraKeys: { Tab: indentOrInsert, "Shift-Tab": "indentLess" },
    });
    editor.on("change", () => { editor.save(); onChange(); });
    block.editor = editor;
    block.dataset.editor = "ready";
  }).catch(() => { block.dataset.editor = "plain"; });
}

function setCode(block, area, text) {
  area.value = text;
  if (block.editor) block.editor.setValue(text);
}

// -- the worker, and the watchdog that ends it when it stops beating -------------------------

class Runner {
  // The worker in use, and a spare booted while the learner reads or types: ending a runaway
  // worker then costs nothing, the spare takes over at once and a new spare boots behind it.
  constructor(assets, onState) {
    this.url = new URL("worker.js", new URL(assets, document.baseURI));
    this.onState = onState;
    this.use(this.boot());
  }

  boot() {
    const worker = new Worker(this.url, { type: "module" });
    const booted = { worker };
    booted.ready = new Promise((resolve, reject) => {
      worker.onmessage = (event) => {
        const message = JSON.parse(event.data);
        if (message.type === "ready") resolve();
        else if (message.type === "failed") reject(new Error(message.message));
      };
      worker.onerror = (event) => reject(new Error(event.message || "the worker failed"));
    });
    booted.ready.catch(() => {});
    return booted;
  }

  use(booted) {
    this.worker = booted.worker;
    this.ready = booted.ready.then(() => {
      this.worker.onmessage = (event) => this.receive(JSON.parse(event.data));
      this.onState("ready");
      if (!this.spare) this.spare = this.boot();
    });
  }

  receive(message) {
    this.heard = Date.now();
    if (this.listener) this.listener(message);
  }

  restart() {
    this.worker.terminate();
    this.listener = null;
    const next = this.spare || this.boot();
    this.spare = null;
    this.use(next);
  }
}

// -- one editor block ------------------------------------------------------------------------

function setUp(block) {
  const id = block.dataset.problem;
  const files = unpack(block.querySelector(".practice-files").textContent);
  const area = block.querySelector(".practice-code");
  const checkButton = block.querySelector(".practice-check");
  const stopButton = block.querySelector(".practice-stop");
  const verdict = block.querySelector(".practice-verdict");
  const results = block.querySelector(".practice-results");
  const status = block.querySelector(".practice-runtime");
  const codeKey = `${STORE}code:${id}`;

  area.value = localStorage.getItem(codeKey) ?? files["starter.py"];
  const keep = () => localStorage.setItem(codeKey, area.value);
  editKeys(area, keep);
  upgradeEditor(block, area, keep);
  block.querySelector(".practice-reset").addEventListener("click", () => {
    setCode(block, area, files["starter.py"]);
    localStorage.removeItem(codeKey);
  });
  setUpProgressButtons(block, () => showHints(block, id));
  showHints(block, id);
  watchSolution(id);

  if (location.protocol === "file:") {
    block.dataset.state = "unavailable";
    status.textContent = "This page was opened from a file, where browsers refuse to run "
      + "WebAssembly, so the check cannot run here. Serve the site with `./run site` and open "
      + `it there, or check in a terminal: python -m dsa.practice start ${id}, then `
      + `python -m dsa.practice check ${id}.`;
    checkButton.disabled = true;
    return;
  }
  block.dataset.state = "loading";
  let runner = null;
  const boot = () => {
    runner = new Runner(block.dataset.assets, () => {
      if (block.dataset.state === "loading") block.dataset.state = "ready";
      status.textContent = "Python is ready: Check runs the problem's tests on your code, "
        + "here in your browser.";
    });
    runner.ready.catch((error) => {
      block.dataset.state = "broken";
      status.textContent = `The Python runtime could not start (${error.message}). `
        + `Check in a terminal instead: python -m dsa.practice check ${id}.`;
    });
  };
  // The runtime (about 14 MB) loads only after the page itself is usable.
  if (document.readyState === "complete") setTimeout(boot, 0);
  else addEventListener("load", () => setTimeout(boot, 0), { once: true });

  let check = null;
  checkButton.addEventListener("click", async () => {
    if (check || !runner) return;
    check = new Check(block, runner, id, files, area.value, verdict, results);
    checkButton.disabled = true;
    stopButton.hidden = false;
    try {
      await check.run();
    } finally {
      check = null;
      checkButton.disabled = false;
      stopButton.hidden = true;
    }
  });
  stopButton.addEventListener("click", () => check && check.stop());
}

class Check {
  constructor(block, runner, id, files, source, verdict, results) {
    Object.assign(this, { block, runner, id, files, source, verdict, results });
    this.tests = [];
  }

  async run() {
    this.results.replaceChildren();
    this.block.dataset.state = "running";
    this.verdict.textContent = "Waiting for Python to load…";
    try {
      await this.runner.ready;
    } catch (error) {
      this.block.dataset.state = "broken";
      return;
    }
    this.verdict.textContent = "Checking…";
    return new Promise((resolve) => {
      this.finish = resolve;
      this.send(null);
      this.timer = setInterval(() => this.watch(), 250);
    });
  }

  send(only) {
    this.plan = null;
    this.loaded = false;
    this.segment = 0;
    this.runner.heard = Date.now();
    this.runner.listener = (message) => this.receive(message);
    this.runner.worker.postMessage({ type: "check", slug: this.block.dataset.slug,
      files: this.files, source: this.source, only });
  }

  receive(message) {
    if (message.type === "plan") this.plan = message;
    else if (message.type === "loaded") this.loaded = true;
    else if (message.type === "result") {
      this.segment += 1;
      this.show(message.test, message.text);
    } else if (message.type === "done") {
      if (this.restarted) this.summarize(message.result);
      else this.end(message.result.status, message.summary);
    } else if (message.type === "summary") this.end(message.status, message.summary);
    else if (message.type === "failed") this.end("error", `The check itself failed: ${message.message}`);
  }

  show(test, text) {
    this.tests.push(test);
    const item = document.createElement("li");
    item.className = `practice-test practice-${test.outcome}`;
    item.dataset.test = test.name;
    item.dataset.outcome = test.outcome;
    const pre = document.createElement("pre");
    pre.textContent = text;
    item.append(pre);
    this.results.append(item);
  }

  watch() {
    if (!this.plan || Date.now() - this.runner.heard < this.plan.quiet * 1000) return;
    const plan = this.plan;
    this.restarted = true;
    this.runner.restart();
    if (!this.loaded) {  // the file itself never finished loading
      this.pending = { status: "error", message: plan.load_timeout, tests: [] };
      this.runner.listener = (message) => this.receive(message);
      this.runner.ready.then(() => this.summarize(null));
      return;
    }
    const name = plan.names[this.segment];
    this.show(plan.timeouts[name].test, plan.timeouts[name].text);
    const rest = plan.names.slice(this.segment + 1);
    this.plan = null;
    this.runner.ready.then(() => (rest.length ? this.send(rest) : this.summarize(null)));
  }

  summarize(last) {
    const data = this.pending || { status: last ? last.status : "failed", tests: this.tests,
      message: "" };
    this.runner.listener = (message) => this.receive(message);
    this.runner.worker.postMessage({ type: "summarize", result: {
      problem: this.id, file: "your code", ...data } });
  }

  stop() {
    this.runner.restart();
    this.end("stopped", "Stopped: the check was ended before it finished (nothing recorded).");
  }

  end(status, summary) {
    clearInterval(this.timer);
    this.runner.listener = null;
    this.verdict.textContent = summary;
    this.block.dataset.state = "done";
    this.block.dataset.verdict = status;
    this.block.dataset.checks = Number(this.block.dataset.checks || 0) + 1;
    if (status !== "not-attempted" && status !== "stopped" && status !== "error") {
      recordCheck(this.id, status === "passed");
    }
    this.finish();
  }
}

// -- hints one at a time, and the solution's spoiler --------------------------------------------

function hintBlocks() {
  return [...document.querySelectorAll("article details")]
    .filter((d) => /^Hint \d+$/.test(d.querySelector("summary")?.textContent.trim() || ""));
}

function showHints(block, id) {
  const shown = (loadProgress().problems[id] || blank()).hints;
  const hints = hintBlocks();
  hints.forEach((hint, index) => { hint.hidden = index >= shown; });
  let button = document.querySelector(".practice-next-hint");
  if (!button && hints.length) {
    button = document.createElement("button");
    button.type = "button";
    button.className = "md-button practice-next-hint";
    hints[hints.length - 1].after(button);
    button.addEventListener("click", () => {
      const entry = updateEntry(id, (e) => { e.hints = Math.min(e.hints + 1, hints.length); });
      hints[entry.hints - 1].hidden = false;
      hints[entry.hints - 1].open = true;
      showHints(block, id);
    });
  }
  if (button) {
    button.hidden = shown >= hints.length;
    button.textContent = `Show hint ${Math.min(shown + 1, hints.length)} of ${hints.length}`;
  }
}

function watchSolution(id) {
  const spoiler = [...document.querySelectorAll("article details")]
    .find((d) => /^Solution/.test(d.querySelector("summary")?.textContent.trim() || ""));
  spoiler?.addEventListener("toggle", () => {
    if (spoiler.open && (loadProgress().problems[id] || blank()).status !== "solved") {
      updateEntry(id, (entry) => { entry.gave_up = true; });  // as `solution --give-up`
    }
  });
}

document.querySelectorAll(".practice-editor").forEach(setUp);
