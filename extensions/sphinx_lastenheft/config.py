"""The extension's typed configuration: one dataclass of ``lastenheft_*`` values, validated
once at ``config-inited`` into :class:`Settings`, which every module reads."""

from __future__ import annotations

import dataclasses
import math
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal, get_args

from sphinx.errors import ConfigError

from sphinx_lastenheft.texts import texts_for
from sphinx_lastenheft.texts.catalog import Texts

if TYPE_CHECKING:
    from sphinx.application import Sphinx
    from sphinx.config import Config

PREFIX = "lastenheft_"

DiagramStyle = Literal["swimlane", "flowchart"]
HISTORY_KEYS = ("version", "date", "author", "change")
_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
#: Points per fulfilment type (DOMAIN.md: start values of the Nutzwertanalyse).
DEFAULT_POINTS = {"S": 10.0, "K": 8.0, "C": 6.0, "D": 5.0, "Z": 3.0, "R": 2.0, "N": 0.0}
#: Weights of the priorities in their order (Muss x3, Soll x2, Kann x1).
DEFAULT_WEIGHTS = (3.0, 2.0, 1.0)
Direction = Literal["LR", "TB"]


@dataclass(frozen=True)
class ChangeEntry:
    """One row of the change history."""

    version: str
    date: str
    author: str
    change: str


class InvalidValue(ValueError):
    """A value of conf.py that a validator rejects; the message says what is expected."""


#: A field's validator: the value as conf.py sets it, to the value the build uses.
Validator = Callable[[object], Any]


def _one_of(choices: tuple[str, ...]) -> Validator:
    def check(value: object) -> str:
        if value not in choices:
            raise InvalidValue("one of " + ", ".join(map(repr, choices)))
        return str(value)

    return check


def _string(value: object) -> str:
    if not isinstance(value, str):
        raise InvalidValue("a string")
    return value


def _flag(value: object) -> bool:
    if not isinstance(value, bool):
        raise InvalidValue("True or False")
    return value


def _strings(value: object) -> tuple[str, ...]:
    if not isinstance(value, list | tuple) or not all(isinstance(v, str) for v in value):
        raise InvalidValue("a list of strings")
    return tuple(value)


def _history(value: object) -> tuple[ChangeEntry, ...]:
    expected = "a list of dicts with the string keys " + ", ".join(map(repr, HISTORY_KEYS))
    if not isinstance(value, list | tuple):
        raise InvalidValue(expected)
    entries = []
    for entry in value:
        if (
            not isinstance(entry, dict)
            or set(entry) != set(HISTORY_KEYS)
            or not all(isinstance(v, str) for v in entry.values())
        ):
            raise InvalidValue(f"{expected}, not {entry!r}")
        entries.append(ChangeEntry(**entry))
    return tuple(entries)


def _in_range(value: object, low: float, high: float) -> bool:
    return isinstance(value, int | float) and low <= value <= high


def _number(low: float, high: float, expected: str) -> Validator:
    """A validator of one number from ``low`` to ``high``."""

    def check(value: object) -> float:
        if not _in_range(value, low, high):
            raise InvalidValue(expected)
        return float(value)  # type: ignore[arg-type]

    return check


def _numbers_by_name(low: float, high: float, expected: str) -> Validator:
    """A validator of a dict of names to numbers from ``low`` to ``high``."""

    def check(value: object) -> dict[str, float]:
        if not isinstance(value, dict) or not all(
            isinstance(k, str) and _in_range(v, low, high) for k, v in value.items()
        ):
            raise InvalidValue(expected)
        return {k: float(v) for k, v in value.items()}

    return check


_points = _numbers_by_name(0, 10, "a dict of a name to points from 0 to 10")
_weights = _numbers_by_name(0, math.inf, "a dict of a priority to a weight of 0 or more")
_percentages = _numbers_by_name(0, 100, "a dict of metric name to a percentage from 0 to 100")
_amount = _number(0, math.inf, "an amount of 0 or more")
_spread = _number(0, 10, "a number of points from 0 to 10")


def _iso_date(value: object) -> str:
    if not isinstance(value, str) or (value and not _ISO_DATE.fullmatch(value)):
        raise InvalidValue("a date written YYYY-MM-DD, or '' for none")
    return value


_VERSION_NAME = re.compile(r"[A-Za-z0-9][A-Za-z0-9._-]*")


def version_name(value: object) -> str:
    """A version's name as a baseline's file is named after it ('1.0', '2026-11'), or ''."""
    if not isinstance(value, str) or (value and not _VERSION_NAME.fullmatch(value)):
        raise InvalidValue(
            "a version name of letters, digits, '.', '-' and '_' such as '1.0', or '' for none"
        )
    return value


