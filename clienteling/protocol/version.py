"""Versions of the wire contract, and the headers a terminal reports its versions in."""

API_PREFIX = "/v1"

# The terminal protocol this code speaks: raised when HQ must refuse older terminals (a
# change older ones would get wrong). HQ refuses a terminal below the chain's
# `min_protocol` fleet setting with 426 `upgrade_required` (docs/api.md, "Versions").
PROTOCOL_VERSION = 1

# Sent by the terminal on every request (clienteling/api/client.py); HQ keeps the last
# ones on the terminal's row (GET /v1/devices). A terminal without them is an older one:
# protocol 0.
APP_VERSION_HEADER = "Clienteling-App-Version"
CACHE_SCHEMA_HEADER = "Clienteling-Cache-Schema"
PROTOCOL_HEADER = "Clienteling-Protocol"

# Where the terminal stands, sent on every request beside its versions (counts and a time,
# never what the writes hold): when it last finished a sync of every collection (ISO 8601
# with its offset), and how many of its associates' writes wait for HQ or were refused by
# it. HQ keeps them on the terminal's row for the manager's terminals list; a value it
# cannot read is ignored (docs/api.md, "Terminals and revoking them").
LAST_SYNC_HEADER = "Clienteling-Last-Sync"
QUEUED_HEADER = "Clienteling-Queued-Writes"
PARKED_HEADER = "Clienteling-Parked-Writes"
