"""One picture per wizard step, the same every time, drawn by ``scripts/screenshots.py``.

Each screenshot is a prepared :class:`WizardState` (a fixed address, a fixed company path, an
activation built from the demo data) and a step to open, so no network, temporary path or port
shows. The snapshot tests use the same states.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from textual.pilot import Pilot

from support import master_data_screenshots
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
class Screenshot:
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


SCREENSHOTS: tuple[Screenshot, ...] = (
    Screenshot("01-valkommen", "welcome", activated=False),
    Screenshot("02-organisationsnummer", "orgnr", activated=False),
    Screenshot("03-aktivera", "activate", activated=False, hint=True),
    Screenshot("04-valj-foretag", "company"),
    Screenshot("04b-organisationsnummer-i-tid", "tid_orgnr", setup=_no_company_named),
    Screenshot("05-paminnelse-och-sokvag", "reminder"),
    Screenshot("05b-sokvag-upplast", "reminder", prepare=_unlock_address),
    Screenshot("06-faktura-eller-order", "import_as"),
    Screenshot("07-grunduppgifter", "master_data", setup=master_data_screenshots.counted),
    Screenshot(
        "07b-grunduppgifter-skickar",
        "master_data",
        setup=master_data_screenshots.counted,
        prepare=master_data_screenshots.sending,
    ),
    Screenshot("07c-grunduppgifter-skickat", "master_data", setup=master_data_screenshots.sent),
    Screenshot("08-sammanfattning", "summary"),
    Screenshot("08b-sammanfattning-500", "summary", edition="500"),
    Screenshot(
        "en-activation-error", "activate", lang="en", activated=False, prepare=_activation_refused
    ),
    Screenshot("en-company-picker", "company", lang="en"),
)


async def save_screenshot_of(screenshot: Screenshot, folder: Path) -> Path:
    app = screenshot.app()
    async with app.run_test(size=SIZE) as pilot:
        await screenshot.run_before(pilot)
        await pilot.pause()
        return Path(app.save_screenshot(f"{screenshot.name}.svg", path=str(folder)))


def save_wizard_screenshots(folder: Path) -> list[Path]:
    """Draw every wizard screenshot into ``folder``."""
    folder.mkdir(parents=True, exist_ok=True)

    async def draw_all() -> list[Path]:
        return [await save_screenshot_of(screenshot, folder) for screenshot in SCREENSHOTS]

    return asyncio.run(draw_all())