@dataclass(frozen=True)
class LastenheftConfig:
    """Settings of a Lastenheft project; each is set in conf.py as ``lastenheft_<name>``."""

    diagram_style: DiagramStyle = field(
        default="swimlane",
        metadata={
            "help": "How scene diagrams are drawn: 'swimlane' uses Mermaid's swimlane-beta "
            "(real lanes), 'flowchart' a flowchart with one subgraph per role.",
            "check": _one_of(get_args(DiagramStyle)),
        },
    )
    diagram_direction: Direction = field(
        default="TB",
        metadata={
            "help": "Direction of the flow in scene diagrams: 'LR' left to right, 'TB' top "
            "to bottom.",
            "check": _one_of(get_args(Direction)),
        },
    )
    node_modules: str = field(
        default="",
        metadata={
            "help": "The node_modules folder (relative to conf.py) holding Mermaid, and "
            "puppeteer-core for the PDF. Empty: node_modules in the folder of conf.py or the "
            "nearest folder above it (run 'npm ci' there). Where neither holds Mermaid, the "
            "website uses the Mermaid that comes with the installed package.",
        },
    )
    chromium: str = field(
        default="chromium",
        metadata={
            "help": "The Chromium that renders diagrams for the PDF: a command on the PATH or "
            "a path (Debian: /usr/bin/chromium from the package chromium).",
        },
    )
    diagram_cache: str = field(
        default="",
        metadata={
            "help": "Folder of the rendered print diagrams and the results of the website's "
            "diagram check, kept across builds and cleaned outputs. Empty: "
            "lastenheft/diagrams in the user's cache folder ($XDG_CACHE_HOME or ~/.cache).",
        },
    )
    check_mermaid: bool = field(
        default=True,
        metadata={
            "help": "Whether the website build checks every Mermaid diagram with Mermaid's own "
            "parser, in Chromium as for the PDF, and reports a broken one with file and line. "
            "False: the website builds without Chromium, and readers see Mermaid's error "
            "instead of a broken diagram.",
            "check": _flag,
        },
    )
    company: str = field(
        default="",
        metadata={"help": "Company named on the PDF's cover page. Empty: Sphinx's 'author'."},
    )
    status: str = field(
        default="",
        metadata={"help": "Status of the document on the cover page, e.g. 'Entwurf'."},
    )
    change_history: tuple[ChangeEntry, ...] = field(
        default=(),
        metadata={
            "help": "The change history, oldest first: a list of dicts with the keys "
            "'version', 'date', 'author' and 'change'. Shown after the PDF's cover page and "
            "by the 'documentinfo' directive; the last entry's date is the document date "
            "unless Sphinx's 'today' is set.",
            "check": _history,
        },
    )
    coverage_thresholds: dict[str, float] = field(
        default_factory=dict,
        metadata={
            "help": "Minimum coverage in percent per metric, e.g. "
            "{'activities_with_requirement': 100, 'mandatory_with_test': 80}. A metric below "
            "its threshold fails the build with one warning per gap. Metrics: "
            "activities_with_requirement, requirements_with_activity, mandatory_with_test.",
            "check": _percentages,
        },
    )
    areas: tuple[str, ...] = field(
        default=(),
        metadata={
            "help": "Allowed values of a scene's 'area', in the order of the process map. "
            "Empty: Marketing, Vertrieb, Service (English: Marketing, Sales, Service).",
        },
    )
    priorities: tuple[str, ...] = field(
        default=(),
        metadata={
            "help": "Allowed values of a requirement's 'priority'. Empty: Muss, Soll, Kann "
            "(English: Must, Should, Could).",
        },
    )
    categories: tuple[str, ...] = field(
        default=(),
        metadata={
            "help": "Allowed values of a requirement's 'category'. Empty: Funktion, "
            "Information, Schnittstelle, Qualität, Rahmen (English: Function, Information, "
            "Interface, Quality, Constraint).",
        },
    )
    context_categories: tuple[str, ...] = field(
        default=(),
        metadata={
            "help": "Categories whose requirements may name the scenes or systems they "
            "'concern' instead of the activities they are derived from. Empty: the last two "
            "categories (Qualität, Rahmen).",
        },
    )
    selection_points: dict[str, float] = field(
        default_factory=dict,
        metadata={
            "help": "Points per fulfilment type of a vendor's answer, 0-10, e.g. {'S': 10, "
            "'K': 8}. Types left out keep their defaults: S 10, K 8, C 6, D 5, Z 3, R 2, N 0.",
            "check": _points,
        },
    )
    selection_weights: dict[str, float] = field(
        default_factory=dict,
        metadata={
            "help": "Weight of each priority in a vendor's score, e.g. {'Muss': 3, 'Soll': 2, "
            "'Kann': 1}. Priorities left out keep their defaults: 3, 2 and 1 in the order of "
            "the priorities.",
            "check": _weights,
        },
    )
    go_live: str = field(
        default="",
        metadata={
            "help": "The planned go-live, YYYY-MM-DD: a mandatory requirement a vendor puts on "
            "its roadmap for a later date knocks the vendor out. Empty: no roadmap date knocks "
            "out.",
            "check": _iso_date,
        },
    )
    chosen_vendor: str = field(
        default="",
        metadata={
            "help": "The ID of the vendor chosen: its configuration, customizing, development "
            "and add-on items make the Pflichtenheft, and the role handbooks show its "
            "solutions. Empty: no vendor chosen yet.",
        },
    )
    questionnaire_deadline: str = field(
        default="",
        metadata={
            "help": "The date by which vendors return the questionnaire, as the cover sheet "
            "states it.",
        },
    )
    questionnaire_contact: str = field(
        default="",
        metadata={
            "help": "Who answers the vendors' questions about the questionnaire (name, e-mail), "
            "as the cover sheet states it.",
        },
    )
    day_rate: float = field(
        default=0.0,
        metadata={
            "help": "Price of a person-day in EUR: the vendor comparison adds the person-days "
            "of each vendor's answers to its price (5-year cost). 0: prices are shown alone.",
            "check": _amount,
        },
    )
    demo_evaluators: tuple[str, ...] = field(
        default=(),
        metadata={
            "help": "The people who score the vendors' demonstrations: the build writes a "
            "scoring sheet per shortlisted vendor and evaluator.",
        },
    )
    demo_spread: float = field(
        default=3.0,
        metadata={
            "help": "Evaluators' demo points for one requirement that lie further apart than "
            "this are listed for the calibration meeting.",
            "check": _spread,
        },
    )
    suspect_links_fail: bool = field(
        default=False,
        metadata={
            "help": "Whether each suspect link (its target changed since the link was reviewed) "
            "and each outdated vendor answer is a warning at its file and line, so that a build "
            "with -W fails until they are reviewed ('python -m sphinx_lastenheft review'). False: "
            "they are only listed by the 'suspect-links' directive and marked on their objects.",
            "check": _flag,
        },
    )
    baseline: str = field(
        default="",
        metadata={
            "help": "The baseline the sources are compared with, e.g. '1.0': the 'changes' "
            "directive lists what was added, changed and removed since, and each object that "
            "changed is marked. Record a baseline with 'python -m sphinx_lastenheft baseline 1.0'. "
            "Empty: no comparison.",
            "check": version_name,
        },
    )
    baseline_folder: str = field(
        default="baselines",
        metadata={
            "help": "The folder of the baselines, relative to conf.py: each is a JSON file "
            "named after its version (baselines/1.0.json), to be kept in version control.",
        },
    )


