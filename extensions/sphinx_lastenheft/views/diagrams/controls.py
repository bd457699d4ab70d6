"""The words of the website's diagram controls (zoom, open alone), in the project's language.

``mermaid-init.js`` builds the controls in the browser; it reads their words from data
attributes of its own script tag, so that they come from the texts like every generated word.
"""

from __future__ import annotations

from sphinx_lastenheft.texts.catalog import DiagramTexts


def control_labels(texts: DiagramTexts) -> dict[str, str]:
    """The script tag's attributes: ``data-zoom-in`` is ``dataset.zoomIn`` in the script."""
    return {
        "data-tools": texts.tools,
        "data-viewport": texts.viewport,
        "data-zoom-in": texts.zoom_in,
        "data-zoom-out": texts.zoom_out,
        "data-zoom-reset": texts.zoom_reset,
        "data-open-alone": texts.open_alone,
    }
