"""One picture per wizard step, the same every time: `python -m tidwizard.ui.screenshots [DIR]`.

Each scene is a prepared :class:`WizardState` (a fixed address, a fixed company path, an
activation built from the demo data) and a step to open, so no network, temporary path or port
shows. The snapshot tests use the same scenes.
"""

from __future__ import annotations

import asyncio
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from textual.pilot import Pilot

from tidwizard.core import demo_data
from tidwizard.core.admin.models import CompanyInfo, Edition
from tidwizard.core.i18n import set_language, t
from tidwizard.core.orgnr import same_orgnr
from tidwizard.core.paths import Home
from tidwizard.core.settings import Settings
from tidwizard.core.setup import ActivationResult, CompanyChoice
from tidwizard.core.tid import InvalidCredentials
from tidwizard.core.wire import Company
from tidwizard.ui.app import TidwizardApp
from tidwizard.ui.master_data import scenes as master_data_scenes
from tidwizard.ui.wizard.state import WizardState

SIZE = (80, 24)
FIXED_URL = "http://127.0.0.1:8765"
FIXED_HOME = Path("/home/anna/.local/share/tidwizard")


def demo_company(edition: Edition = "2000") -> CompanyInfo:
    return CompanyInfo(
        name=demo_data.DEMO_COMPANY_NAME,
        org_number=demo_data.DEMO_COMPANY_ORGNR,
        edition=edition,
        program_version=demo_data.DEMO_COMPANY_VERSION,
        path=FIXED_HOME / "companies" / "demo-konsult-ab.sqlite",
    )


def demo_activation(orgnr: str = demo_data.DEMO_COMPANY_ORGNR) -> ActivationResult:
    """What activating the demo login answers (the same companies the sandbox has)."""
    return ActivationResult(
        [
            CompanyChoice(
                Company(id=i, name=name, organization_number=number), same_orgnr(orgnr, number)
            )
            for i, name, number in demo_data.TID_COMPANIES
        ]
    )


def prepared_state(*, activated: bool = True, edition: Edition = "2000") -> WizardState:
    state = WizardState(
        home=Home.resolve(FIXED_HOME),
        tid_url=FIXED_URL,
        administration=demo_company(edition),
        administration_path=demo_company(edition).path,
        orgnr_text=demo_data.DEMO_COMPANY_ORGNR,
        client_id=demo_data.DEMO_CLIENT_ID,
        secret=demo_data.DEMO_SECRET,
    )
    if activated:
        state.record_activation(demo_activation())
        state.tid_company = state.activation.choosable[0] if state.activation else None
    return state


@dataclass(frozen=True)
class Scene:
    name: str
    step: str
    lang: str = "sv"
    activated: bool = True
    edition: Edition = "2000"
    hint: bool = False
    prepare: Callable[[Pilot], object] | None = None
    # Applied to the prepared state before the App starts (what earlier steps left there).
    setup: Callable[[WizardState], None] | None = None

    def app(self) -> TidwizardApp:
        set_language(self.lang)
        state = prepared_state(activated=self.activated, edition=self.edition)
        state.language = self.lang
        if self.setup is not None:
            self.setup(state)
        if self.hint:
            login = t(
                "demo.login", client_id=demo_data.DEMO_CLIENT_ID, secret=demo_data.DEMO_SECRET
            )
            state.credentials_hint = t("demo.hint", login=login)
        return TidwizardApp(state, Settings(), steady=True, start_step=self.step)

    async def run_before(self, pilot: Pilot) -> None:
        await pilot.pause()
        if self.prepare is not None:
            self.prepare(pilot)
            await pilot.pause()


def _activation_refused(pilot: Pilot) -> None:
    from tidwizard.ui.wizard.step_activate import ActivationAnswered

    # Exactly what the activation worker posts when Tid refuses the login.
    pilot.app.screen.post_message(ActivationAnswered(None, InvalidCredentials().user_message()))


def _no_company_named(state: WizardState) -> None:
    """What activating answers on a service without company endpoints (the public API), and
    a number typed from Tid."""
    state.record_activation(ActivationResult([], listed=False))
    state.tid_orgnr_text = demo_data.DEMO_COMPANY_ORGNR


def _unlock_address(pilot: Pilot) -> None:
    pilot.app.screen.query_one("#reminder-unlock").press()


SCENES: tuple[Scene, ...] = (
    Scene("01-valkommen", "welcome", activated=False),
    Scene("02-organisationsnummer", "orgnr", activated=False),
    Scene("03-aktivera", "activate", activated=False, hint=True),
    Scene("04-valj-foretag", "company"),
    Scene("04b-organisationsnummer-i-tid", "tid_orgnr", setup=_no_company_named),
    Scene("05-paminnelse-och-sokvag", "reminder"),
    Scene("05b-sokvag-upplast", "reminder", prepare=_unlock_address),
    Scene("06-faktura-eller-order", "import_as"),
    Scene("07-grunduppgifter", "master_data", setup=master_data_scenes.counted),
    Scene(
        "07b-grunduppgifter-skickar",
        "master_data",
        setup=master_data_scenes.counted,
        prepare=master_data_scenes.sending,
    ),
    Scene("07c-grunduppgifter-skickat", "master_data", setup=master_data_scenes.sent),
    Scene("08-sammanfattning", "summary"),
    Scene("08b-sammanfattning-500", "summary", edition="500"),
    Scene(
        "en-activation-error", "activate", lang="en", activated=False, prepare=_activation_refused
    ),
    Scene("en-company-picker", "company", lang="en"),
)


async def save_scene(scene: Scene, folder: Path) -> Path:
    app = scene.app()
    async with app.run_test(size=SIZE) as pilot:
        await scene.run_before(pilot)
        await pilot.pause()
        return Path(app.save_screenshot(f"{scene.name}.svg", path=str(folder)))


async def save_all(folder: Path) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    return [await save_scene(scene, folder) for scene in SCENES]


def main(argv: list[str] | None = None) -> int:
    """Every picture in ``screenshots/``: the wizard's steps, then the import screen's scenes."""
    from tidwizard.ui.importing.scenes import save_import_screenshots

    args = sys.argv[1:] if argv is None else argv
    folder = Path(args[0] if args else "screenshots")
    for path in asyncio.run(save_all(folder)) + save_import_screenshots(folder):
        print(path)
    return 0


if __name__ == "__main__":
    sys.exit(main())