def config_fields() -> tuple[dataclasses.Field[Any], ...]:
    return dataclasses.fields(LastenheftConfig)


def default_of(spec: dataclasses.Field[Any]) -> Any:
    """The field's default as conf.py writes it: lists for tuples, a fresh dict for dicts."""
    if spec.default_factory is not dataclasses.MISSING:
        return spec.default_factory()
    return list(spec.default) if isinstance(spec.default, tuple) else spec.default


def _check(spec: dataclasses.Field[Any]) -> Validator:
    """The field's validator: its own, else one that follows from its default."""
    check: Validator | None = spec.metadata.get("check")
    if check is not None:
        return check
    return _strings if isinstance(spec.default, tuple) else _string


def _types(spec: dataclasses.Field[Any]) -> tuple[type, ...]:
    """The Python types conf.py may give the value (Sphinx warns about others)."""
    default = default_of(spec)
    if isinstance(default, list):
        return (list, tuple)
    return (int, float) if isinstance(default, float) else (type(default),)


def register_config(app: Sphinx) -> None:
    for spec in config_fields():
        app.add_config_value(
            PREFIX + spec.name,
            default_of(spec),
            "env",
            types=_types(spec),
            description=spec.metadata["help"],
        )


@dataclass(frozen=True)
class TypeNames:
    """How the project names an object type: its title and its ID prefix."""

    title: str
    prefix: str


@dataclass(frozen=True)
class Settings:
    """Everything the extension reads from conf.py, validated once per build."""

    options: LastenheftConfig
    #: The generated texts in the project's language.
    texts: Texts
    #: Title and ID prefix of each object type, as the project's needs_types set them.
    types: Mapping[str, TypeNames]
    #: The project's conf.py; None where the settings were made without one (tests).
    conf_file: Path | None = None

    def type_title(self, name: str) -> str:
        return self.types[name].title

    def prefix(self, name: str) -> str:
        return self.types[name].prefix

    def conf_location(self, name: str = "") -> str:
        """'file:line' of the line of conf.py that sets ``name`` (its first line if none
        does, e.g. where -D sets it), for messages about a setting."""
        return conf_location(self.conf_file, name)


