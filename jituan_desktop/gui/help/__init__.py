"""Help inside the app: the 快速入门 window (quick_start.open_quick_start)."""
