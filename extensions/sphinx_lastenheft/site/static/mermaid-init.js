// Renders every Mermaid diagram of the page with the Mermaid runtime shipped in _static, has
// swimlane.js finish the swimlanes, then sizes each diagram so that its smallest text stays
// readable, in a frame that scrolls sideways, with buttons to zoom and to open it alone.
// A classic script (not an ES module), so it also works on pages opened from disk.
(function () {
  "use strict";

  // The smallest text a reader has to read, in CSS pixels. A diagram is shrunk to its
  // column only as far as this allows; beyond that it keeps its size and scrolls.
  var MIN_TEXT_PX = 12;
  var ZOOM_STEP = 1.25;
  var MAX_ZOOM = 4;
  // Pointer travel, in pixels, after which a press on a diagram pans it instead of clicking.
  var DRAG_PX = 4;

  // The button labels, in the project's language, come with this script's tag.
  var labels = document.currentScript ? document.currentScript.dataset : {};

  function prefersDark() {
    var theme = document.body.dataset.theme;
    if (theme === "dark") return true;
    if (theme === "light") return false;
    return window.matchMedia && window.matchMedia("(prefers-color-scheme: dark)").matches;
  }

  // The size Mermaid drew the diagram at: its viewBox, in CSS pixels at 100 %.
  function naturalSize(svg) {
    var box = svg.viewBox && svg.viewBox.baseVal;
    if (box && box.width > 0) return { width: box.width, height: box.height };
    var rect = svg.getBoundingClientRect();
    return { width: rect.width, height: rect.height };
  }

  // The smallest font size of any text in the diagram, in its own units: SVG text as well as
  // the HTML labels Mermaid puts in foreignObjects (an ID in <small> is the usual minimum).
  function smallestFont(svg) {
    var smallest = Infinity;
    svg.querySelectorAll("text, tspan, foreignObject *").forEach(function (element) {
      var hasText = Array.prototype.some.call(element.childNodes, function (child) {
        return child.nodeType === Node.TEXT_NODE && child.nodeValue.trim() !== "";
      });
      if (!hasText) return;
      var size = parseFloat(window.getComputedStyle(element).fontSize);
      if (size > 0 && size < smallest) smallest = size;
    });
    return smallest === Infinity ? MIN_TEXT_PX : smallest;
  }

  function button(text, label, action) {
    var element = document.createElement("button");
    element.type = "button";
    element.className = "lastenheft-diagram-button";
    element.textContent = text;
    if (label) {
      element.setAttribute("aria-label", label);
      element.title = label;
    }
    element.addEventListener("click", action);
    return element;
  }

  function escapeHtml(value) {
    return value.replace(/[&<>"]/g, function (char) {
      return { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;" }[char];
    });
  }

  // The diagram alone, at its natural size, as a page of its own in a new tab; its links
  // lead back to the page it came from.
  function openAlone(svg, size) {
    var copy = svg.cloneNode(true);
    copy.removeAttribute("style");
    copy.setAttribute("width", String(size.width));
    copy.setAttribute("height", String(size.height));
    var body = window.getComputedStyle(document.body);
    var base = window.location.href.split("#")[0];
    var html =
      '<!DOCTYPE html><html lang="' + escapeHtml(document.documentElement.lang || "") + '">' +
      '<head><meta charset="utf-8"><base href="' + escapeHtml(base) + '" target="_top">' +
      "<title>" + escapeHtml(document.title) + "</title>" +
      "<style>body{margin:0;padding:24px;background:" + body.backgroundColor +
      ";color:" + body.color + "}</style></head><body>" +
      new XMLSerializer().serializeToString(copy) + "</body></html>";
    var url = URL.createObjectURL(new Blob([html], { type: "text/html" }));
    window.open(url, "_blank", "noopener");
  }

  // Pans the diagram by dragging it; a press that did not move still follows a node's link.
  function draggable(viewport) {
    var start = null;
    var dragged = false;
    viewport.addEventListener("pointerdown", function (event) {
      if (event.pointerType !== "mouse" || event.button !== 0) return;
      start = { x: event.clientX, y: event.clientY, left: viewport.scrollLeft };
      dragged = false;
    });
    viewport.addEventListener("pointermove", function (event) {
      if (start === null) return;
      var dx = event.clientX - start.x;
      if (!dragged && Math.abs(dx) + Math.abs(event.clientY - start.y) < DRAG_PX) return;
      dragged = true;
      viewport.classList.add("lastenheft-dragging");
      viewport.scrollLeft = start.left - dx;
    });
    function stop() {
      start = null;
      viewport.classList.remove("lastenheft-dragging");
    }
    viewport.addEventListener("pointerup", stop);
    viewport.addEventListener("pointerleave", stop);
    viewport.addEventListener(
      "click",
      function (event) {
        if (dragged) {
          event.preventDefault();
          event.stopPropagation();
          dragged = false;
        }
      },
      true
    );
  }

  // Puts a rendered diagram (the <pre> holding Mermaid's <svg>) in a frame with its tools.
  function frame(viewport) {
    var svg = viewport.querySelector(":scope > svg");
    if (!svg || viewport.parentElement.classList.contains("lastenheft-diagram-frame")) return;
    var size = naturalSize(svg);
    var readable = MIN_TEXT_PX / smallestFont(svg);
    var scale = null; // null: the readable size for the column; a number once the reader zoomed

    var wrapper = document.createElement("div");
    wrapper.className = "lastenheft-diagram-frame";
    viewport.parentNode.insertBefore(wrapper, viewport);
    var tools = document.createElement("div");
    tools.className = "lastenheft-diagram-tools";
    tools.setAttribute("role", "toolbar");
    if (labels.tools) tools.setAttribute("aria-label", labels.tools);
    var shown = document.createElement("output");
    shown.className = "lastenheft-diagram-zoom";
    shown.setAttribute("aria-live", "polite");
    wrapper.appendChild(tools);
    wrapper.appendChild(viewport);
    viewport.tabIndex = 0;
    viewport.setAttribute("role", "group");
    if (labels.viewport) viewport.setAttribute("aria-label", labels.viewport);

    // Fitted to the column, but never so small that text falls below the minimum.
    function readableScale() {
      var fit = Math.min(1, viewport.clientWidth / size.width);
      return Math.max(fit, readable);
    }

    function apply() {
      var current = scale === null ? readableScale() : scale;
      svg.style.maxWidth = "none";
      svg.style.width = size.width * current + "px";
      svg.style.height = size.height * current + "px";
      shown.textContent = Math.round(current * 100) + " %";
      var scrolls = size.width * current > viewport.clientWidth + 1;
      wrapper.classList.toggle("lastenheft-diagram-scrolls", scrolls);
      // Tools for a diagram that does not show whole at its natural size, or was zoomed.
      tools.hidden = scale === null && size.width <= viewport.clientWidth;
    }

    function zoom(factor) {
      var before = scale === null ? readableScale() : scale;
      var overview = Math.min(readableScale(), viewport.clientWidth / size.width);
      scale = Math.min(MAX_ZOOM, Math.max(overview, before * factor));
      // Keeps the middle of what the reader sees in the middle.
      var middle = (viewport.scrollLeft + viewport.clientWidth / 2) / before;
      apply();
      viewport.scrollLeft = middle * scale - viewport.clientWidth / 2;
    }

    tools.appendChild(button("\u2212", labels.zoomOut, function () { zoom(1 / ZOOM_STEP); }));
    tools.appendChild(shown);
    tools.appendChild(button("+", labels.zoomIn, function () { zoom(ZOOM_STEP); }));
    tools.appendChild(
      button(labels.zoomReset, labels.zoomReset, function () {
        scale = null;
        apply();
      })
    );
    tools.appendChild(
      button(labels.openAlone, labels.openAlone, function () {
        openAlone(svg, size);
      })
    );
    viewport.addEventListener("keydown", function (event) {
      if (event.key === "+" || event.key === "=") zoom(ZOOM_STEP);
      else if (event.key === "-") zoom(1 / ZOOM_STEP);
      else if (event.key === "0") {
        scale = null;
        apply();
      } else return;
      event.preventDefault();
    });
    draggable(viewport);
    window.addEventListener("resize", apply);
    apply();
  }

  function render() {
    if (typeof mermaid === "undefined") {
      console.error("lastenheft: the Mermaid runtime did not load.");
      return;
    }
    mermaid.initialize({
      startOnLoad: false,
      // Node links to the activity descriptions need 'loose'; every label is
      // generated from escaped source text.
      securityLevel: "loose",
      theme: prefersDark() ? "dark" : "default",
    });
    var swimlane = window.lastenheftSwimlane;
    var diagrams = Array.prototype.slice.call(document.querySelectorAll("pre.mermaid"));
    // A swimlane's bands are in its source, which Mermaid replaces with the drawing.
    var bands = diagrams.map(function (pre) {
      return swimlane.bandsOf(pre.textContent);
    });
    function frameAll() {
      diagrams.forEach(function (pre, index) {
        var svg = pre.querySelector(":scope > svg");
        if (svg && svg.getAttribute("aria-roledescription") === "swimlane") {
          swimlane.finish(svg, bands[index]);
        }
        frame(pre);
      });
    }
    // A diagram that fails shows Mermaid's error box; the others are framed all the same.
    mermaid.run({ querySelector: "pre.mermaid" }).then(frameAll, function (error) {
      console.error(error);
      frameAll();
    });
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", render);
  } else {
    render();
  }
})();
