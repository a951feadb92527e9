"""Errors raised for inputs that cannot become articles. Each message names the source."""

from __future__ import annotations


class SourceError(Exception):
    """An input that cannot be turned into articles (the message names the source)."""

    def __init__(self, source: str, reason: str):
        super().__init__(f"{source}: {reason}")
        self.source = source
        self.reason = reason


class DecodeError(SourceError):
    """Bytes that decode in no supported encoding without loss."""


class BinaryInputError(SourceError):
    """Bytes that are an image, archive or other non-text file."""


class EmptyInputError(SourceError):
    """A file or page with no text in it."""


class MissingInputError(SourceError):
    """A path that does not exist (mistyped, or moved away before it was read)."""


class InputTooLargeError(SourceError):
    """An input above the size the text stages accept."""
