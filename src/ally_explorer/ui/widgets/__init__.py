"""The window's parts: country list, detail pane, timeline, search."""
