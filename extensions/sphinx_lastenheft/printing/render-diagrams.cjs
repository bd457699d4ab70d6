// Renders Mermaid diagrams to SVG and vector PDF in one headless Chromium session, or with
// "parseOnly" only parses them, to check a website's diagrams.
//
// Usage: node render-diagrams.cjs JOB.json
// JOB.json: {"nodeModules": dir, "mermaidJs": file, "chromium": file, "parseOnly": bool,
//            "diagrams": [{"code": text, "svg": file, "pdf": file, "facts": file}, ...]}
//           (with "parseOnly", a diagram is {"code": text})
// "facts" receives {"width", "height", "smallestFont"}: the PDF's page and its smallest text,
// in CSS pixels.
// Prints one JSON line: [{"ok": true} | {"ok": false, "error": message}, ...] in job order.
"use strict";

const fs = require("node:fs");
const path = require("node:path");
const { createRequire } = require("node:module");

async function main() {
  const job = JSON.parse(fs.readFileSync(process.argv[2], "utf8"));
  // puppeteer-core lives in the project's node_modules, not beside this script.
  const puppeteer = createRequire(path.join(job.nodeModules, "_.js"))("puppeteer-core");
  const browser = await puppeteer.launch({
    executablePath: job.chromium,
    headless: true,
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--disable-dev-shm-usage",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
      "--no-first-run",
    ],
  });
  let results;
  try {
    const page = await browser.newPage();
    await page.setViewport({ width: 2400, height: 1600 });
    await page.setContent("<!DOCTYPE html><html><head><meta charset='utf-8'></head>" +
      "<body style='margin:0'><div id='out'></div></body></html>");
    await page.addScriptTag({ path: job.mermaidJs });
    await page.evaluate(() => {
      window.mermaid.initialize({ startOnLoad: false, securityLevel: "strict", theme: "default" });
    });
    results = job.parseOnly ? await parse(page, job.diagrams) : await render(page, job.diagrams);
  } finally {
    await browser.close();
  }
  process.stdout.write(JSON.stringify(results) + "\n");
}

// Mermaid's parser needs a DOM for some diagram types (journey sanitizes its labels with
// DOMPurify), so the browser parses too. One round trip for all diagrams.
function parse(page, diagrams) {
  return page.evaluate(async (codes) => {
    const results = [];
    for (const code of codes) {
      try {
        await window.mermaid.parse(code);
        results.push({ ok: true });
      } catch (error) {
        results.push({ ok: false, error: String((error && error.message) || error) });
      }
    }
    return results;
  }, diagrams.map((diagram) => diagram.code));
}

async function render(page, diagrams) {
  const results = [];
  for (const [index, diagram] of diagrams.entries()) {
    const outcome = await page.evaluate(async (code, id) => {
      const out = document.getElementById("out");
      out.innerHTML = "";
      try {
        await window.mermaid.parse(code);
        const { svg } = await window.mermaid.render(id, code);
        out.innerHTML = svg;
      } catch (error) {
        return { ok: false, error: String((error && error.message) || error) };
      }
      const element = out.querySelector("svg");
      const box = element.viewBox.baseVal;
      // Mermaid sizes the SVG to its container; print it at its natural size.
      element.removeAttribute("style");
      element.setAttribute("width", String(Math.ceil(box.width)));
      element.setAttribute("height", String(Math.ceil(box.height)));
      // The smallest text: print decides by it how far the diagram may be scaled down.
      let smallestFont = 0;
      for (const node of element.querySelectorAll("*")) {
        const ownText = [...node.childNodes].some((c) => c.nodeType === 3 && c.textContent.trim());
        const size = ownText ? parseFloat(getComputedStyle(node).fontSize) : 0;
        if (size > 0 && (smallestFont === 0 || size < smallestFont)) smallestFont = size;
      }
      return {
        ok: true,
        svg: element.outerHTML,
        width: Math.ceil(box.width),
        height: Math.ceil(box.height),
        smallestFont,
      };
    }, diagram.code, `diagram${index}`);
    if (!outcome.ok) {
      results.push(outcome);
      continue;
    }
    fs.writeFileSync(diagram.svg, outcome.svg);
    // In CSS pixels, as the PDF's page: its size in points is 0.75 times as much.
    const facts = { width: outcome.width + 2, height: outcome.height + 2, smallestFont: outcome.smallestFont };
    fs.writeFileSync(diagram.facts, JSON.stringify(facts));
    await page.pdf({
      path: diagram.pdf,
      width: `${facts.width}px`,
      height: `${facts.height}px`,
      printBackground: true,
      pageRanges: "1",
      margin: { top: 0, right: 0, bottom: 0, left: 0 },
    });
    results.push({ ok: true });
  }
  return results;
}

main().catch((error) => {
  process.stderr.write(String((error && error.stack) || error) + "\n");
  process.exit(1);
});
