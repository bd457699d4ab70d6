"""Coverage thresholds: a metric below its threshold fails the build, one warning per gap."""

from __future__ import annotations

from typing import TYPE_CHECKING

from sphinx.errors import ConfigError

from lastenheft.config import PREFIX, settings
from lastenheft.model.store import get_model
from lastenheft.views.traceability.coverage import METRIC_KEYS, coverage
from lastenheft.warnings_ import WarningSubtype, warn

if TYPE_CHECKING:
    from sphinx.application import Sphinx
    from sphinx.builders import Builder
    from sphinx.config import Config

_FIXES = {
    "activities_with_requirement": "derive a requirement from it (':derived_from:')",
    "requirements_with_activity": "name the activities it is derived from (':derived_from:')",
    "mandatory_with_test": "add an acceptance test that verifies it (':verifies:')",
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
    options = settings(app.config).options
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
                f"'{gap}' is a gap in {key}: {figure.percent:.0f} % where "
                f"{PREFIX}coverage_thresholds asks for {threshold:.0f} %. To close it, "
                f"{_FIXES[key]}.",
                model.location_of(gap),
            )


def setup_thresholds(app: Sphinx) -> None:
    # Once the settings are validated (config-inited, priority 6).
    app.connect("config-inited", check_metric_names, priority=7)
    # Once the model is built (env-updated), in every build.
    app.connect("write-started", check_thresholds)
