"""The extension's typed configuration: one dataclass, registered as ``lastenheft_*`` values."""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Literal, get_args

from sphinx.errors import ConfigError

from lastenheft.labels import labels_for

if TYPE_CHECKING:
    from sphinx.application import Sphinx
    from sphinx.config import Config

PREFIX = "lastenheft_"

DiagramStyle = Literal["swimlane", "flowchart"]
HISTORY_KEYS = ("version", "date", "author", "change")
Direction = Literal["LR", "TB"]


@dataclass(frozen=True)
class ChangeEntry:
    """One row of the change history."""

    version: str
    date: str
    author: str
    change: str


@dataclass(frozen=True)
class LastenheftConfig:
    """Settings of a Lastenheft project; each is set in conf.py as ``lastenheft_<name>``."""

    diagram_style: DiagramStyle = field(
        default="swimlane",
        metadata={
            "help": "How scene diagrams are drawn: 'swimlane' uses Mermaid's swimlane-beta "
            "(real lanes), 'flowchart' a flowchart with one subgraph per role.",
            "choices": get_args(DiagramStyle),
        },
    )
    diagram_direction: Direction = field(
        default="TB",
        metadata={
            "help": "Direction of the flow in scene diagrams: 'LR' left to right, 'TB' top "
            "to bottom.",
            "choices": get_args(Direction),
        },
    )
    node_modules: str = field(
        default="",
        metadata={
            "help": "The node_modules folder (relative to conf.py) holding Mermaid, and "
            "puppeteer-core for the PDF. Empty: node_modules in the folder of conf.py or the "
            "nearest folder above it (run 'npm ci' there).",
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
            "help": "Folder of the rendered print diagrams, kept across builds and cleaned "
            "outputs. Empty: lastenheft/diagrams in the user's cache folder "
            "($XDG_CACHE_HOME or ~/.cache).",
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
            "kind": "history",
        },
    )
    coverage_thresholds: dict[str, float] = field(
        default_factory=dict,
        metadata={
            "help": "Minimum coverage in percent per metric, e.g. "
            "{'activities_with_requirement': 100, 'mandatory_with_test': 80}. A metric below "
            "its threshold fails the build with one warning per gap. Metrics: "
            "activities_with_requirement, requirements_with_activity, mandatory_with_test.",
            "kind": "thresholds",
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


def config_fields() -> tuple[dataclasses.Field[Any], ...]:
    return dataclasses.fields(LastenheftConfig)


def default_of(spec: dataclasses.Field[Any]) -> Any:
    """The field's default as conf.py writes it: lists for tuples, a fresh dict for dicts."""
    if spec.default_factory is not dataclasses.MISSING:
        return spec.default_factory()
    return list(spec.default) if isinstance(spec.default, tuple) else spec.default


def register_config(app: Sphinx) -> None:
    for spec in config_fields():
        app.add_config_value(
            PREFIX + spec.name,
            default_of(spec),
            "env",
            description=spec.metadata["help"],
        )


def _value_error(name: str, value: object, expected: str) -> ConfigError:
    return ConfigError(
        f"{PREFIX}{name} = {value!r} in conf.py is not valid: expected {expected}. "
        f"Fix the value or remove it to use the default."
    )


def _read_history(name: str, value: object) -> tuple[ChangeEntry, ...]:
    expected = "a list of dicts with the string keys " + ", ".join(map(repr, HISTORY_KEYS))
    if not isinstance(value, list | tuple):
        raise _value_error(name, value, expected)
    entries = []
    for entry in value:
        if (
            not isinstance(entry, dict)
            or set(entry) != set(HISTORY_KEYS)
            or not all(isinstance(v, str) for v in entry.values())
        ):
            raise _value_error(name, entry, expected)
        entries.append(ChangeEntry(**entry))
    return tuple(entries)


def _read_thresholds(name: str, value: object) -> dict[str, float]:
    expected = "a dict of metric name to a percentage from 0 to 100"
    if not isinstance(value, dict) or not all(
        isinstance(k, str) and isinstance(v, int | float) and 0 <= v <= 100
        for k, v in value.items()
    ):
        raise _value_error(name, value, expected)
    return {k: float(v) for k, v in value.items()}


def read_config(config: Config) -> LastenheftConfig:
    """Read and check the ``lastenheft_*`` values; raise ConfigError naming the bad one."""
    labels = labels_for(config.language)
    values: dict[str, Any] = {}
    for spec in config_fields():
        value = config[PREFIX + spec.name]
        choices = spec.metadata.get("choices")
        if choices is not None:
            if value not in choices:
                raise _value_error(spec.name, value, "one of " + ", ".join(map(repr, choices)))
        elif spec.metadata.get("kind") == "history":
            value = _read_history(spec.name, value)
        elif spec.metadata.get("kind") == "thresholds":
            value = _read_thresholds(spec.name, value)
        elif isinstance(spec.default, tuple):
            if not isinstance(value, list | tuple) or not all(isinstance(v, str) for v in value):
                raise _value_error(spec.name, value, "a list of strings")
            value = tuple(value)
        elif not isinstance(value, str):
            raise _value_error(spec.name, value, "a string")
        values[spec.name] = value
    categories = values["categories"] or labels.categories
    defaults = {
        "areas": labels.areas,
        "priorities": labels.priorities,
        "categories": categories,
        "context_categories": categories[-2:],
    }
    for name, default in defaults.items():
        values[name] = values[name] or default
    unknown = set(values["context_categories"]) - set(values["categories"])
    if unknown:
        raise _value_error(
            "context_categories", list(values["context_categories"]), "a subset of the categories"
        )
    return LastenheftConfig(**values)


def set_by_user(config: Config, name: str) -> bool:
    """Whether conf.py (or -D) sets ``name``: the extension's defaults never override it."""
    return name in config._raw_config or name in config._overrides


def document_date(config: Config, settings: LastenheftConfig) -> str:
    """The date of the document: Sphinx's 'today' if set, else the last change's date."""
    if config.today:
        return str(config.today)
    return settings.change_history[-1].date if settings.change_history else ""


def check_config(app: Sphinx, config: Config) -> None:
    read_config(config)
