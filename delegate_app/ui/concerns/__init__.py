"""Knelpunten: the concern register, its editors, and merging duplicates."""
