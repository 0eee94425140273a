"""Words as the associate reads them: the vocabularies behind codes (tiers, segments,
channels, colours, statuses). Numbers, money, dates and items: formats.py.

Every visible word goes through Qt's translate() with the context "Texts", so
lupdate finds them here and translators see them once.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from .field_reasons import field_reason


def tier_name(tier: str) -> str:
    names = {
        "member": QCoreApplication.translate("Texts", "Member"),
        "silver": QCoreApplication.translate("Texts", "Silver"),
        "gold": QCoreApplication.translate("Texts", "Gold"),
        "platinum": QCoreApplication.translate("Texts", "Platinum"),
    }
    return names.get(tier, _as_words(tier))


def channel_name(channel: str) -> str:
    names = {
        "store": QCoreApplication.translate("Texts", "Store"),
        "web": QCoreApplication.translate("Texts", "Web"),
        "app": QCoreApplication.translate("Texts", "App"),
        "marketplace": QCoreApplication.translate("Texts", "Marketplace"),
    }
    return names.get(channel, channel)


def role_name(role: str) -> str:
    names = {
        "associate": QCoreApplication.translate("Texts", "Associate"),
        "trainee": QCoreApplication.translate("Texts", "Trainee"),
        "manager": QCoreApplication.translate("Texts", "Manager"),
    }
    return names.get(role, role)


def reason_name(reason: str) -> str:
    names = {
        "browsing": QCoreApplication.translate("Texts", "Browsing"),
        "gift": QCoreApplication.translate("Texts", "Gift"),
        "event": QCoreApplication.translate("Texts", "Event"),
        "alteration": QCoreApplication.translate("Texts", "Alteration"),
        "return": QCoreApplication.translate("Texts", "Return"),
        "pickup": QCoreApplication.translate("Texts", "Pick-up"),
        "appointment": QCoreApplication.translate("Texts", "Appointment"),
        "other": QCoreApplication.translate("Texts", "Other"),
    }
    return names.get(reason, reason)


def language_name(code: str | None) -> str:
    names = {
        "pt": QCoreApplication.translate("Texts", "Portuguese"),
        "es": QCoreApplication.translate("Texts", "Spanish"),
        "ru": QCoreApplication.translate("Texts", "Russian"),
        "en": QCoreApplication.translate("Texts", "English"),
    }
    return names.get(code or "", code or "—")


def order_status_name(status: str) -> str:
    names = {
        "placed": QCoreApplication.translate("Texts", "Placed"),
        "reserved": QCoreApplication.translate("Texts", "Reserved"),
        "picked": QCoreApplication.translate("Texts", "Picked"),
        "shipped": QCoreApplication.translate("Texts", "Shipped"),
        "delivered": QCoreApplication.translate("Texts", "Delivered"),
        "ready_for_pickup": QCoreApplication.translate("Texts", "Ready for pick-up"),
        "collected": QCoreApplication.translate("Texts", "Collected"),
        "cancelled": QCoreApplication.translate("Texts", "Cancelled"),
    }
    return names.get(status, status)


def collection_name(collection: str) -> str:
    """A kind of data the terminal syncs (protocol.sync.COLLECTIONS), as the first sync says it."""
    names = {
        "stores": QCoreApplication.translate("Texts", "the stores"),
        "products": QCoreApplication.translate("Texts", "the products"),
        "associates": QCoreApplication.translate("Texts", "the associates"),
        "shoppers": QCoreApplication.translate("Texts", "the shoppers"),
        "purchases": QCoreApplication.translate("Texts", "the purchases"),
        "notes": QCoreApplication.translate("Texts", "the notes"),
        "wishlist": QCoreApplication.translate("Texts", "the wishlists"),
        "tasks": QCoreApplication.translate("Texts", "the tasks"),
        "stock": QCoreApplication.translate("Texts", "the stock"),
        "orders": QCoreApplication.translate("Texts", "the orders"),
    }
    return names.get(collection) or _as_words(collection).lower()


def _as_words(code: str) -> str:
    """A code nobody translated yet, readable: 'gift-buyer' -> 'Gift buyer'."""
    words = code.replace("_", " ").replace("-", " ").strip()
    return words[:1].upper() + words[1:]


def segment_name(segment: str) -> str:
    names = {
        "new": QCoreApplication.translate("Texts", "New"),
        "lapsed": QCoreApplication.translate("Texts", "Lapsed"),
        "vip": QCoreApplication.translate("Texts", "VIP"),
        "gift-buyer": QCoreApplication.translate("Texts", "Gift buyer"),
        "online-first": QCoreApplication.translate("Texts", "Online first"),
        "event-goer": QCoreApplication.translate("Texts", "Event-goer"),
    }
    return names.get(segment.lower().replace("_", "-"), _as_words(segment))


# The catalog's colours, by name or by the code in the SKU.
_COLOUR_CODES = {
    "BLK": "black", "WHT": "white", "NVY": "navy", "GRY": "grey", "BEI": "beige",
    "OLV": "olive", "RED": "red", "BLU": "blue", "BRN": "brown", "GRN": "green",
}  # fmt: skip


def colour_name(colour: str) -> str:
    """'Grey' / 'Cinza' / 'Серый' for 'grey' or 'GRY'; other colours capitalised as they are."""
    names = {
        "black": QCoreApplication.translate("Texts", "Black"),
        "white": QCoreApplication.translate("Texts", "White"),
        "navy": QCoreApplication.translate("Texts", "Navy"),
        "grey": QCoreApplication.translate("Texts", "Grey"),
        "beige": QCoreApplication.translate("Texts", "Beige"),
        "olive": QCoreApplication.translate("Texts", "Olive"),
        "red": QCoreApplication.translate("Texts", "Red"),
        "blue": QCoreApplication.translate("Texts", "Blue"),
        "brown": QCoreApplication.translate("Texts", "Brown"),
        "green": QCoreApplication.translate("Texts", "Green"),
    }
    key = colour.strip().lower()
    key = {"gray": "grey"}.get(key, _COLOUR_CODES.get(colour.strip().upper(), key))
    return names.get(key, _as_words(colour))


def order_state_name(state: str, status: str | None = None) -> str:
    """How an order placed here stands: queued, refused, or HQ's status once confirmed."""
    if state == "queued":
        return QCoreApplication.translate("Texts", "Queued — will be sent when HQ is back")
    if state == "rejected":
        return QCoreApplication.translate("Texts", "Refused by HQ")
    return order_status_name(status or "reserved")


