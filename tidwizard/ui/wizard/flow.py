"""Moves between the wizard's steps; knows the order, never the content of a step."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from textual.app import App

from tidwizard.ui.wizard.state import WizardState
from tidwizard.ui.wizard.steps import StepSpec, wizard_steps

if TYPE_CHECKING:
    from tidwizard.core.settings import Settings


class WizardFlow:
    def __init__(
        self,
        app: App[object],
        state: WizardState,
        *,
        on_saved: Callable[[Settings], None],
        on_close: Callable[[], None],
        steps: Sequence[StepSpec] | None = None,
    ) -> None:
        self.app = app
        self.state = state
        self.steps = tuple(steps if steps is not None else wizard_steps())
        self._on_saved = on_saved
        self._on_close = on_close

    def applicable(self) -> list[StepSpec]:
        return [spec for spec in self.steps if spec.applies(self.state)]

    def spec(self, key: str) -> StepSpec:
        return next(spec for spec in self.steps if spec.key == key)

    def position(self, key: str) -> tuple[int, int]:
        """(number of this step, number of steps) among those that apply now."""
        keys = [spec.key for spec in self.applicable()]
        number = keys.index(key) + 1 if key in keys else len(keys)
        return number, len(keys)

    def is_first(self, key: str) -> bool:
        return self._neighbour(key, -1) is None

    def start(self, key: str | None = None) -> None:
        first = (self.spec(key) if key else self.applicable()[0]).build(self)
        # Over the import screen the wizard replaces it; on a fresh app it is the first screen.
        if len(self.app.screen_stack) > 1:
            self.app.switch_screen(first)
        else:
            self.app.push_screen(first)

    def go(self, key: str) -> None:
        self.app.switch_screen(self.spec(key).build(self))

    def next(self, key: str) -> None:
        following = self._neighbour(key, +1)
        if following is not None:
            self.go(following.key)

    def back(self, key: str) -> None:
        previous = self._neighbour(key, -1)
        if previous is None:
            self._on_close()
        else:
            self.go(previous.key)

    def saved(self, settings: Settings) -> None:
        self._on_saved(settings)

    def _neighbour(self, key: str, direction: int) -> StepSpec | None:
        """The nearest step in ``direction`` that applies, judged by the state as it is now."""
        keys = [spec.key for spec in self.steps]
        index = keys.index(key) + direction
        while 0 <= index < len(self.steps):
            if self.steps[index].applies(self.state):
                return self.steps[index]
            index += direction
        return None
