"""What a company file needs of the machine (issue 13, item 20): an SQLite that reads STRICT
tables (3.37), said clearly by every command that opens a company file; and a warning, not a
refusal, for a company file on a network share, where WAL does not work."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path
from typing import Any

import pytest

from support.cli import Run, cli_runner, set_up_demo
from tidwizard.core.admin import AdministrationStore, create_demo_company, machine
from tidwizard.core.admin.machine import SqliteTooOld, filesystem_type, network_share
from tidwizard.core.logfile import stop_logging
from tidwizard.core.paths import Home

# /proc/self/mountinfo of a machine with the home on ext4, a Samba share, an NFS share mounted
# over part of it, an sshfs mount and a mount point with a space in its name.
MOUNTINFO = """\
22 1 259:2 / / rw,relatime shared:1 - ext4 /dev/nvme0n1p2 rw
25 22 0:23 / /proc rw,nosuid,nodev,noexec,relatime shared:12 - proc proc rw
61 22 0:51 / /mnt/kontoret rw,relatime shared:30 - cifs //nas/bokforing rw,vers=3.1.1
62 61 0:52 / /mnt/kontoret/lokal rw,relatime shared:31 - ext4 /dev/sdb1 rw
63 61 0:53 / /mnt/kontoret/nfs rw,relatime shared:32 - nfs4 nas:/export rw,vers=4.2
64 22 0:54 / /home/anna/fj\\344rr rw,relatime - fuse.sshfs anna@server:/ rw
65 22 0:55 / /media/Mina\\040filer rw,relatime shared:33 - nfs server:/filer rw
66 22 0:56 / /mnt/usb rw,relatime shared:34 master:2 - vfat /dev/sdc1 rw
"""


@pytest.fixture
def run(capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> Run:
    def stopped(*argv: str) -> tuple[int, str, str]:
        try:
            return cli_runner(capsys, monkeypatch)(*argv)
        finally:
            stop_logging()

    return stopped


@pytest.mark.parametrize(
    ("folder", "kind"),
    [
        ("/home/anna/tidwizard/companies", "ext4"),
        ("/mnt/kontoret", "cifs"),
        ("/mnt/kontoret/bolag", "cifs"),
        ("/mnt/kontoret/lokal/bolag", "ext4"),  # a local disk mounted inside the share
        ("/mnt/kontoret/nfs", "nfs4"),
        ("/mnt/kontoretet", "ext4"),  # a neighbour's name, not below the share
        ("/home/anna/fj\\344rr/x", "fuse.sshfs"),
        ("/media/Mina filer/bolag", "nfs"),  # \040 is a space
        ("/mnt/usb", "vfat"),
    ],
)
def test_the_file_system_of_a_folder_is_read_from_mountinfo(folder: str, kind: str) -> None:
    assert filesystem_type(Path(folder), MOUNTINFO) == kind


def test_a_later_mount_on_the_same_point_covers_the_earlier() -> None:
    text = MOUNTINFO + "70 22 0:60 / /mnt/kontoret rw - ext4 /dev/sdd1 rw\n"
    assert filesystem_type(Path("/mnt/kontoret/bolag"), text) == "ext4"
    assert filesystem_type(Path("/x"), "nonsense\n\n1 2 3\n") is None


@pytest.fixture
def on_a_share(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The machine's mount table as it would read with ``tmp_path`` on an NFS share."""
    folder = tmp_path.resolve()
    fake = tmp_path / "mountinfo"
    fake.write_text(f"{MOUNTINFO}90 22 0:70 / {folder} rw - nfs4 nas:/bolag rw\n")
    monkeypatch.setattr(machine, "MOUNTINFO", fake)
    machine._share_of_folder.cache_clear()
    monkeypatch.setattr(machine, "_warned", set())
    yield folder
    machine._share_of_folder.cache_clear()


def test_a_company_file_on_a_local_disk_is_no_share(tmp_path: Path) -> None:
    machine._share_of_folder.cache_clear()
    assert network_share(tmp_path / "bolaget.sqlite") is None


