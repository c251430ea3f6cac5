"""Every picture in ``screenshots/``: the wizard's steps, the import screen's, the client list.

    python scripts/screenshots.py            # writes screenshots/*.svg
    python scripts/screenshots.py DIR

The pictures are the snapshot tests' fixed states (``tests/support/wizard_screenshots.py``,
``import_screenshots.py`` and ``clients_screenshots.py``), so they are the same every time; the
import screen's and the client list are drawn against the demo sandbox in a thread.
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def main(argv: list[str] | None = None) -> int:
    sys.path.insert(0, str(ROOT / "tests"))  # the fixed states live with the snapshot tests
    from support.clients_screenshots import save_clients_screenshots
    from support.import_screenshots import save_import_screenshots
    from support.wizard_screenshots import save_wizard_screenshots

    args = sys.argv[1:] if argv is None else argv
    folder = Path(args[0]) if args else ROOT / "screenshots"
    drawn = save_wizard_screenshots(folder) + save_import_screenshots(folder)
    for path in drawn + save_clients_screenshots(folder):
        print(path)
    return 0


if __name__ == "__main__":
    sys.exit(main())
