"""Versions of the wire contract."""

API_PREFIX = "/v1"