def test_create_and_open_on_a_share_warn_on_stderr_and_go_on(
    run: Run, on_a_share: Path, home_dir: Path
) -> None:
    path = on_a_share / "delad" / "bolaget.sqlite"
    assert network_share(path) == "nfs4"
    code, out, err = run("company", "create", "--demo", "--path", str(path), "--json")
    assert code == 0 and json.loads(out)  # not refused; stdout is the JSON alone
    assert "nätverksenhet (nfs4)" in err and "lokal disk" in err and str(path) in err
    assert err.count("nätverksenhet") == 1
    machine._warned.clear()  # as in a new process: once per file and process
    code, out, err = run("company", "show", str(path), "--lang", "en")
    assert code == 0
    assert "network share (nfs4)" in err and "WAL" in err
    # The warning is in the log file too.
    log = (Home.resolve(home_dir).log_dir / "tidwizard.log").read_text("utf-8")
    assert "WARNING tidwizard.admin: " in log and "nfs4" in log


OLD_SQLITE = "3.31.1"


@pytest.fixture
def old_sqlite(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sqlite3, "sqlite_version", OLD_SQLITE)


def assert_says_sqlite_is_too_old(text: str) -> None:
    assert OLD_SQLITE in text and "3.37" in text and "Python" in text, text


def test_an_sqlite_older_than_3_37_is_refused_with_what_to_do(
    tmp_path: Path, old_sqlite: None
) -> None:
    with pytest.raises(SqliteTooOld) as caught:
        create_demo_company(tmp_path / "demo.sqlite")
    assert_says_sqlite_is_too_old(str(caught.value))
    assert not (tmp_path / "demo.sqlite").exists()


def test_every_command_that_opens_a_company_file_says_the_sqlite_is_too_old(
    run: Run, home_dir: Path, sandbox: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    home = Home.resolve(home_dir)
    company = set_up_demo(
        home,
        sandbox.url,
        monkeypatch,
        client_id="gammal",
        secret="gammal-hemlis",
        import_as="invoice",
    )
    monkeypatch.setattr(sqlite3, "sqlite_version", OLD_SQLITE)
    for argv in (
        ("company", "create", "--demo", "--path", str(home_dir / "ny.sqlite")),
        ("company", "list"),
        ("company", "show"),
        ("import", "--yes"),
        ("import", "--dry-run"),
        ("export",),
        ("status",),
    ):
        code, out, err = run(*argv)
        assert code == 2, (argv, out, err)
        assert_says_sqlite_is_too_old(out + err)
    code, out, _ = run("status", "--json")
    assert code == 2
    assert any(OLD_SQLITE in problem for problem in json.loads(out)["problems"])
    monkeypatch.setattr(sqlite3, "sqlite_version", "3.37.0")  # exactly enough
    with AdministrationStore.open(company) as store:
        assert store.company().name


async def test_the_wizard_shows_a_notice_for_a_company_file_on_a_share(
    on_a_share: Path, sandbox: Any
) -> None:
    from support.waiting import wait_until
    from support.wizard import demo_home, text_of, wizard_app

    app = wizard_app(demo_home(on_a_share / "hem"), sandbox.url)
    async with app.run_test(size=(80, 24)) as pilot:
        await wait_until(pilot, lambda: app.state.administration is not None)
        await wait_until(pilot, lambda: bool(text_of(pilot, "#welcome-share")))
        notice = pilot.app.screen.query_one("#welcome-share")
        assert notice.display and "nätverksenhet (nfs4)" in text_of(pilot, "#welcome-share")
        assert app.state.administration is not None  # a warning, not a refusal


async def test_the_wizard_shows_no_notice_on_a_local_disk(tmp_path: Path, sandbox: Any) -> None:
    from support.waiting import wait_until
    from support.wizard import demo_home, text_of, wizard_app

    machine._share_of_folder.cache_clear()
    app = wizard_app(demo_home(tmp_path / "hem"), sandbox.url)
    async with app.run_test(size=(80, 24)) as pilot:
        await wait_until(pilot, lambda: app.state.administration is not None)
        await pilot.pause()
        assert not pilot.app.screen.query_one("#welcome-share").display
        assert text_of(pilot, "#welcome-share") == ""


async def test_the_wizard_says_the_sqlite_is_too_old(
    tmp_path: Path, sandbox: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    from support.waiting import wait_until
    from support.wizard import demo_home, message, wizard_app

    home = demo_home(tmp_path / "hem")
    monkeypatch.setattr(sqlite3, "sqlite_version", OLD_SQLITE)
    app = wizard_app(home, sandbox.url)
    async with app.run_test(size=(80, 24)) as pilot:
        await wait_until(pilot, lambda: OLD_SQLITE in message(pilot))
        assert_says_sqlite_is_too_old(message(pilot))
        assert message(pilot).startswith("Den här Python har SQLite")  # not "something unexpected"
        assert app.state.administration is None
