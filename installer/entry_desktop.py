"""Entry script of the frozen app (PyInstaller runs a script, not a package's module):
``jituan-desktop`` with every option of :mod:`jituan_desktop.app`, ``--self-test`` included."""

from jituan_desktop.app import main

raise SystemExit(main())
