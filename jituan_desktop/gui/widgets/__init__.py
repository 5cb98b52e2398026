"""Widgets the pages share: pickers, form rows with inline errors, editors and lists."""
