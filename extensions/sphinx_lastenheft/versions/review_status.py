"""The review status of the requirements: draft, in review or approved, with reviewer and
date. Plain data, no Sphinx.

``:status:`` takes the name of a status in any language the extension knows (Entwurf,
in Prüfung, freigegeben; draft, in review, approved), in any case.
"""

from __future__ import annotations

import datetime
import re
from dataclasses import dataclass

from sphinx_lastenheft.sources.plain_text import squeezed
from sphinx_lastenheft.texts import LANGUAGES
from sphinx_lastenheft.texts.catalog import ReviewTexts
from sphinx_lastenheft.vocabulary import ReviewStatus
from sphinx_lastenheft.warnings_ import Location

_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
#: A date as Germans write it, which a message turns into the ISO date it means.
_GERMAN_DATE = re.compile(r"(?P<day>\d{1,2})\.(?P<month>\d{1,2})\.(?P<year>\d{4})")


def parse_status(value: str) -> ReviewStatus | None:
    """The status ``value`` names; None for an empty or unknown one."""
    wanted = squeezed(value).casefold()
    for texts in LANGUAGES.values():
        for status, name in texts.review.statuses.items():
            if wanted == name.casefold():
                return status
    return None


def review_date(value: str) -> datetime.date | None:
    """The date of ``:review_date:``, written YYYY-MM-DD; None when it is no such date."""
    if not _ISO_DATE.fullmatch(value):
        return None
    try:
        return datetime.date.fromisoformat(value)
    except ValueError:
        return None


def date_meant(value: str) -> str:
    """The ISO date a malformed ``:review_date:`` means, for the fix a message names (e.g.
    '2027-03-12' for '12.3.2027'); an example date when it cannot tell."""
    match = _GERMAN_DATE.fullmatch(value.strip())
    if match is not None:
        try:
            day = int(match["day"])
            return datetime.date(int(match["year"]), int(match["month"]), day).isoformat()
        except ValueError:
            pass
    return "2027-03-12"


@dataclass(frozen=True)
class RequirementReview:
    """A requirement's review as written: its status (None without one or with an unknown
    one, which is reported), reviewer and date, and the lines of status and date."""

    requirement: str
    #: The status as written, and what it means.
    written: str
    status: ReviewStatus | None
    reviewer: str
    date: str
    status_line: Location
    date_line: Location


@dataclass(frozen=True)
class ReviewSummary:
    """The review status of every requirement, in reading order."""

    reviews: tuple[RequirementReview, ...]

    def count(self, status: ReviewStatus | None) -> int:
        return sum(1 for review in self.reviews if review.status is status)

    @property
    def open(self) -> list[RequirementReview]:
        """The requirements not approved yet."""
        return [r for r in self.reviews if r.status is not ReviewStatus.APPROVED]

    def approval(self, texts: ReviewTexts) -> str:
        """What the cover says about the approval: that all requirements are approved, or
        how many are; nothing where no requirement has a status (the project does not
        review that way)."""
        if all(review.status is None for review in self.reviews):
            return ""
        approved = self.count(ReviewStatus.APPROVED)
        if approved == len(self.reviews):
            return texts.all_approved
        return texts.approved_count.format(approved=approved, total=len(self.reviews))
