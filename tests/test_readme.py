"""The README's reference tables are the ones generated from the definitions."""

from __future__ import annotations

from pathlib import Path

import pytest

from sphinx_lastenheft.reference import config_table, types_table, warnings_table

README = (Path(__file__).resolve().parents[1] / "README.md").read_text("utf-8")


@pytest.mark.parametrize("table", [types_table, config_table, warnings_table])
def test_readme_holds_the_generated_table(table: object) -> None:
    assert callable(table)
    assert table() in README, "update README.md with: python -m sphinx_lastenheft.reference"
