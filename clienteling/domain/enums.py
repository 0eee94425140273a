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
