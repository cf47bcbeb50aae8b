// "Your progress": the terminal's `status`, counted on the site from what the problem pages keep
// in this browser (store.js, loaded before this script). The page embeds the problems, grouped
// by pattern in the order `status` prints them (tools/pages/practice.py writes them from the
// problem folders), so this script only counts, as practice/cli.py's _pattern_summary does:
// per pattern the problems solved, attempted and not started, the hints opened and the
// problems given up; then every problem with its status in `status`'s words, and the one
// `next` would suggest. It needs no WebAssembly, so it works from file:// as well.

function element(tag, attributes = {}, ...children) {
  const made = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) made.setAttribute(name, value);
  made.append(...children);
  return made;
}

function countable(entry) {  // an unknown status counts as not started; hints as a number
  return { ...entry, status: STATUSES.includes(entry.status) ? entry.status : "not-started",
    hints: whole(entry.hints), gave_up: Boolean(entry.gave_up) };
}

function summarize(data, progress) {
  const rows = data.patterns.map((group) => {
    const counts = { problems: 0, "not-started": 0, attempted: 0, solved: 0, hints: 0,
      gave_up: 0 };
    const problems = group.problems.map((problem) => {
      const entry = countable(entryOf(progress, problem.id));
      counts.problems += 1;
      counts[entry.status] += 1;
      counts.hints += entry.hints;
      counts.gave_up += entry.gave_up ? 1 : 0;
      return { ...problem, pattern: group.pattern, entry };
    });
    return { ...group, counts, problems };
  });
  const all = rows.flatMap((row) => row.problems);
  // `next`: the first problem in this order neither solved nor given up
  const next = all.find(({ entry }) => entry.status !== "solved" && !entry.gave_up);
  return { rows, all, next };
}

function words(entry) {  // as `status` prints a problem: "attempted, 2 hint(s) used, gave up"
  let text = entry.status.replace("-", " ");
  if (entry.hints) text += `, ${entry.hints} hint(s) used`;
  if (entry.gave_up) text += ", gave up";
  return text;
}

function totalLine(all) {  // as `list` ends: "106 problems: 1 solved, 2 attempted, 103 not started"
  const count = (status) => all.filter(({ entry }) => entry.status === status).length;
  return `${all.length} problems: ${count("solved")} solved, ${count("attempted")} attempted, `
    + `${count("not-started")} not started`;
}

function nextLine(next) {
  if (!next) return ["Every problem is solved or given up. Well done!"];
  return ["Next: ", element("a", { href: next.href }, next.title),
    ` (${next.id}): ${next.pattern}, ${next.difficulty}`];
}

function patternTable(rows) {
  const heads = ["Pattern", "Solved", "Attempted", "Not started", "Hints", "Gave up"];
  const body = rows.map(({ pattern, title, counts }) => element("tr", { "data-pattern": pattern },
    element("td", {}, element("a", { href: `#progress-${pattern}` }, title)),
    element("td", { "data-count": "solved" }, `${counts.solved} / ${counts.problems}`),
    element("td", { "data-count": "attempted" }, String(counts.attempted)),
    element("td", { "data-count": "not-started" }, String(counts["not-started"])),
    element("td", { "data-count": "hints" }, String(counts.hints)),
    element("td", { "data-count": "gave-up" }, String(counts.gave_up))));
  return element("table", {}, element("thead", {}, element("tr", {},
    ...heads.map((head) => element("th", {}, head)))), element("tbody", {}, ...body));
}

function patternList({ pattern, title, counts, problems }) {
  const items = problems.map(({ id, title: name, difficulty, href, entry }) => element("li",
    { "data-problem": id, "data-status": entry.status },
    element("a", { href }, name), ` (${difficulty}): `,
    element("span", { class: "practice-progress-words" }, words(entry))));
  return element("section", { class: "practice-progress-pattern", "data-pattern": pattern,
    id: `progress-${pattern}` },
  element("h3", {}, `${title} `, element("code", {}, pattern),
    ` — ${counts.solved} of ${counts.problems} solved`),
  element("ul", {}, ...items));
}

function showProgress(block, data) {
  const progress = loadProgress();
  const { rows, all, next } = summarize(data, progress);
  const stored = all.some(({ entry }) => entry.status !== "not-started" || entry.hints
    || entry.gave_up);
  const note = stored
    ? "Read from this browser's storage: a check on a problem's page counts here at once."
    : "Nothing is stored in this browser yet: every problem is not started. Check a problem on "
      + "its page, or import the .progress.json of your practice workspace.";
  block.dataset.state = stored ? "stored" : "empty";
  block.querySelector(".practice-progress-view").replaceChildren(
    element("p", { class: "practice-progress-note" }, note),
    element("p", { class: "practice-progress-total" }, totalLine(all)),
    element("p", { class: "practice-progress-next" }, ...nextLine(next)),
    patternTable(rows), ...rows.map(patternList));
}

function setUpProgressPage(block) {
  const data = unpack(block.querySelector(".practice-progress-data").textContent);
  const message = block.querySelector(".practice-progress-message");
  message.textContent = "";
  const refresh = () => showProgress(block, data);
  setUpProgressButtons(block, refresh, message);
  refresh();
  // Another tab's check, or this page shown again from the back-forward cache.
  addEventListener("storage", (event) => {
    if (event.key === PROGRESS_KEY || event.key === null) refresh();
  });
  addEventListener("pageshow", (event) => { if (event.persisted) refresh(); });
}

document.querySelectorAll(".practice-progress").forEach(setUpProgressPage);
