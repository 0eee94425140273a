"""Versions of the wire contract."""

API_PREFIX = "/v1"
PROTOCOL_VERSION = 1