# The delivery address's fields as the order form titles them (also how an order
# problem names one).
_ADDRESS_FIELDS = {
    "line1": QT_TRANSLATE_NOOP("Texts", "Street and number"),
    "line2": QT_TRANSLATE_NOOP("Texts", "Apartment, floor (optional)"),
    "city": QT_TRANSLATE_NOOP("Texts", "City"),
    "postcode": QT_TRANSLATE_NOOP("Texts", "Postcode"),
    "region": QT_TRANSLATE_NOOP("Texts", "Region (optional)"),
    "country": QT_TRANSLATE_NOOP("Texts", "Country (two letters)"),
}


def address_field_name(key: str) -> str:
    """A delivery address field's title ("line1", "city" ...), in the associate's language."""
    return QCoreApplication.translate("Texts", _ADDRESS_FIELDS[key])


# The other parts of an order a request model may refuse, by the model's field name.
_FIELDS = {
    "address": QT_TRANSLATE_NOOP("Texts", "Delivery address"),
    "pickup_store": QT_TRANSLATE_NOOP("Texts", "Pick-up store"),
    "note": QT_TRANSLATE_NOOP("Texts", "Note"),
    "text": QT_TRANSLATE_NOOP("Texts", "Note"),  # a note's text
    "lines": QT_TRANSLATE_NOOP("Texts", "Items"),
}


def field_name(where: str) -> str | None:
    """The translated name of the request field at `where` ("address.city", "note"),
    or None for a field the associate does not see by a name."""
    part, _, sub = where.partition(".")
    if part == "address" and sub in _ADDRESS_FIELDS:
        return address_field_name(sub)
    name = _FIELDS.get(part)
    return QCoreApplication.translate("Texts", name) if name else None


def order_problem(problem: str) -> str:
    """One thing to fix before an order is placed (services.orders.Problem), in the
    associate's language. A field the request model refused is named in their language,
    with what it found wrong (field_reasons: by the model's error type)."""
    code, values = getattr(problem, "code", ""), getattr(problem, "values", {})
    if code == "shopper_gone":
        return QCoreApplication.translate(
            "Texts",
            "this shopper is no longer on this terminal (erased, or moved out of this "
            "store's list at HQ); find them again",
        )
    if code == "item_unknown":
        return QCoreApplication.translate(
            "Texts", "item {sku} is no longer in the catalog on this terminal; choose another"
        ).format(sku=values.get("sku", ""))
    if code == "shipping_off":
        return QCoreApplication.translate(
            "Texts",
            "this store no longer ships to the shopper's home (switched off at HQ); choose "
            "pick-up in a store",
        )
    if code == "field":
        name = field_name(values.get("field", ""))
        if name is None:
            return str(problem)
        why = field_reason(values) if values.get("type") else values.get("why", "")
        return QCoreApplication.translate("Texts", "{field}: {why}").format(field=name, why=why)
    return str(problem)
