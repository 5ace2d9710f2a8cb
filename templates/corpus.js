// The runs table of `tracegen serve --corpus`: every page comes from /api/runs (sorted,
// filtered and cut on the server); a run's id links to /run/<id>, the normal viewer.
// Token text and prompts are untrusted: they only ever go in through textContent.
(function () {
  "use strict";
  const config = JSON.parse(document.getElementById("tg-config").textContent);
  const state = { offset: 0, limit: 50, sort: "position", order: "asc", filters: [], q: "" };
  const $ = (id) => document.getElementById(id);
  let columns = [];
  let asked = 0;

  document.title = config.title;
  $("tg-title").textContent = config.title;
  for (const op of config.operators) {
    const option = document.createElement("option");
    option.value = op;
    option.textContent = op;
    $("tg-operator").appendChild(option);
  }

  function url() {
    const params = new URLSearchParams({ offset: state.offset, limit: state.limit, sort: state.sort,
                                         order: state.order });
    for (const f of state.filters) params.append("filter", f.join(":"));
    if (state.q) params.set("q", state.q);
    return "api/runs?" + params.toString();
  }

  async function load() {
    const mine = ++asked;
    $("tg-status").textContent = "Loading\u2026";
    const response = await fetch(url(), { headers: { Accept: "application/json" } });
    const data = await response.json();
    if (mine !== asked) return;  // a later request supersedes this one
    if (!response.ok) {
      $("tg-status").textContent = data.error || response.statusText;
      return;
    }
    render(data);
  }

  function render(data) {
    if (columns.join() !== data.columns.join()) {
      columns = data.columns;
      const select = $("tg-column");
      select.textContent = "";
      for (const name of columns) {
        const option = document.createElement("option");
        option.value = name;
        option.textContent = name;
        select.appendChild(option);
      }
    }
    const head = document.querySelector("#tg-runs thead tr");
    head.textContent = "";
    for (const name of columns) {
      const th = document.createElement("th");
      th.textContent = name;
      th.scope = "col";
      if (name === state.sort) th.setAttribute("aria-sort", state.order === "asc" ? "ascending" : "descending");
      th.addEventListener("click", () => {
        state.order = state.sort === name && state.order === "asc" ? "desc" : "asc";
        state.sort = name;
        state.offset = 0;
        load();
      });
      head.appendChild(th);
    }
    const body = document.querySelector("#tg-runs tbody");
    body.textContent = "";
    for (const row of data.rows) {
      const tr = document.createElement("tr");
      row.forEach((value, i) => {
        const td = document.createElement("td");
        if (columns[i] === "run") {
          const a = document.createElement("a");
          a.href = "run/" + encodeURIComponent(value);
          a.textContent = value;
          td.appendChild(a);
        } else if (typeof value === "number") {
          td.className = "tg-number";
          td.textContent = Number.isInteger(value) ? String(value) : value.toFixed(4);
        } else {
          td.textContent = value === null ? "" : String(value);
        }
        if (typeof value === "string") td.title = value;
        tr.appendChild(td);
      });
      body.appendChild(tr);
    }
    const last = Math.min(data.offset + data.rows.length, data.total);
    $("tg-status").textContent = data.total
      ? `${data.offset + 1}\u2013${last} of ${data.total} runs` : "No runs match";
    $("tg-previous").disabled = data.offset === 0;
    $("tg-next").disabled = last >= data.total;
  }

  function renderFilters() {
    const box = $("tg-filters");
    box.textContent = "";
    state.filters.forEach((f, i) => {
      const chip = document.createElement("button");
      chip.type = "button";
      chip.className = "tg-chip";
      chip.textContent = `${f[0]} ${f[1]} ${f[2]} \u00d7`;
      chip.title = "Remove this filter";
      chip.addEventListener("click", () => { state.filters.splice(i, 1); state.offset = 0; renderFilters(); load(); });
      box.appendChild(chip);
    });
  }

  $("tg-add").addEventListener("click", () => {
    state.filters.push([$("tg-column").value, $("tg-operator").value, $("tg-value").value]);
    state.offset = 0;
    renderFilters();
    load();
  });
  let typing = 0;
  $("tg-search").addEventListener("input", (event) => {
    clearTimeout(typing);
    typing = setTimeout(() => { state.q = event.target.value; state.offset = 0; load(); }, 200);
  });
  $("tg-previous").addEventListener("click", () => { state.offset = Math.max(0, state.offset - state.limit); load(); });
  $("tg-next").addEventListener("click", () => { state.offset += state.limit; load(); });
  load();
})();
