"""References in the text (``{need}`ANF-01```) whose ID holds a look-alike character.

sphinx-needs reports such a reference as a need it cannot find, which does not show the
culprit: a non-breaking hyphen or a Cyrillic letter looks like the plain one. No object can
have such an ID (its definition is refused), so the reference is reported as it is read, with
the character named, and left as plain text: sphinx-needs then does not report it a second
time.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from docutils import nodes
from sphinx_needs.roles.need_ref import NeedRef

from sphinx_lastenheft.config import settings
from sphinx_lastenheft.sources.identifiers import lookalike_problem
from sphinx_lastenheft.warnings_ import Location, WarningSubtype, warn

if TYPE_CHECKING:
    from sphinx.application import Sphinx


def _line(node: nodes.Node | None) -> int | None:
    """The line of an inline node: its own, or that of the paragraph holding it."""
    while node is not None and node.line is None:
        node = node.parent
    return node.line if node is not None else None


def check_need_roles(app: Sphinx, doctree: nodes.document) -> None:
    say = settings(app.config).texts.messages
    for reference in list(doctree.findall(NeedRef)):
        target = reference["need_link"].id
        problem = lookalike_problem(target, say)
        if problem:
            warn(
                WarningSubtype.LOOKALIKE,
                say.role_lookalike.format(id=target, problem=problem),
                Location(app.env.docname, _line(reference)),
            )
            reference.replace_self(nodes.Text(reference.astext()))


def setup_need_roles(app: Sphinx) -> None:
    app.connect("doctree-read", check_need_roles)
