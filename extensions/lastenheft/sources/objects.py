"""The directive behind every Lastenheft object type: sphinx-needs' need directive plus the
defaults of writing a Lastenheft top to bottom."""

from __future__ import annotations

from typing import TYPE_CHECKING

from sphinx_needs.data import SphinxNeedsData
from sphinx_needs.directives.need import NeedDirective

from lastenheft.config import settings
from lastenheft.sources.identifiers import lookalike_problem
from lastenheft.sources.option_blocks import dropped_options
from lastenheft.sources.pages import PageEntry, record
from lastenheft.sources.scanner import read_block
from lastenheft.vocabulary import BRANCH_SEPARATOR, PARENT_LINK, TYPES, split_values
from lastenheft.warnings_ import Location, WarningSubtype, warn

if TYPE_CHECKING:
    from collections.abc import Sequence

    from docutils import nodes
    from sphinx.application import Sphinx
    from sphinx.config import Config

#: Prefix of the temp_data keys holding the latest object of a type on the current page.
CURRENT = "lastenheft_current_"


class ProcessObjectDirective(NeedDirective):
    """A need whose parent (step, scene) defaults to the one above it on the page."""

    def run(self) -> Sequence[nodes.Node]:
        _source, lineno = self.get_source_info()
        location = Location(self.env.docname, lineno or self.lineno)
        names = settings(self.config)
        type_title = names.type_title(self.name)
        need_id = (self.options.get("id") or "").strip()
        if not need_id:
            what = f"the {type_title} '{' '.join(self.arguments)}'"
            dropped = dropped_options(self.block_text, self.env.docname, self.lineno, what)
            if dropped is not None:
                # MyST dropped every option, the ID with them: name the cause, not the ID.
                dropped.report()
                return []
            warn(
                WarningSubtype.MISSING_ID,
                f"The {type_title} '{' '.join(self.arguments)}' has no ID. Add a line "
                f"':id: {names.prefix(self.name)}…' with an ID that is unique and stays "
                f"the same for good: protocols and vendor answers cite it.",
                location,
            )
            return []
        lookalike = lookalike_problem(need_id)
        if lookalike:
            # sphinx-needs would reject the ID by its pattern, which does not show the culprit.
            warn(
                WarningSubtype.LOOKALIKE,
                f"The {type_title} '{' '.join(self.arguments)}' has an ID no link can name: "
                f"{lookalike}",
                location,
            )
            return []
        existing = SphinxNeedsData(self.env).get_needs_mutable().get(need_id)
        if existing is not None:
            warn(
                WarningSubtype.DUPLICATE_ID,
                f"The ID '{need_id}' is already used by '{existing['title']}' "
                f"({self.env.doc2path(existing['docname'] or '', False)}:{existing['lineno']}). "
                f"Give this object an ID of its own; an ID is never used twice.",
                location,
            )
            return []

        above = ""
        if self.name in PARENT_LINK:
            link, parent_type = PARENT_LINK[self.name]
            above = self.env.temp_data.get(CURRENT + parent_type) or ""
            if not (self.options.get(link) or "").strip() and above:
                self.options[link] = above
        if self.name in TYPES:
            self.env.temp_data[CURRENT + self.name] = need_id
            # A new scene starts afresh: the steps of the scene above are not its steps.
            for child, (_link, parent_type) in PARENT_LINK.items():
                if parent_type == self.name:
                    self.env.temp_data.pop(CURRENT + child, None)

        next_ids = split_values(self.options.get("next"))
        branches = split_values(self.options.get("branches"), BRANCH_SEPARATOR)
        written = read_block(self.block_text, location.lineno or self.lineno)
        result = super().run()
        if SphinxNeedsData(self.env).get_needs_mutable().get(need_id) is not None:
            entry = PageEntry(
                need_id,
                self.name,
                location,
                next_ids,
                branches,
                above=above,
                options=written.options,
                tables=written.tables,
            )
            record(self.env, entry)
        return result


def register_directives(app: Sphinx, config: Config) -> None:
    """Put our directive under each object type's name, after sphinx-needs registered its own."""
    for name in TYPES:
        app.add_directive(name, ProcessObjectDirective, override=True)
