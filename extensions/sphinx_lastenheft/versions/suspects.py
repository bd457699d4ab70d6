"""Suspect links: a link whose target changed since the link was reviewed. Plain data, no
Sphinx.

An owner (an activity, a requirement, an acceptance test) records in ``:reviewed:`` the
fingerprint of each target it was reviewed against; the link is suspect while the target's
fingerprint differs. A link never reviewed is not suspect: nothing was recorded to differ
from. A vendor's answer to a requirement that changed since is suspect the same way.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from sphinx_lastenheft.versions.fingerprints import Reviewed
from sphinx_lastenheft.warnings_ import FileLocation, Location


@dataclass(frozen=True)
class LinkReview:
    """An owner's links to review: their targets in the order written, what its
    ``:reviewed:`` records, and where that line stands (the object's own line without one)."""

    owner: str
    owner_type: str
    targets: tuple[str, ...]
    reviewed: Reviewed
    location: Location

    def current(self, fingerprints: Mapping[str, str]) -> list[tuple[str, str]]:
        """Each target with its fingerprint now: what a review records (unknown IDs left out,
        they are reported as broken links)."""
        return [(target, fingerprints[target]) for target in self.targets if target in fingerprints]


@dataclass(frozen=True)
class Suspect:
    """An open suspect: ``owner`` relies on ``target``, which changed since the review."""

    owner: str
    target: str
    #: The target's fingerprint as reviewed and now; both empty for a vendor's answer.
    reviewed: str
    current: str
    #: Where to fix it: the owner's ``:reviewed:`` line, or the row of the vendor's answer.
    location: Location | FileLocation
    #: The page the owner is written on.
    docname: str

    @property
    def answer(self) -> bool:
        """Whether the owner is a vendor whose answer to the requirement ``target`` is
        outdated: such a suspect stands in the vendor's file."""
        return isinstance(self.location, FileLocation)


def link_suspects(reviews: Iterable[LinkReview], fingerprints: Mapping[str, str]) -> list[Suspect]:
    """The suspect links of the ``reviews``, owners and targets in their order."""
    return [
        Suspect(
            review.owner,
            target,
            recorded,
            fingerprints[target],
            review.location,
            review.location.docname,
        )
        for review in reviews
        for target in review.targets
        if (recorded := review.reviewed.fingerprints.get(target))
        and target in fingerprints
        and recorded != fingerprints[target]
    ]
