"""Moves between the wizard's steps; knows the order, never the content of a step.

The steps themselves are given (``steps.wizard_steps()``): each step's screen is built with the
flow, so the flow cannot import them back.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from textual.app import App
from textual.screen import Screen

from tidwizard.ui.wizard.state import WizardState

if TYPE_CHECKING:
    from tidwizard.core.settings import Settings


def _always(state: WizardState) -> bool:
    return True


@dataclass(frozen=True)
class StepSpec:
    """One step: its key, how its screen is built, and when it applies."""

    key: str
    build: Callable[[WizardFlow], Screen[None]]
    applies: Callable[[WizardState], bool] = _always

    @property
    def title_key(self) -> str:
        return f"wizard.{self.key}.title"


class WizardFlow:
    def __init__(
        self,
        app: App[None],
        state: WizardState,
        steps: Sequence[StepSpec],
        *,
        on_saved: Callable[[Settings], None],
        on_close: Callable[[], None],
    ) -> None:
        self.app = app
        self.state = state
        self.steps = tuple(steps)
        self._on_saved = on_saved
        self._on_close = on_close
        self.returning_to: str | None = None  # the step an edit started from (the summary)

    def applicable(self) -> list[StepSpec]:
        return [spec for spec in self.steps if spec.applies(self.state)]

    def spec(self, key: str) -> StepSpec:
        return next(spec for spec in self.steps if spec.key == key)

    def applies(self, key: str) -> bool:
        """Whether step ``key`` applies, judged by the state as it is now."""
        return self.spec(key).applies(self.state)

    def position(self, key: str) -> tuple[int, int]:
        """(number of this step, number of steps) among those that apply now."""
        keys = [spec.key for spec in self.applicable()]
        number = keys.index(key) + 1 if key in keys else len(keys)
        return number, len(keys)

    def is_first(self, key: str) -> bool:
        return self._neighbour(key, -1) is None

    def start(self, key: str | None = None, *, over: bool = False) -> None:
        first = (self.spec(key) if key else self.applicable()[0]).build(self)
        # Over the import screen the wizard replaces it; on a fresh app it is the first screen;
        # ``over`` the client list it goes on top, the list kept to return to.
        if len(self.app.screen_stack) > 1 and not over:
            self.app.switch_screen(first)
        else:
            self.app.push_screen(first)

    def go(self, key: str) -> None:
        if key == self.returning_to:
            self.returning_to = None
        self.app.switch_screen(self.spec(key).build(self))

    def edit(self, key: str, *, returning_to: str) -> None:
        """Open ``key`` to change one choice; leaving it leads back to ``returning_to`` (the
        summary) as soon as nothing is missing there, not on through every step."""
        self.returning_to = returning_to
        self.go(key)

    def next(self, key: str) -> None:
        if self.returning_to is not None and self._may_return():
            self.go(self.returning_to)
            return
        following = self._neighbour(key, +1)
        if following is not None:
            self.go(following.key)

    def back(self, key: str) -> None:
        if self.returning_to is not None:
            self.go(self.returning_to)
            return
        previous = self._neighbour(key, -1)
        if previous is None:
            self._on_close()
        else:
            self.go(previous.key)

    def saved(self, settings: Settings) -> None:
        self._on_saved(settings)

    def _may_return(self) -> bool:
        return self.state.missing_before_save() is None

    def _neighbour(self, key: str, direction: int) -> StepSpec | None:
        """The nearest step in ``direction`` that applies, judged by the state as it is now."""
        keys = [spec.key for spec in self.steps]
        index = keys.index(key) + direction
        while 0 <= index < len(self.steps):
            if self.steps[index].applies(self.state):
                return self.steps[index]
            index += direction
        return None
