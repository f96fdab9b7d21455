"""Errors the core raises; the CLI maps them to exit codes, the GUI to dialogs."""

from __future__ import annotations


class DelegateAppError(Exception):
    """Base class for errors with a message meant for the user."""


class ValidationError(DelegateAppError):
    """Bad input: a field, row or file that cannot be accepted (CLI exit 2)."""

    def __init__(self, message: str, *, field: str | None = None, row: int | None = None) -> None:
        super().__init__(message)
        self.field = field
        self.row = row


class NotFoundError(ValidationError):
    """A record the user named does not exist."""


class StoreError(DelegateAppError):
    """The store cannot be used as asked (CLI exit 3)."""


class StoreLockedError(StoreError):
    """Another Regiostem instance holds the store."""


class StoreDamagedError(StoreError):
    """The store file fails its integrity check."""


class StoreTooNewError(StoreError):
    """The store was written by a newer version of Regiostem."""
