"""The words of the domain: the object types of a Lastenheft, their fields and the links
between them, and what a test run can say about a test, a requirement and the acceptance.

Every layer shares them: the sources, the model, the checks, the views and the texts.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum


@dataclass(frozen=True)
class TypeSpec:
    """An object type: directive name, default ID prefix, colour, fields and links it needs."""

    prefix: str
    color: str
    required_fields: tuple[str, ...] = ()
    required_links: tuple[str, ...] = ()


@dataclass(frozen=True)
class LinkSpec:
    """A link type: which object types may carry it and which types it may point to."""

    sources: tuple[str, ...]
    targets: tuple[str, ...]


SCENE, STEP, ACTIVITY, ROLE, SYSTEM, REQ, TEST = (
    "scene",
    "step",
    "activity",
    "role",
    "system",
    "req",
    "test",
)

TYPES: dict[str, TypeSpec] = {
    SCENE: TypeSpec("SZ-", "#f6d186", required_fields=("area", "trigger", "outcome")),
    STEP: TypeSpec("PS-", "#cfe0c3"),
    ACTIVITY: TypeSpec("TA-", "#a8d5e2", required_links=("role", "systems")),
    ROLE: TypeSpec("R-", "#f9c5d1"),
    SYSTEM: TypeSpec("SYS-", "#d5c6e0"),
    REQ: TypeSpec("ANF-", "#bfd8d2", required_fields=("priority", "category", "acceptance")),
    TEST: TypeSpec("AT-", "#dcb239", required_links=("verifies",)),
}

#: Fields, with the types that use them (documentation only; sphinx-needs knows no owner).
FIELDS: dict[str, str] = {
    "area": "Functional area(s) of a customer scene, comma separated.",
    "trigger": "What starts the customer scene.",
    "outcome": "What is true when the customer scene has ended.",
    "branches": "Labels of an activity's next links, in their order, separated by '|'.",
    "satisfaction": "A customer touchpoint's satisfaction, 1 (bad) to 5 (good): puts the "
    "activity into the scene's customer journey.",
    "org_unit": "Organisational unit of a role.",
    "customer": "'yes' marks a role as the customer, who acts outside the company: its "
    "activities need no system.",
    "headcount": "Number of people in a role.",
    "priority": "Priority of a requirement (Muss, Soll, Kann).",
    "category": "Category of a requirement.",
    "acceptance": "Acceptance criterion of a requirement.",
    "rationale": "Why a requirement matters.",
    "preconditions": "What must be true before an acceptance test starts.",
    "test_data": "The data an acceptance test works with.",
    "reviewer": "Who reviewed a requirement last.",
    "review_date": "When a requirement was reviewed last, YYYY-MM-DD.",
    "reviewed": "The link targets as reviewed, 'ID@fingerprint' comma separated: a link whose "
    "target changed since is suspect. Written by 'python -m sphinx_lastenheft review'.",
}

LINKS: dict[str, LinkSpec] = {
    "scene": LinkSpec(sources=(STEP,), targets=(SCENE,)),
    "step": LinkSpec(sources=(ACTIVITY,), targets=(STEP,)),
    # An activity's role acts; an acceptance test's role runs the test with its login.
    "role": LinkSpec(sources=(ACTIVITY, TEST), targets=(ROLE,)),
    "systems": LinkSpec(sources=(ACTIVITY,), targets=(SYSTEM,)),
    "next": LinkSpec(sources=(ACTIVITY,), targets=(ACTIVITY,)),
    "derived_from": LinkSpec(sources=(REQ,), targets=(ACTIVITY,)),
    "concerns": LinkSpec(sources=(REQ,), targets=(SCENE, SYSTEM)),
    "verifies": LinkSpec(sources=(TEST,), targets=(REQ,)),
    "walks_through": LinkSpec(sources=(TEST,), targets=(SCENE,)),
}

#: The fields of a review, not of what an object says: no fingerprint includes them.
#: ``status`` is sphinx-needs' own field.
REVIEW_FIELDS = ("status", "reviewer", "review_date", "reviewed")
#: Fields an object's box leaves out: what the tools record, not what readers read.
UNSHOWN_FIELDS = ("reviewed",)
#: sphinx-needs' own fields an object's box shows after ours.
CORE_FIELDS = ("status",)
#: Per owner type, the links whose targets an object is written against: when a target
#: changes after the link was reviewed, the link is suspect. An activity relies on what its
#: role and systems are; its step and flow are the page's structure.
REVIEWED_LINKS: dict[str, tuple[str, ...]] = {
    ACTIVITY: ("role", "systems"),
    REQ: ("derived_from",),
    TEST: ("verifies",),
}

#: The link that ties an object to the one above it on the page, where it names none.
PARENT_LINK: dict[str, tuple[str, str]] = {ACTIVITY: ("step", STEP), STEP: ("scene", SCENE)}

BRANCH_SEPARATOR = "|"
#: In an activity's ``next``: the flow ends here. A keyword, not an ID (IDs have a prefix).
FLOW_END = "END"
#: The values that switch on a flag field such as a role's ``customer``, in any case.
FLAG_YES = ("yes", "ja", "true")


def flag_set(value: str) -> bool:
    """Whether a flag field's value switches it on."""
    return value.strip().casefold() in FLAG_YES


SATISFACTION_SCORES = ("1", "2", "3", "4", "5")


def split_values(value: str | None, separator: str = ",") -> tuple[str, ...]:
    """The items of a list-valued option, stripped, empty ones left out."""
    return tuple(part.strip() for part in (value or "").split(separator) if part.strip())


class Outcome(Enum):
    """The result of one test case in a run."""

    PASSED = "passed"
    PASSED_WITH_DEFECT = "passed_with_defect"
    FAILED = "failed"
    NOT_TESTED = "not_tested"

    @property
    def has_defect(self) -> bool:
        return self in (Outcome.PASSED_WITH_DEFECT, Outcome.FAILED)


class Status(Enum):
    """Whether a requirement or a customer scene is shown to be fulfilled by a run."""

    FULFILLED = "fulfilled"
    NOT_FULFILLED = "not_fulfilled"
    NOT_TESTED = "not_tested"


class Decision(Enum):
    """The acceptance decision (Abnahmeentscheidung)."""

    GRANTED = "granted"
    CONDITIONAL = "conditional"
    REFUSED = "refused"


class ReviewStatus(Enum):
    """How far the review of a requirement has come (its ``status``)."""

    DRAFT = "draft"
    IN_REVIEW = "in_review"
    APPROVED = "approved"


class Fulfilment(Enum):
    """How a vendor fulfils a requirement (Erfüllungsart); the value is its code letter."""

    STANDARD = "S"
    CONFIGURATION = "K"
    CUSTOMIZING = "C"
    DEVELOPMENT = "Z"
    THIRD_PARTY = "D"
    ROADMAP = "R"
    NOT_POSSIBLE = "N"

    @property
    def is_gap(self) -> bool:
        """Work before the system fits (configuration, customizing, development, an add-on):
        an item of the Pflichtenheft, with its effort in person-days."""
        return self in GAPS


#: The fulfilment types that need work, and so an effort in person-days.
GAPS = (
    Fulfilment.CONFIGURATION,
    Fulfilment.CUSTOMIZING,
    Fulfilment.DEVELOPMENT,
    Fulfilment.THIRD_PARTY,
)
