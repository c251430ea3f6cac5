"""Keep Python's full garbage collections short while the import screen works.

Once 2,000 bases are listed the process holds about 240,000 objects, and every full collection
walks them all: 70-250 ms in which the screen cannot answer a key (found by the responsiveness
benchmark). Almost all of them live as long as the screen (Textual, the rows, the modules), so
at a calm moment (the bases listed, a run ended) they are collected once and then frozen out of
every later collection. Collecting first, and unfreezing what the last calm moment froze, keeps
cyclic garbage from being frozen for good: nothing is left uncollected past the next calm moment.
"""

from __future__ import annotations

import gc


def settle() -> None:
    """Collect everything once, then leave the survivors out of later collections."""
    gc.unfreeze()
    gc.collect()
    gc.freeze()
