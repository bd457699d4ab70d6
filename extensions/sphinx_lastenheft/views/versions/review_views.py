"""``{suspect-links}`` and ``{review-status}``, and the mark in the box of each object with a
suspect link."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING, Any, ClassVar

from docutils import nodes

from sphinx_lastenheft.config import settings
from sphinx_lastenheft.model.store import get_model
from sphinx_lastenheft.texts import LANGUAGES
from sphinx_lastenheft.versions.review_status import parse_status, review_date
from sphinx_lastenheft.views.base import (
    PageContext,
    ReadContext,
    View,
    ViewDirective,
    register_view,
)
from sphinx_lastenheft.views.inputs import LINK_FIELDS, Read, every, one, shown
from sphinx_lastenheft.views.rebuilds import register_object_addition
from sphinx_lastenheft.views.tables import Cell, build_table
from sphinx_lastenheft.views.versions.review_state import review_state
from sphinx_lastenheft.vocabulary import REQ, ReviewStatus, split_values

if TYPE_CHECKING:
    from sphinx.application import Sphinx
    from sphinx.environment import BuildEnvironment

    from sphinx_lastenheft.sources.pages import Placement
    from sphinx_lastenheft.texts.catalog import ReviewTexts
    from sphinx_lastenheft.versions.suspects import Suspect


class SuspectLinksDirective(ViewDirective):
    """``{suspect-links}``: every open suspect with its owner, target and page."""

    view = "suspect-links"


def _statuses(argument: str | None) -> tuple[ReviewStatus, ...]:
    """The statuses ``:status:`` names, in any language the extension knows."""
    statuses = []
    for value in split_values(argument):
        status = parse_status(value)
        if status is None:
            names = ", ".join(
                dict.fromkeys(n for t in LANGUAGES.values() for n in t.review.statuses.values())
            )
            raise ValueError(f"'{value}' is no review status; name some of: {names}")
        statuses.append(status)
    return tuple(statuses)


class ReviewStatusDirective(ViewDirective):
    """``{review-status}``: the number of requirements per review status, and those not
    approved yet (those of the statuses ``:status:`` names) by status, with reviewer and
    date."""

    view = "review-status"
    option_spec: ClassVar[dict[str, Callable[[str], Any]]] = {"status": _statuses}


def _change(suspect: Suspect, texts: ReviewTexts) -> str:
    if suspect.answer:
        return texts.answer_outdated
    return texts.fingerprints.format(reviewed=suspect.reviewed, current=suspect.current)


def _mark(context: PageContext, suspect: Suspect) -> nodes.line:
    texts = context.settings.texts.review
    before, _, after = texts.changed.partition("{target}")
    return nodes.line(
        "",
        "",
        nodes.strong("", f"{texts.mark}: "),
        nodes.Text(before),
        context.link(suspect.target),
        nodes.Text(f"{after} ({_change(suspect, texts)})."),
        classes=["lastenheft-suspect"],
    )


def mark_suspects(app: Sphinx, doctree: nodes.document, docname: str) -> None:
    """A line in the box of each object with a suspect link, per link: which target
    changed since the link was reviewed."""
    by_owner: dict[str, list[Suspect]] = {}
    for suspect in review_state(app.env).suspects:
        if not suspect.answer:
            by_owner.setdefault(suspect.owner, []).append(suspect)
    if not by_owner:
        return
    context = PageContext(app, docname, doctree, get_model(app.env), settings(app.config))
    for table in doctree.findall(nodes.table):
        ids: list[str] = table.get("ids", [])
        if not ids or ids[0] not in by_owner:
            continue
        block = next(
            (b for b in table.findall(nodes.line_block) if "needs_meta" in b["classes"]), None
        )
        if block is not None:
            block += [_mark(context, suspect) for suspect in by_owner[ids[0]]]


def _mark_reads(env: BuildEnvironment, written: list[str]) -> list[Read]:
    # An object's box shows whether each target it was reviewed against changed since: its
    # page is written again whenever one of them changes.
    state = review_state(env)
    return [
        shown(owner, state.links[owner].current(state.fingerprints))
        for owner in sorted(written)
        if owner in state.links
    ]


def _page_uri(context: PageContext, docname: str, anchor: str = "") -> str:
    uri = context.app.builder.get_relative_uri(context.docname, docname)
    if anchor:
        return f"{uri}#{anchor}"
    # The page itself: an empty link would lead nowhere.
    return uri or "#"


def _page(context: PageContext, docname: str) -> nodes.reference:
    """A link to the page ``docname``, showing its title."""
    title = context.env.titles[docname].astext() if docname in context.env.titles else docname
    return nodes.reference("", title, refuri=_page_uri(context, docname), internal=True)


def _owner(context: PageContext, suspect: Suspect) -> nodes.Node:
    """The owner's ID as a link: to its box, or to the vendor's declaration."""
    if not suspect.answer:
        return context.link(suspect.owner)
    uri = _page_uri(context, suspect.docname, nodes.make_id(suspect.owner))
    return nodes.reference("", suspect.owner, refuri=uri, internal=True)


def render_suspects(context: PageContext, placement: Placement) -> list[nodes.Node]:
    texts = context.settings.texts.review
    suspects = review_state(context.env).suspects
    if not suspects:
        return [nodes.paragraph("", texts.no_suspects, classes=["lastenheft-no-suspects"])]
    rows: list[list[Cell] | str] = [
        [
            _owner(context, suspect),
            context.titled(suspect.target),
            _change(suspect, texts),
            _page(context, suspect.docname),
        ]
        for suspect in suspects
    ]
    header = [texts.owner, texts.target, texts.change, texts.page]
    return [build_table(rows, header, [2, 5, 4, 3], classes=["lastenheft-suspects"])]


def suspect_reads(context: ReadContext, placement: Placement) -> Iterable[Read]:
    suspects = review_state(context.env).suspects
    return [
        shown([(s.owner, s.target, s.reviewed, s.current, s.docname, s.answer) for s in suspects]),
        *(one(s.owner, *LINK_FIELDS) for s in suspects if not s.answer),
        *(one(s.target, *LINK_FIELDS) for s in suspects),
    ]


#: What ``{review-status}`` lists unless ``:status:`` says otherwise.
_NOT_APPROVED = (ReviewStatus.DRAFT, ReviewStatus.IN_REVIEW, None)


def _date(context: PageContext, written: str) -> str:
    date = review_date(written)
    return context.settings.texts.formats.date(date) if date else written


def render_review_status(context: PageContext, placement: Placement) -> list[nodes.Node]:
    texts = context.settings.texts.review
    summary = review_state(context.env).requirements
    counts: list[list[Cell] | str] = [
        [texts.statuses[status], str(summary.count(status))] for status in ReviewStatus
    ]
    if summary.count(None):
        counts.append([texts.no_status, str(summary.count(None))])
    counts.append([texts.total, str(len(summary.reviews))])
    header = [texts.status, texts.requirements]
    result: list[nodes.Node] = [
        build_table(counts, header, [3, 1], classes=["lastenheft-review-counts"])
    ]
    if summary.reviews and not summary.open:
        return [*result, nodes.paragraph("", texts.all_approved)]
    wanted: tuple[ReviewStatus | None, ...] = placement.option("status", ()) or _NOT_APPROVED
    rows: list[list[Cell] | str] = []
    for status in (*ReviewStatus, None):
        if status not in wanted:
            continue
        listed = [review for review in summary.reviews if review.status is status]
        if listed:
            rows.append(texts.statuses[status] if status else texts.no_status)
        rows += [
            [
                context.link(review.requirement),
                context.model.title_of(review.requirement),
                review.reviewer,
                _date(context, review.date),
            ]
            for review in listed
        ]
    if not rows:
        return result
    header = [texts.requirement, texts.title, texts.reviewer, texts.date]
    return [*result, build_table(rows, header, [2, 6, 3, 2], classes=["lastenheft-review-status"])]


def review_status_reads(context: ReadContext, placement: Placement) -> Iterable[Read]:
    return [every(REQ, "title", "status", "reviewer", "review_date", "docname")]


def setup_review_views(app: Sphinx) -> None:
    register_view(app, View("suspect-links", render_suspects, suspect_reads), SuspectLinksDirective)
    register_view(
        app, View("review-status", render_review_status, review_status_reads), ReviewStatusDirective
    )
    register_object_addition(_mark_reads)
    # After sphinx-needs laid out the objects (doctree-resolved, 500), before empty layout
    # lines are dropped (600).
    app.connect("doctree-resolved", mark_suspects, priority=550)
