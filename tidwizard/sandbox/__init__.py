"""The sandbox Tid service: the TID-API.md contract as a real HTTP server on loopback.

Used by ``tidwizard demo``, the tests and the benchmarks. Start it with
:func:`tidwizard.sandbox.server.start_sandbox` (background thread) or ``tidwizard sandbox serve``.
"""
