"""Closed vocabularies shared by the terminal and HQ."""

from enum import StrEnum


class Channel(StrEnum):
    STORE = "store"
    WEB = "web"
    APP = "app"
    MARKETPLACE = "marketplace"


class Role(StrEnum):
    ASSOCIATE = "associate"
    TRAINEE = "trainee"
    MANAGER = "manager"


class Tier(StrEnum):
    MEMBER = "member"
    SILVER = "silver"
    GOLD = "gold"
    PLATINUM = "platinum"


class Language(StrEnum):
    PORTUGUESE = "pt"
    SPANISH = "es"
    RUSSIAN = "ru"
    ENGLISH = "en"


class Fulfilment(StrEnum):
    SHIP_TO_ADDRESS = "ship"
    PICK_UP = "pickup"


class OrderStatus(StrEnum):
    PLACED = "placed"
    RESERVED = "reserved"
    PICKED = "picked"
    SHIPPED = "shipped"
    DELIVERED = "delivered"
    READY_FOR_PICKUP = "ready_for_pickup"
    COLLECTED = "collected"
    CANCELLED = "cancelled"


class TaskStatus(StrEnum):
    OPEN = "open"
    DONE = "done"


class Connectivity(StrEnum):
    """How the terminal reaches HQ right now, as the last request or probe found it."""

    UNKNOWN = "unknown"  # nothing tried yet: connecting, not offline
    ONLINE = "online"
    DEGRADED = "degraded"  # HQ answers, but slowly or with errors
    OFFLINE = "offline"


class OrderState(StrEnum):
    """Where an order placed on this terminal stands, before and after HQ's answer."""

    QUEUED = "queued"  # in the outbox; sent when HQ can be reached
    CONFIRMED = "confirmed"  # HQ accepted it (its status says how far it got)
    REJECTED = "rejected"  # HQ refused it (parked with the reason and alternatives)


class WriteState(StrEnum):
    """Where a note, edit or rating made on this terminal stands."""

    SENT = "sent"  # HQ has it
    WAITING = "waiting"  # queued here, sent when HQ can be reached
    REFUSED = "refused"  # HQ said no; the reason is kept with it
