// Renders every Mermaid diagram of the page with the Mermaid runtime shipped in _static.
// A classic script (not an ES module), so it also works on pages opened from disk.
(function () {
  "use strict";

  function prefersDark() {
    var theme = document.body.dataset.theme;
    if (theme === "dark") return true;
    if (theme === "light") return false;
    return window.matchMedia && window.matchMedia("(prefers-color-scheme: dark)").matches;
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
    mermaid.run({ querySelector: "pre.mermaid" });
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", render);
  } else {
    render();
  }
})();
