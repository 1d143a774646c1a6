"""Textual stylesheets, shipped inside the package (nutgraf.styles)."""
