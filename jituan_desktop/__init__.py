"""Jituan Desktop (集团化办学助手): records, compliance and sync for school alliances."""

APP_NAME = "jituan-desktop"


def __getattr__(name: str):
    """``__version__``, read from the installed package's metadata when first asked for:
    importlib.metadata and its search for the package take ~60 ms, which the desktop app
    would pay before its window shows though only ``--version``, the self-test and the sync
    documents ever need it."""
    if name != "__version__":
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    from importlib.metadata import PackageNotFoundError, version

    try:
        value = version("jituan-desktop")
    except PackageNotFoundError:  # running from a source tree that was never installed
        value = "0.0.0+source"
    globals()["__version__"] = value
    return value
