"""The wizard's steps as data: order, title, and when each one applies.

The step indicator ("Steg 3 av 8") is computed from this list, so a new step (for example the
transfer of master data between the order choice and the summary) is one more entry here.
Before activation the picker is counted and the typed organisationsnummer is not; afterwards at
most one of them applies, so the count does not jump in the usual cases.
"""

from __future__ import annotations

from tidwizard.core.admin.models import edition_has_orders
from tidwizard.ui.wizard.flow import StepSpec
from tidwizard.ui.wizard.state import WizardState
from tidwizard.ui.wizard.step_activate import ActivateStep
from tidwizard.ui.wizard.step_client_name import ClientNameStep
from tidwizard.ui.wizard.step_company import CompanyStep
from tidwizard.ui.wizard.step_import_as import ImportAsStep
from tidwizard.ui.wizard.step_master_data import MasterDataStep
from tidwizard.ui.wizard.step_orgnr import OrgnrStep
from tidwizard.ui.wizard.step_reminder import ReminderStep
from tidwizard.ui.wizard.step_summary import SummaryStep
from tidwizard.ui.wizard.step_tid_orgnr import TidOrgnrStep
from tidwizard.ui.wizard.step_welcome import WelcomeStep


def adds_client(state: WizardState) -> bool:
    """Only when a client is added from the client list: its name comes first."""
    return state.taken_client_names is not None


def picker_applies(state: WizardState) -> bool:
    """Until activation has answered we cannot know; afterwards only with several companies."""
    return state.activation is None or bool(state.activation.needs_picker)


def typed_orgnr_applies(state: WizardState) -> bool:
    """Only once activation has answered that the service names no company (no list, no
    company endpoint): then Tid's organisationsnummer is read in Tid and typed."""
    return state.activation is not None and state.activation.needs_typed_orgnr


def order_choice_applies(state: WizardState) -> bool:
    """Orders exist only in Administration 1000 and 2000."""
    return state.edition is None or edition_has_orders(state.edition)


def wizard_steps() -> tuple[StepSpec, ...]:
    return (
        StepSpec("client", ClientNameStep, adds_client),
        StepSpec("welcome", WelcomeStep),
        StepSpec("orgnr", OrgnrStep),
        StepSpec("activate", ActivateStep),
        StepSpec("company", CompanyStep, picker_applies),
        StepSpec("tid_orgnr", TidOrgnrStep, typed_orgnr_applies),
        StepSpec("reminder", ReminderStep),
        StepSpec("import_as", ImportAsStep, order_choice_applies),
        StepSpec("master_data", MasterDataStep),
        StepSpec("summary", SummaryStep),
    )
