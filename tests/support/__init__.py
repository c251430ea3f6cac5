"""What the tests share: homes, Apps and waiting for the Pilot tests, the screenshots' fixed
states (drawn by ``scripts/screenshots.py`` and compared by the snapshot tests), a hostile HTTP
server, mocked Tid answers. Importable as ``support`` (``pythonpath`` in pyproject.toml)."""
