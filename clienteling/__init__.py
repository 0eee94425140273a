"""Clienteling: the store associate's terminal app and the HQ service it syncs with."""

__version__ = "0.1.0"
