"""A failed activation points at `tidwizard doctor`, with the address and id to probe."""

from __future__ import annotations

import pytest

from tidwizard.core.setup import SetupError, activate
from tidwizard.sandbox.server import RunningSandbox


async def test_a_refused_activation_names_the_doctor_with_the_address_and_id(
    sandbox: RunningSandbox,
) -> None:
    with pytest.raises(SetupError) as caught:
        await activate(sandbox.url, "demo", "wrong", "556677-8899")
    message = caught.value.message
    assert message.startswith("Tid godkände inte inloggningsuppgifterna")
    assert f"tidwizard doctor --url {sandbox.url} --client-id demo" in message
    assert "wrong" not in message  # never the secret


async def test_a_wrong_address_is_not_sent_to_the_doctor() -> None:
    with pytest.raises(SetupError) as caught:
        await activate("http://tid.example.test", "demo", "demo", "556677-8899")
    assert "doctor" not in caught.value.message
