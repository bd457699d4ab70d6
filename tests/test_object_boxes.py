"""The boxes built directly are the boxes sphinx-needs' layout builds, byte for byte."""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

import pytest

from sphinx_lastenheft.views.object_boxes import build_boxes


def _outputs(outdir: Path, suffix: str) -> dict[str, bytes]:
    return {
        str(path.relative_to(outdir)): path.read_bytes()
        for path in sorted(outdir.rglob(f"*{suffix}"))
        if "_static" not in path.parts
    }


def _build(make_app: Any, srcdir: Path, builder: str, ours: bool) -> dict[str, bytes]:
    app = make_app(builder, srcdir=srcdir, builddir=srcdir.parent / f"out-{builder}-{ours}")
    if not ours:
        listeners = app.events.listeners["doctree-resolved"]
        (listener,) = [item for item in listeners if item.handler is build_boxes]
        app.disconnect(listener.id)
    app.build()
    return _outputs(Path(app.outdir), ".html" if builder == "html" else ".tex")


@pytest.mark.parametrize(("root", "builder"), [("northwind", "html"), ("selection", "html"),
                                                ("handbooks", "latex")])  # fmt: skip
def test_the_boxes_are_those_of_the_layout(
    make_app: Any, rootdir: Path, tmp_path: Path, root: str, builder: str
) -> None:
    srcdir = tmp_path / "src"
    shutil.copytree(rootdir / f"test-{root}", srcdir)
    ours = _build(make_app, srcdir, builder, ours=True)
    theirs = _build(make_app, srcdir, builder, ours=False)
    assert ours.keys() == theirs.keys()
    assert ours
    for name, content in ours.items():
        assert content == theirs[name], name
    assert any(
        b'class="need_container' in content or b"needs_type" in content for content in ours.values()
    )
