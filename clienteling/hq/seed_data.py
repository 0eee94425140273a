"""Reference data of the generated training chain: countries, sites, catalog vocabulary."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Country:
    code: str
    locale: str  # Faker locale for names and streets
    language: str
    currency: str
    eur_rate: float  # demo rate: 1 EUR in this currency
    mail_domains: tuple[str, ...]


@dataclass(frozen=True)
class Site:
    country: str
    region: str
    city: str
    latitude: float
    longitude: float
    timezone: str
    phone_prefix: str  # E.164 digits before the subscriber part
    phone_digits: int  # subscriber digits after the prefix


COUNTRIES = {
    "BR": Country("BR", "pt_BR", "pt", "BRL", 6.2, ("gmail.com", "uol.com.br", "bol.com.br")),
    "ES": Country("ES", "es_ES", "es", "EUR", 1.0, ("gmail.com", "telefonica.es", "yahoo.es")),
    "RU": Country("RU", "ru_RU", "ru", "RUB", 95.0, ("yandex.ru", "mail.ru", "gmail.com")),
    "US": Country("US", "en_US", "en", "USD", 1.08, ("gmail.com", "outlook.com", "yahoo.com")),
}

SITES = (  # in this order a chain of 4 or more stores has all four countries
    Site("BR", "BR-SP", "São Paulo", -23.561, -46.656, "America/Sao_Paulo", "55119", 8),
    Site("ES", "ES-MD", "Madrid", 40.420, -3.705, "Europe/Madrid", "346", 8),
    Site("RU", "RU-MOW", "Москва", 55.756, 37.617, "Europe/Moscow", "79", 9),
    Site("US", "US-NY", "New York", 40.741, -73.989, "America/New_York", "1212", 7),
    Site("BR", "BR-RJ", "Rio de Janeiro", -22.970, -43.182, "America/Sao_Paulo", "55219", 8),
    Site("ES", "ES-CT", "Barcelona", 41.389, 2.159, "Europe/Madrid", "346", 8),
    Site("RU", "RU-SPE", "Санкт-Петербург", 59.934, 30.306, "Europe/Moscow", "79", 9),
    Site("US", "US-CA", "San Francisco", 37.787, -122.407, "America/Los_Angeles", "1415", 7),
    Site("BR", "BR-MG", "Belo Horizonte", -19.920, -43.938, "America/Sao_Paulo", "55319", 8),
    Site("ES", "ES-AN", "Sevilla", 37.389, -5.984, "Europe/Madrid", "346", 8),
)

SIZES = {
    "tops": ("XS", "S", "M", "L", "XL"),
    "bottoms": ("34", "36", "38", "40", "42", "44"),
    "dresses": ("XS", "S", "M", "L", "XL"),
    "outerwear": ("S", "M", "L", "XL"),
    "shoes": ("36", "37", "38", "39", "40", "41", "42", "43", "44", "45"),
    "accessories": ("one size",),
}
NOUNS = {
    "tops": ("Shirt", "Blouse", "Tee", "Polo", "Sweater"),
    "bottoms": ("Jeans", "Chinos", "Trousers", "Skirt"),
    "dresses": ("Dress", "Jumpsuit"),
    "outerwear": ("Jacket", "Coat", "Parka", "Blazer"),
    "shoes": ("Sneaker", "Loafer", "Boot", "Sandal"),
    "accessories": ("Belt", "Scarf", "Bag", "Cap"),
}
PRICE_EUR = {
    "tops": (2990, 8990),
    "bottoms": (4990, 12990),
    "dresses": (5990, 15990),
    "outerwear": (8990, 29990),
    "shoes": (5990, 18990),
    "accessories": (1990, 9990),
}
ADJECTIVES = (
    "Linen",
    "Oxford",
    "Relaxed",
    "Slim",
    "Classic",
    "Merino",
    "Cotton",
    "Denim",
    "Canvas",
    "Suede",
    "Cropped",
    "Everyday",
    "Tailored",
    "Utility",
    "Soft",
)
BRANDS = ("Aurora", "Mar Azul", "Nord", "Terra", "Volga", "Solaris", "Brisa", "Pampa")
COLOURS = {
    "BLK": "black",
    "WHT": "white",
    "NVY": "navy",
    "GRY": "grey",
    "BEI": "beige",
    "OLV": "olive",
    "RED": "red",
    "BLU": "blue",
}
FITS = ("slim", "regular", "relaxed")
SEGMENTS = ("vip", "new", "lapsed", "gift-buyer", "online-first", "event-goer")
TIERS = (("member", 0.6), ("silver", 0.25), ("gold", 0.11), ("platinum", 0.04))
CHANNELS = (("store", 0.62), ("web", 0.2), ("app", 0.13), ("marketplace", 0.05))
# Purchases per month of the year (sales in summer and January, peak in Nov-Dec).
SEASON = (1.1, 0.7, 0.8, 0.8, 0.9, 1.0, 1.2, 1.0, 0.8, 0.9, 1.6, 2.0)
NOTE_TEXTS = (
    "Looking for a gift for her sister",
    "Prefers natural fabrics",
    "Wedding in March, needs an outfit",
    "Asked to be told when the new season lands",
    "Alteration: shorten trousers 2 cm",
    "Likes to be helped in Portuguese",
)
TASK_TITLES = (
    "Call when size arrives",
    "Invite to the private sale",
    "Follow up on the alteration",
    "Send photos of the new collection",
)
