"""Keep Python's full garbage collections short while the import screen works.

With 2,000 bases listed the process holds a few hundred thousand objects, and every full
collection walks them all: 70-250 ms in which the screen answers no key (found by the
responsiveness benchmark). Nearly all of them live as long as the screen (Textual, the listed
bases and their rows in the table, the modules), so once the screen shows the bases they are
collected once and then frozen out of every later collection; an import's full collections
then walk only what the import made.
Unfreezing first means each listing starts over: garbage frozen with them is collected then.
"""

from __future__ import annotations

import gc


def collect_then_freeze() -> None:
    """Collect everything once, then leave the survivors out of later collections."""
    gc.unfreeze()
    gc.collect()
    gc.freeze()
