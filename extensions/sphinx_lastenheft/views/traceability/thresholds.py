"""Coverage thresholds: a metric below its threshold fails the build, one warning per gap."""

from __future__ import annotations

from collections.abc import Callable
from operator import attrgetter
from typing import TYPE_CHECKING

from sphinx.errors import ConfigError

from sphinx_lastenheft.config import PREFIX, settings
from sphinx_lastenheft.model.store import get_model
from sphinx_lastenheft.texts.messages import Messages
from sphinx_lastenheft.views.traceability.coverage import METRIC_KEYS, coverage
from sphinx_lastenheft.warnings_ import WarningSubtype, warn

if TYPE_CHECKING:
    from sphinx.application import Sphinx
    from sphinx.builders import Builder
    from sphinx.config import Config

#: Per metric, the message that says how to close one of its gaps.
_FIXES: dict[str, Callable[[Messages], str]] = {
    "activities_with_requirement": attrgetter("coverage_fix_activities"),
    "requirements_with_activity": attrgetter("coverage_fix_requirements"),
    "mandatory_with_test": attrgetter("coverage_fix_tests"),
}


def check_metric_names(app: Sphinx, config: Config) -> None:
    project = settings(config)
    unknown = set(project.options.coverage_thresholds) - set(METRIC_KEYS)
    if unknown:
        name = f"{PREFIX}coverage_thresholds"
        raise ConfigError(
            f"{project.conf_location(name)}: {name} names unknown metrics: "
            f"{', '.join(sorted(unknown))}. Use: {', '.join(METRIC_KEYS)}."
        )


def check_thresholds(app: Sphinx, builder: Builder) -> None:
    project = settings(app.config)
    options, say = project.options, project.texts.messages
    if not options.coverage_thresholds:
        return
    model = get_model(builder.env)
    report = coverage(model, options)
    for key, threshold in options.coverage_thresholds.items():
        figure = report.overall[key]
        if figure.percent is None or figure.percent >= threshold:
            continue
        for gap in figure.gaps:
            warn(
                WarningSubtype.COVERAGE,
                say.coverage_gap.format(
                    gap=gap,
                    metric=key,
                    percent=f"{figure.percent:.0f}",
                    setting=f"{PREFIX}coverage_thresholds",
                    threshold=f"{threshold:.0f}",
                    fix=_FIXES[key](say),
                ),
                model.location_of(gap),
            )


def setup_thresholds(app: Sphinx) -> None:
    # Once the settings are validated (config-inited, priority 6).
    app.connect("config-inited", check_metric_names, priority=7)
    # Once the model is built (env-updated), in every build.
    app.connect("write-started", check_thresholds)
