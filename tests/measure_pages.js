// Opens the pages of a built site one after another in a frame of a given width, and writes
// what a reader would see into the harness page's body as data-results (JSON, by page):
//   overflows: tables and diagrams that stick out of the content column without a scroll
//              frame, and whether the page itself scrolls sideways;
//   diagrams:  each rendered diagram's kind, its number of process-step bands, and its
//              smallest text in CSS pixels on screen: its font size times the width it is
//              shown at over its viewBox's width.
// Run by tests/test_browser.py with PAGES and WIDTH defined before this script.
(function () {
  "use strict";

  var POLL_MS = 100;
  var PAGE_TIMEOUT_MS = 30000;
  var results = {};
  var frame = document.createElement("iframe");
  frame.style.width = WIDTH + "px";
  frame.style.height = "900px";
  frame.style.border = "0";
  document.body.appendChild(frame);

  function ready(doc) {
    if (doc.readyState !== "complete") return false;
    // Every diagram rendered and framed by mermaid-init.js.
    return Array.prototype.every.call(doc.querySelectorAll("pre.mermaid"), function (pre) {
      return pre.querySelector(":scope > svg") &&
        pre.parentElement.classList.contains("lastenheft-diagram-frame");
    });
  }

  function describe(element) {
    var id = element.id || (element.closest("[id]") || {}).id || "";
    return element.tagName.toLowerCase() + "." + String(element.getAttribute("class") || "").split(" ")[0] +
      (id ? " near #" + id : "");
  }

  // Where the element is seen: its box, cut by the nearest frame that scrolls or clips it.
  function seen(win, element) {
    var box = element.getBoundingClientRect();
    var left = box.left;
    var right = box.right;
    for (var up = element.parentElement; up; up = up.parentElement) {
      var overflow = win.getComputedStyle(up).overflowX;
      if (overflow === "auto" || overflow === "scroll" || overflow === "hidden") {
        var frameBox = up.getBoundingClientRect();
        left = Math.max(left, frameBox.left);
        right = Math.min(right, frameBox.right);
        break;
      }
    }
    return { left: left, right: right, width: box.width };
  }

  function smallestText(win, svg) {
    var smallest = Infinity;
    svg.querySelectorAll("text, tspan, foreignObject *").forEach(function (element) {
      var hasText = Array.prototype.some.call(element.childNodes, function (child) {
        return child.nodeType === 3 && child.nodeValue.trim() !== "";
      });
      if (!hasText) return;
      var size = parseFloat(win.getComputedStyle(element).fontSize);
      if (size > 0) smallest = Math.min(smallest, size);
    });
    var viewBox = svg.viewBox.baseVal;
    return smallest * svg.getBoundingClientRect().width / viewBox.width;
  }

  function measure(win) {
    var doc = win.document;
    var column = (doc.querySelector("article[role=main]") || doc.body).getBoundingClientRect();
    var overflows = [];
    doc.querySelectorAll("article table, article pre.mermaid > svg").forEach(function (element) {
      var box = seen(win, element);
      if (box.width === 0) return; // not shown, as in a collapsed block
      if (box.left < column.left - 1 || box.right > column.right + 1) {
        overflows.push(describe(element) + " reaches " + Math.round(box.left) + ".." +
          Math.round(box.right) + " outside " + Math.round(column.left) + ".." + Math.round(column.right));
      }
    });
    if (doc.documentElement.scrollWidth > win.innerWidth + 1) {
      overflows.push("the page scrolls sideways: " + doc.documentElement.scrollWidth + " px");
    }
    var diagrams = Array.prototype.map.call(doc.querySelectorAll("pre.mermaid > svg"), function (svg) {
      return {
        kind: svg.getAttribute("aria-roledescription"),
        bands: svg.querySelectorAll("g.lastenheft-bands > rect").length,
        smallest: svg.getBoundingClientRect().width ? smallestText(win, svg) : null,
      };
    });
    return { overflows: overflows, diagrams: diagrams };
  }

  function next(index) {
    if (index === PAGES.length) {
      document.body.setAttribute("data-results", JSON.stringify(results));
      return;
    }
    var page = PAGES[index];
    var started = Date.now();
    frame.onload = function () {
      (function poll() {
        var win = frame.contentWindow;
        if (ready(win.document)) {
          results[page] = measure(win);
          next(index + 1);
        } else if (Date.now() - started > PAGE_TIMEOUT_MS) {
          results[page] = { overflows: ["diagrams not rendered in time"], diagrams: [] };
          next(index + 1);
        } else {
          setTimeout(poll, POLL_MS);
        }
      })();
    };
    frame.src = page;
  }

  next(0);
})();
