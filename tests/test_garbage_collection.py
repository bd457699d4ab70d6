"""The build pauses and freezes Python's cycle collector while it loads the environment
(sphinx_lastenheft.garbage_collection); a process that goes on after a build, like this
test session, must get the collector back as it was."""

from __future__ import annotations

import gc
from typing import Any

import pytest

from tests.conftest import html_of, warnings_of


@pytest.mark.sphinx("html", testroot="scene")
def test_the_collector_runs_again_once_the_environment_is_loaded(app: Any) -> None:
    # The Sphinx object exists, its environment is loaded, nothing is built yet.
    assert gc.isenabled()


@pytest.mark.sphinx("html", testroot="scene")
def test_a_build_gives_every_object_back_to_the_collector(app: Any) -> None:
    app.build()
    assert warnings_of(app) == ""
    assert gc.isenabled()
    assert gc.get_freeze_count() == 0
    # Rebuilt in the same process from the environment just written: the page is complete.
    app.build(force_all=True)
    assert gc.get_freeze_count() == 0
    assert html_of(app, "scene").find(id="TA-06-01") is not None
