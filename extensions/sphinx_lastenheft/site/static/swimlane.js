// Finishes a swimlane that Mermaid drew: each branch label on its edge inside a lane, and the
// process steps as bands across the lanes, labelled with their IDs and titles. Used by
// mermaid-init.js; a classic script that only defines window.lastenheftSwimlane.
(function () {
  "use strict";

  // The comment in a swimlane's source that labels its process-step bands (scene_diagram.py).
  var BANDS_COMMENT = "%% lastenheft-bands ";
  // Room for the bands' labels beside the lanes, and a band's margin around its nodes.
  var BAND_LABEL_ROOM = 140;
  var BAND_MARGIN = 12;
  var BAND_LINE_PX = 17;
  // How far apart, along an edge, the places tried for its label are.
  var LABEL_STEP = 6;
  var SVG_NS = "http://www.w3.org/2000/svg";
  var BAND_STYLE =
    "fill: currentColor; stroke: currentColor; stroke-opacity: 0.35; stroke-dasharray: 6 4; ";
  var BAND_LABEL_STYLE = "fill: currentColor; font-size: 13px";

  // The bands of a swimlane's source, or null; read before Mermaid replaces the source.
  function bandsOf(source) {
    var at = source.indexOf(BANDS_COMMENT);
    if (at < 0) return null;
    try {
      return JSON.parse(source.slice(at + BANDS_COMMENT.length).split("\n")[0]);
    } catch (error) {
      console.error("lastenheft: unreadable bands of a swimlane", error);
      return null;
    }
  }

  // The bounding box of elements, in the diagram's own units.
  function extent(svg, elements) {
    var toDiagram = svg.getScreenCTM().inverse();
    var box = { x0: Infinity, y0: Infinity, x1: -Infinity, y1: -Infinity };
    elements.forEach(function (element) {
      var rect = element.getBoundingClientRect();
      [[rect.left, rect.top], [rect.right, rect.bottom]].forEach(function (corner) {
        var point = new DOMPoint(corner[0], corner[1]).matrixTransform(toDiagram);
        box.x0 = Math.min(box.x0, point.x);
        box.y0 = Math.min(box.y0, point.y);
        box.x1 = Math.max(box.x1, point.x);
        box.y1 = Math.max(box.y1, point.y);
      });
    });
    return box;
  }

  function svgElement(name, attributes) {
    var element = document.createElementNS(SVG_NS, name);
    Object.keys(attributes).forEach(function (key) {
      element.setAttribute(key, attributes[key]);
    });
    return element;
  }

  // Draws each process step as a band across the lanes, around its nodes, with its ID and
  // title in a column beside the lanes (a row above them where the flow runs left to right).
  // Drawn over the lanes' background and under the edges and nodes.
  function drawBands(svg, settings) {
    var lanes = svg.querySelectorAll("g.cluster");
    var root = svg.querySelector("g.root");
    if (!lanes.length || !root || !svg.getScreenCTM()) return;
    var across = settings.direction === "TB";
    var area = extent(svg, Array.prototype.slice.call(lanes));
    var spans = settings.bands.map(function (band) {
      var box = extent(svg, Array.prototype.slice.call(svg.querySelectorAll("g.node." + band.class)));
      return across ? [box.y0, box.y1] : [box.x0, box.x1];
    });
    // Where Mermaid set a step's nodes beside those of the step before (a loop back can do
    // that), no band can hold them: no bands rather than bands that mislead.
    var interleaved = spans.some(function (span, index) {
      return index > 0 && span[0] < spans[index - 1][1];
    });
    if (interleaved) return;
    // Neighbouring bands meet just before the next band's first node, so that a hand-over
    // turns in the band it leaves, not on the border.
    var edges = spans.map(function (span, index) {
      var next = spans[index + 1];
      // The last band reaches to the end of the lanes.
      if (!next) return Math.max(span[1] + BAND_MARGIN, across ? area.y1 : area.x1);
      return Math.max(next[0] - BAND_MARGIN / 2, (span[1] + next[0]) / 2);
    });
    var group = svgElement("g", { class: "lastenheft-bands" });
    settings.bands.forEach(function (band, index) {
      var start = index === 0 ? spans[0][0] - BAND_MARGIN : edges[index - 1];
      var end = edges[index];
      var rect = across
        ? { x: area.x0 - BAND_LABEL_ROOM, y: start, width: area.x1 - area.x0 + BAND_LABEL_ROOM, height: end - start }
        : { x: start, y: area.y0 - BAND_LABEL_ROOM, width: end - start, height: area.y1 - area.y0 + BAND_LABEL_ROOM };
      // Styles inline: they hold where the page's style sheet is not, in the diagram alone.
      rect.style = BAND_STYLE + (index % 2 ? "fill-opacity: 0.06" : "fill-opacity: 0");
      group.appendChild(svgElement("rect", rect));
      var label = svgElement("text", {
        x: rect.x + 8,
        y: rect.y + BAND_LINE_PX + 4,
        style: BAND_LABEL_STYLE,
      });
      band.label.forEach(function (line, number) {
        var tspan = svgElement("tspan", { x: rect.x + 8, dy: number === 0 ? 0 : BAND_LINE_PX });
        if (number === 0) tspan.setAttribute("style", "font-weight: bold");
        tspan.textContent = line;
        label.appendChild(tspan);
      });
      group.appendChild(label);
    });
    var clusters = root.querySelector(":scope > g.clusters");
    root.insertBefore(group, clusters ? clusters.nextSibling : root.firstChild);
    var view = svg.viewBox.baseVal;
    if (across) {
      view.x -= BAND_LABEL_ROOM;
      view.width += BAND_LABEL_ROOM;
    } else {
      view.y -= BAND_LABEL_ROOM;
      view.height += BAND_LABEL_ROOM;
    }
  }

  // The box of an element in the coordinates of another, such as its parent.
  function boxIn(element, target) {
    var box = element.getBBox();
    var matrix = target.getScreenCTM().inverse().multiply(element.getScreenCTM());
    var a = new DOMPoint(box.x, box.y).matrixTransform(matrix);
    var b = new DOMPoint(box.x + box.width, box.y + box.height).matrixTransform(matrix);
    return { x0: Math.min(a.x, b.x), y0: Math.min(a.y, b.y), x1: Math.max(a.x, b.x), y1: Math.max(a.y, b.y) };
  }

  function overlaps(a, b) {
    return a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;
  }

  // Moves each edge label of a swimlane onto its edge, inside one lane and clear of the
  // nodes: Mermaid may put a label across a lane border. Tried along the edge from its start
  // (a branch's label belongs by its decision): on the line, then beside it.
  function placeEdgeLabels(svg) {
    var lanes = svg.querySelectorAll("g.cluster");
    svg.querySelectorAll("g.edgeLabel[id^='edge-label-']").forEach(function (label) {
      var layer = label.parentNode;
      // 'edge-label-<start>-<end>-<edge ID>'; node and edge IDs hold no '-'.
      var path = svg.querySelector('path[data-id="' + label.id.split("-").slice(4).join("-") + '"]');
      if (!path || !layer.getScreenCTM()) return;
      var laneBoxes = Array.prototype.map.call(lanes, function (lane) { return boxIn(lane, layer); });
      var nodeBoxes = Array.prototype.map.call(svg.querySelectorAll("g.node"), function (node) {
        return boxIn(node, layer);
      });
      var size = label.getBBox();
      var width = size.width + 8;
      var height = size.height + 4;
      var toLayer = layer.getScreenCTM().inverse().multiply(path.getScreenCTM());
      var length = path.getTotalLength();
      function fits(x, y) {
        var box = { x0: x - width / 2, y0: y - height / 2, x1: x + width / 2, y1: y + height / 2 };
        var inLane = Array.prototype.some.call(laneBoxes, function (lane) {
          return box.x0 >= lane.x0 && box.x1 <= lane.x1 && box.y0 >= lane.y0 && box.y1 <= lane.y1;
        });
        return inLane && !nodeBoxes.some(function (node) { return overlaps(box, node); });
      }
      var offsets = [[0, 0], [width / 2 + 2, 0], [-width / 2 - 2, 0], [0, -height / 2 - 2], [0, height / 2 + 2]];
      for (var pass = 0; pass < offsets.length; pass++) {
        for (var along = 0; along <= length; along += LABEL_STEP) {
          var point = path.getPointAtLength(along).matrixTransform(toLayer);
          var x = point.x + offsets[pass][0];
          var y = point.y + offsets[pass][1];
          if (fits(x, y)) {
            label.setAttribute("transform", "translate(" + x + ", " + y + ")");
            return;
          }
        }
      }
    });
  }

  // Lays out a rendered swimlane (an <svg> from Mermaid) with the bands of its source
  // (bandsOf), if it has them.
  function finish(svg, bands) {
    placeEdgeLabels(svg);
    if (bands) drawBands(svg, bands);
  }

  window.lastenheftSwimlane = { bandsOf: bandsOf, finish: finish };
})();
