"""The Standpunten view's parts: editor, responses matrix, tallies, versions and workflow."""
