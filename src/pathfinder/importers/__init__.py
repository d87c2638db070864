"""Importers that turn public career taxonomies (ESCO, O*NET) into Pathfinder packs.

They read local files only, never the network, and write the same bytes for the same input.
"""

from __future__ import annotations


class ImportFailed(Exception):
    """The input cannot be imported; the message is one line a user can act on."""
