"""What a build works out once from its environment (the process model, the checked
vendors, the review state ...): kept beside the environment for the build, never in it.

Sphinx pickles the environment for the next build, which works these out again from the
pages anyway; in the environment they would only make every build load and store more.
They are forgotten when a build starts reading its pages.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any, TypeVar
from weakref import WeakKeyDictionary

if TYPE_CHECKING:
    from sphinx.application import Sphinx
    from sphinx.environment import BuildEnvironment

T = TypeVar("T")

_VALUES: WeakKeyDictionary[BuildEnvironment, dict[str, Any]] = WeakKeyDictionary()


def build_value(env: BuildEnvironment, key: str, make: Callable[[], T]) -> T:
    """The value ``key`` of this build, made by ``make`` the first time it is asked for."""
    values = _VALUES.setdefault(env, {})
    if key not in values:
        values[key] = make()
    value: T = values[key]
    return value


def set_build_value(env: BuildEnvironment, key: str, value: object) -> None:
    _VALUES.setdefault(env, {})[key] = value


def pop_build_value(env: BuildEnvironment, key: str) -> Any:
    """The value ``key`` of this build, no longer kept; None if there is none."""
    return _VALUES.get(env, {}).pop(key, None)


def forget_build_values(app: Sphinx, env: BuildEnvironment, docnames: list[str]) -> None:
    _VALUES.pop(env, None)


def setup_build_values(app: Sphinx) -> None:
    app.connect("env-before-read-docs", forget_build_values)
