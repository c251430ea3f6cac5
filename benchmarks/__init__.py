"""tidwizard's benchmark suite: ``python -m benchmarks [--quick] [--only a,b] [--output FILE]``.

Every figure is a ratio against a baseline measured in the same run, on the same machine, so the
figures travel between machines; no absolute time is asserted anywhere.
"""
