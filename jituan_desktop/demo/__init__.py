"""The demo: a whole alliance to try the app on, and practice records for a real school.

Not a use case of the product but a tool around it, so it sits above the services it calls
(:mod:`.practice` saves through the ordinary use cases) and the storage it writes in bulk
(:mod:`.generator`). Only the entry points (``cli``, ``app``) import it; nothing in the
layers below may (tests/test_layers.py).
"""
