"""Suspect links and review status in the build: the fingerprint of every object, what each
owner's ``:reviewed:`` records, the suspects and the requirements' review status, worked out
once per build, and the checks of the review fields.

The ``review`` command (:mod:`sphinx_lastenheft.versions.review_command`) reads the same state from
a build of its own, so that it records exactly the fingerprints the build compares.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING

from sphinx_needs.data import SphinxNeedsData

from sphinx_lastenheft.config import Settings, settings
from sphinx_lastenheft.model.build_values import build_value
from sphinx_lastenheft.model.store import ordered_ids
from sphinx_lastenheft.sources.pages import PageEntry, entries_in_order
from sphinx_lastenheft.versions.fingerprints import fingerprint, parse_reviewed
from sphinx_lastenheft.versions.review_status import (
    RequirementReview,
    ReviewSummary,
    date_meant,
    parse_status,
    review_date,
)
from sphinx_lastenheft.versions.suspects import LinkReview, Suspect, link_suspects
from sphinx_lastenheft.views.selection.questionnaire import questionnaire_file
from sphinx_lastenheft.views.selection.vendors import checked_vendors
from sphinx_lastenheft.vocabulary import REQ, REVIEWED_LINKS
from sphinx_lastenheft.warnings_ import FileLocation, Finding, Location, WarningSubtype, warn

if TYPE_CHECKING:
    from sphinx.application import Sphinx
    from sphinx.environment import BuildEnvironment
    from sphinx_needs.need_item import NeedItem

_STATE = "lastenheft_review_state"


@dataclass(frozen=True)
class ReviewState:
    """What this build knows about reviews."""

    #: Every object's fingerprint, by ID.
    fingerprints: dict[str, str]
    #: Every owner of links to review (activities, requirements, tests), by ID, in reading
    #: order.
    links: dict[str, LinkReview]
    #: The open suspects: links first, then the vendors' outdated answers.
    suspects: list[Suspect]
    requirements: ReviewSummary


def _option(entry: PageEntry | None, name: str, fallback: Location) -> Location:
    """The line of the option ``name`` as written (the last one, which counts); the
    object's own line without one."""
    lines = [option.line for option in entry.options if option.name == name] if entry else []
    return Location(fallback.docname, lines[-1]) if lines else fallback


def _text(need: NeedItem, name: str) -> str:
    return str(need.get(name) or "").strip()


def _answer_suspects(env: BuildEnvironment) -> list[Suspect]:
    """The vendors' answers to requirements that changed since the vendor answered."""
    return [
        Suspect(
            vendor_id, answer.requirement, "", "", answer.location, checked.vendor.location.docname
        )
        for vendor_id, checked in checked_vendors(env).items()
        for answer in checked.answers.values()
        if answer.outdated
    ]


def _compute(env: BuildEnvironment) -> ReviewState:
    needs = SphinxNeedsData(env).get_needs_mutable()
    entries = {entry.need_id: entry for entry in entries_in_order(env)}
    fields = [str(name) for name in env.config.needs_fields]
    ids = ordered_ids(env)
    fingerprints = {
        need_id: fingerprint(
            str(needs[need_id]["title"]),
            str(needs[need_id].get("content") or ""),
            {name: _text(needs[need_id], name) for name in fields},
        )
        for need_id in ids
    }
    links: dict[str, LinkReview] = {}
    reviews: list[RequirementReview] = []
    for need_id in ids:
        need = needs[need_id]
        kind = str(need["type"])
        entry = entries.get(need_id)
        where = entry.location if entry else Location(need["docname"] or "", need["lineno"])
        if kind in REVIEWED_LINKS:
            targets = [str(t) for name in REVIEWED_LINKS[kind] for t in need.get_links(name)]
            links[need_id] = LinkReview(
                need_id,
                kind,
                tuple(dict.fromkeys(targets)),
                parse_reviewed(_text(need, "reviewed")),
                _option(entry, "reviewed", where),
            )
        if kind == REQ:
            written = _text(need, "status")
            reviews.append(
                RequirementReview(
                    need_id,
                    written,
                    parse_status(written),
                    _text(need, "reviewer"),
                    _text(need, "review_date"),
                    _option(entry, "status", where),
                    _option(entry, "review_date", where),
                )
            )
    suspects = link_suspects(links.values(), fingerprints) + _answer_suspects(env)
    return ReviewState(fingerprints, links, suspects, ReviewSummary(tuple(reviews)))


def review_state(env: BuildEnvironment) -> ReviewState:
    """The review state of this build, worked out once every page is read."""
    state: ReviewState = build_value(env, _STATE, lambda: _compute(env))
    return state


def _field_problems(state: ReviewState, project: Settings) -> Iterator[Finding]:
    """The malformed review fields: entries of ``:reviewed:``, unknown statuses and review
    dates not written YYYY-MM-DD."""
    say = project.texts.messages
    for review in state.links.values():
        title = project.type_title(review.owner_type)
        for malformed in review.reviewed.malformed:
            message = say.reviewed_malformed.format(type=title, id=review.owner, entry=malformed)
            yield Finding(WarningSubtype.REVIEW, message, review.location)
    title = project.type_title(REQ)
    statuses = ", ".join(project.texts.review.statuses.values())
    for requirement in state.requirements.reviews:
        if requirement.written and requirement.status is None:
            message = say.unknown_value.format(
                type=title,
                id=requirement.requirement,
                name="status",
                value=requirement.written,
                allowed=statuses,
            )
            yield Finding(WarningSubtype.UNKNOWN_VALUE, message, requirement.status_line)
        if requirement.date and review_date(requirement.date) is None:
            message = say.review_date.format(
                type=title,
                id=requirement.requirement,
                value=requirement.date,
                example=date_meant(requirement.date),
            )
            yield Finding(WarningSubtype.REVIEW, message, requirement.date_line)


def report_reviews(app: Sphinx, env: BuildEnvironment) -> None:
    """Report the malformed review fields and, with lastenheft_suspect_links_fail, each
    open suspect at the line to fix: a link at the owner's ``:reviewed:`` line, in the order
    of the pages, an outdated answer at its row of the vendor's file."""
    project = settings(env.config)
    say = project.texts.messages
    state = review_state(env)
    findings = list(_field_problems(state, project))
    fail = project.options.suspect_links_fail
    for suspect in state.suspects if fail else ():
        if isinstance(suspect.location, Location):
            message = say.suspect_link.format(
                owner=suspect.owner,
                target=suspect.target,
                reviewed=suspect.reviewed,
                current=suspect.current,
            )
            findings.append(Finding(WarningSubtype.SUSPECT_LINK, message, suspect.location))
    for finding in sorted(findings, key=lambda f: (f.location.docname, f.location.lineno or 0)):
        finding.report()
    for suspect in state.suspects if fail else ():
        if isinstance(suspect.location, FileLocation):
            message = say.suspect_answer.format(
                vendor=suspect.owner,
                requirement=suspect.target,
                file=questionnaire_file(project.texts.selection, suspect.owner),
            )
            warn(WarningSubtype.SUSPECT_LINK, message, suspect.location)


def setup_review_state(app: Sphinx) -> None:
    # After the checks of the objects (env-updated, 450), in every build; before the pages
    # to write are chosen (600), whose digests read the state.
    app.connect("env-updated", report_reviews, priority=460)
