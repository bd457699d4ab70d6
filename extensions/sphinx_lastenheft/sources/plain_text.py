"""The text of a description as plain sentences, for places that show no markup (the
questionnaire's cells): MyST roles, links and emphasis give way to the words they show. And
text with its spacing squeezed, for comparisons in which re-wrapping a line changes
nothing."""

from __future__ import annotations

import re

#: A role with an explicit title: {term}`shown words <target>`.
_TITLED_ROLE = re.compile(r"\{[\w:.-]+\}`([^`<]*?)\s*<[^`>]*>`")
#: Any other role: {need}`ANF-01`.
_ROLE = re.compile(r"\{[\w:.-]+\}`([^`]*)`")
_LINK = re.compile(r"\[([^\]]*)\]\([^)]*\)")
_CODE = re.compile(r"`([^`]*)`")
_STRONG = re.compile(r"(\*\*|__)(.+?)\1")
_EMPHASIS = re.compile(r"(?<![\w*])([*_])(?!\s)(.+?)(?<!\s)\1(?![\w*])")


def squeezed(text: str) -> str:
    """``text`` with each run of whitespace (line breaks included) as one space."""
    return " ".join(text.split())


def plain_text(markdown: str) -> str:
    """The paragraphs of ``markdown`` without inline markup, each on one line, separated by a
    blank line."""
    text = _TITLED_ROLE.sub(r"\1", markdown)
    text = _ROLE.sub(r"\1", text)
    text = _LINK.sub(r"\1", text)
    text = _CODE.sub(r"\1", text)
    text = _STRONG.sub(r"\2", text)
    text = _EMPHASIS.sub(r"\2", text)
    return "\n\n".join(" ".join(p.split()) for p in text.split("\n\n") if p.strip())
