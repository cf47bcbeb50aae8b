// The practice check's worker: real CPython (Pyodide) running the terminal's own judge.
//
// It loads the runtime laid out by `python -m tools.practice_editor setup` next to this file
// (runtime/): Pyodide, the pinned wheels (hypothesis and its pure-Python dependency) and
// engine.json (the `practice` package). Nothing comes from anywhere else. A check writes the
// problem's files and the learner's code into Pyodide's file system and calls
// practice.inprocess.browser_check, which posts JSON text back as it goes; this worker passes
// it on. The page ends this worker when its beats stop (an infinite loop) and starts another.

import { loadPyodide } from "./runtime/pyodide.mjs";

const RUNTIME = new URL("./runtime/", import.meta.url);
const PROJECT = "/home/pyodide/project";
let python = null;

async function bytes(name) {
  const response = await fetch(new URL(name, RUNTIME));
  if (!response.ok) throw new Error(`${name}: HTTP ${response.status}`);
  return new Uint8Array(await response.arrayBuffer());
}

function write(path, data) {
  python.FS.mkdirTree(path.slice(0, path.lastIndexOf("/")));
  python.FS.writeFile(path, data);
}

async function boot() {
  python = await loadPyodide({ indexURL: RUNTIME.href, env: { PYTHONHASHSEED: "0" } });
  const manifest = JSON.parse(new TextDecoder().decode(await bytes("engine.json")));
  for (const wheel of manifest.wheels) {
    write(`/tmp/wheels/${wheel}`, await bytes(wheel));
  }
  for (const [path, text] of Object.entries(manifest.engine)) {
    write(`${PROJECT}/${path}`, text);
  }
  python.runPython(`
import site, sys, zipfile, pathlib
for wheel in sorted(pathlib.Path("/tmp/wheels").glob("*.whl")):
    zipfile.ZipFile(wheel).extractall(site.getsitepackages()[0])
sys.path.insert(0, ${JSON.stringify(PROJECT)})
import json
import practice.inprocess as _inprocess
import practice.runner  # hypothesis and the judge, imported now rather than on the first check

def _check(folder, source, only_json, post):
    _inprocess.browser_check(folder, source, json.loads(only_json), post)

def _summarize(data_json):
    return json.dumps(_inprocess.summarize(json.loads(data_json)))
`);
}

const ready = boot().then(
  () => postMessage(JSON.stringify({ type: "ready" })),
  (error) => postMessage(JSON.stringify({ type: "failed", message: String(error) })));

onmessage = async (event) => {
  await ready;
  const request = event.data;
  try {
    if (request.type === "summarize") {
      const text = python.globals.get("_summarize")(JSON.stringify(request.result));
      postMessage(JSON.stringify({ type: "summary", ...JSON.parse(text) }));
      return;
    }
    const folder = `${PROJECT}/dsa/practice/problems/${request.slug}`;
    for (const [name, text] of Object.entries(request.files)) write(`${folder}/${name}`, text);
    python.globals.get("_check")(folder, request.source, JSON.stringify(request.only),
                                 (text) => postMessage(text));
  } catch (error) {
    postMessage(JSON.stringify({ type: "failed", message: String(error) }));
  }
};
