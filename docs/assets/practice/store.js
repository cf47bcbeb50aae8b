// The learner's practice progress in this browser's storage, in the terminal's own format, for
// every page that reads or changes it: the problem pages (practice.js) and "Your progress"
// (progress.js). A classic script, loaded before them: its names are theirs to use.
//
// The format is practice/progress.py's .progress.json: {"problems": {id: entry}, "version": 1},
// each entry {checks, gave_up, hints, last_checked, status}, keys sorted as Python's
// json.dumps(sort_keys=True) writes them, so a file moves between browser and terminal as is.

const STORE = "ml-from-scratch:practice:";
const PROGRESS_KEY = `${STORE}progress`;
const STATUSES = ["not-started", "attempted", "solved"];

function blank() {
  return { checks: 0, gave_up: false, hints: 0, last_checked: null, status: "not-started" };
}

function isMapping(value) {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

// What the terminal reads (practice/progress.py's _read): a "problems" mapping of id to entry.
// It sets any other file aside as damaged; so does this page, and an import refuses it.
function isProgress(data) {
  return isMapping(data) && isMapping(data.problems)
    && Object.values(data.problems).every(isMapping);
}

function whole(value) {  // a count as the terminal adds to it: a whole number, never NaN
  return Math.max(0, Math.floor(Number(value) || 0));
}

function loadProgress() {
  try {
    const data = JSON.parse(localStorage.getItem(PROGRESS_KEY) || "null");
    if (isProgress(data)) return data;
  } catch (error) { /* damaged: start afresh, as the CLI does with no good backup */ }
  return { problems: {}, version: 1 };
}

function entryOf(progress, id) {  // Progress.entry: stored fields over a blank entry
  return { ...blank(), ...(progress.problems[id] || {}) };
}

function sortedKeys(value) {
  if (Array.isArray(value) || value === null || typeof value !== "object") return value;
  return Object.fromEntries(Object.keys(value).sort().map((k) => [k, sortedKeys(value[k])]));
}

function saveProgress(progress) {
  localStorage.setItem(PROGRESS_KEY, JSON.stringify(sortedKeys(progress)));
}

function updateEntry(id, change) {
  const progress = loadProgress();
  const entry = entryOf(progress, id);
  change(entry);
  progress.problems[id] = entry;
  saveProgress(progress);
  return entry;
}

function now() {  // Python's datetime.now(UTC).isoformat(timespec="seconds")
  return new Date().toISOString().replace(/\.\d+Z$/, "+00:00");
}

function recordCheck(id, passed) {
  return updateEntry(id, (entry) => {
    entry.checks += 1;
    entry.last_checked = now();
    if (passed) entry.status = "solved";
    else if (entry.status === "not-started") entry.status = "attempted";
  });
}

function exportText() {  // json.dumps(..., indent=2, sort_keys=True) + "\n", as Progress.save
  return `${JSON.stringify(sortedKeys(loadProgress()), null, 2)}\n`;
}

function mergeProgress(text) {
  const incoming = JSON.parse(text);
  if (!isProgress(incoming)) {
    throw new Error("this is not a progress file (no \"problems\" mapping of id to entry)");
  }
  const progress = loadProgress();
  let count = 0;
  for (const [id, theirs] of Object.entries(incoming.problems)) {
    const mine = entryOf(progress, id);
    const other = { ...blank(), ...theirs };
    progress.problems[id] = {  // the furthest of the two, so nothing learned is lost
      checks: Math.max(whole(mine.checks), whole(other.checks)),
      gave_up: Boolean(mine.gave_up || other.gave_up),
      hints: Math.max(whole(mine.hints), whole(other.hints)),
      last_checked: [mine.last_checked, other.last_checked].filter(Boolean).sort().pop() || null,
      status: STATUSES[Math.max(STATUSES.indexOf(mine.status), STATUSES.indexOf(other.status))]
        || "not-started",
    };
    count += 1;
  }
  saveProgress(progress);
  return count;
}

function unpack(text) {  // base64 of UTF-8 JSON, as tools/practice_editor.py's packed writes it
  const bytes = Uint8Array.from(atob(text.trim()), (c) => c.charCodeAt(0));
  return JSON.parse(new TextDecoder().decode(bytes));
}

// The Export and Import buttons of a block (a problem's editor, or the progress page): export
// downloads .progress.json; import merges a file into the stored progress, then calls refresh.
function setUpProgressButtons(block, refresh, message = block.querySelector(".practice-verdict")) {
  block.querySelector(".practice-export").addEventListener("click", () => {
    const link = document.createElement("a");
    link.href = URL.createObjectURL(new Blob([exportText()], { type: "application/json" }));
    link.download = ".progress.json";
    link.click();
    setTimeout(() => URL.revokeObjectURL(link.href), 1000);
  });
  const input = block.querySelector(".practice-import input");
  input.addEventListener("change", async () => {
    try {
      const count = mergeProgress(await input.files[0].text());
      message.textContent = `Imported progress for ${count} problem(s), keeping the furthest `
        + "of each.";
      refresh();
    } catch (error) {
      message.textContent = `Could not import that file: ${error.message}. Choose the `
        + ".progress.json of your practice workspace.";
    }
    input.value = "";
  });
}