def conf_location(conf_file: Path | None, name: str) -> str:
    """'file:line' of the line of ``conf_file`` that sets ``name``, or of its first line."""
    if conf_file is None:
        return "conf.py:1"
    line = 1
    if name and conf_file.is_file():
        assignment = re.compile(rf"^\s*{re.escape(name)}\s*[:=]")
        lines = conf_file.read_text("utf-8", errors="replace").splitlines()
        line = next((n for n, text in enumerate(lines, 1) if assignment.match(text)), 1)
    return f"{conf_file}:{line}"


def _where(config: Config, conf_file: Path | None, name: str) -> str:
    return f"-D {name}" if name in config._overrides else conf_location(conf_file, name)


def read_config(config: Config, conf_file: Path | None = None) -> LastenheftConfig:
    """Read and check the ``lastenheft_*`` values; raise ConfigError naming the bad one."""
    values: dict[str, Any] = {}
    for spec in config_fields():
        name = PREFIX + spec.name
        try:
            values[spec.name] = _check(spec)(config[name])
        except InvalidValue as expected:
            raise ConfigError(
                f"{_where(config, conf_file, name)}: {name} = {config[name]!r} is not valid: "
                f"expected {expected}. Fix the value or remove it to use the default."
            ) from None
    objects = texts_for(config.language).objects
    categories = values["categories"] or objects.categories
    defaults = {
        "areas": objects.areas,
        "priorities": objects.priorities,
        "categories": categories,
        "context_categories": categories[-2:],
    }
    for name, default in defaults.items():
        values[name] = values[name] or default
    values["selection_points"] = {**DEFAULT_POINTS, **values["selection_points"]}
    values["selection_weights"] = {
        # Priorities after the third weigh as much as the third.
        **{p: DEFAULT_WEIGHTS[min(i, 2)] for i, p in enumerate(values["priorities"])},
        **values["selection_weights"],
    }
    for name, allowed in (
        ("selection_points", tuple(DEFAULT_POINTS)),
        ("selection_weights", values["priorities"]),
    ):
        unknown = sorted(set(values[name]) - set(allowed))
        if unknown:
            key = PREFIX + name
            raise ConfigError(
                f"{_where(config, conf_file, key)}: {key} names {', '.join(unknown)}, which "
                f"is not one of {', '.join(allowed)}. Use these names."
            )
    if set(values["context_categories"]) - set(values["categories"]):
        name = PREFIX + "context_categories"
        raise ConfigError(
            f"{_where(config, conf_file, name)}: "
            f"{name} = {list(values['context_categories'])!r} "
            f"is not valid: expected a subset of the categories "
            f"({', '.join(values['categories'])}). Fix the value or remove it to use the default."
        )
    return LastenheftConfig(**values)


def _type_names(config: Config) -> dict[str, TypeNames]:
    # Every type of needs_types: the Lastenheft's own, merged with what conf.py sets
    # (sources.needs_setup), and a project's other types.
    return {
        entry["directive"]: TypeNames(str(entry["title"]), str(entry["prefix"]))
        for entry in config.needs_types
    }


_SETTINGS = "_lastenheft_settings"


def make_settings(config: Config, conf_file: Path | None = None) -> Settings:
    return Settings(
        options=read_config(config, conf_file),
        texts=texts_for(config.language),
        types=_type_names(config),
        conf_file=conf_file,
    )


def store_settings(app: Sphinx, config: Config) -> None:
    """Validate the configuration once; raises ConfigError naming conf.py and the line."""
    conf_file = Path(app.confdir, "conf.py") if app.confdir else None
    # An attribute starting with '_' is not pickled with the environment: each build
    # validates its own configuration.
    config.__dict__[_SETTINGS] = make_settings(config, conf_file)


def settings(config: Config) -> Settings:
    """The settings of this build (validated at ``config-inited``)."""
    value = config.__dict__.get(_SETTINGS)
    if not isinstance(value, Settings):
        value = config.__dict__[_SETTINGS] = make_settings(config)
    return value


def set_by_user(config: Config, name: str) -> bool:
    """Whether conf.py (or -D) sets ``name``: the extension's defaults never override it."""
    return name in config._raw_config or name in config._overrides


def document_date(config: Config, options: LastenheftConfig) -> str:
    """The date of the document: Sphinx's 'today' if set, else the last change's date."""
    if config.today:
        return str(config.today)
    return options.change_history[-1].date if options.change_history else ""
