"""Reference data of the generated chain: countries, regions and sites, catalog vocabulary.

Coordinates are the real places (a street or district of the city); phone area
codes and postcode prefixes are the real ones for them, so generated numbers
are valid and addresses look right to someone from there.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Country:
    code: str
    locale: str  # Faker locale for names and streets
    language: str
    currency: str
    eur_rate: float  # fixed demo rate: 1 EUR in this currency
    mail_domains: tuple[str, ...]  # reserved (RFC 2606): mail can never reach anyone


@dataclass(frozen=True)
class Region:
    code: str  # ISO 3166-2
    timezone: str
    utc_hours: int  # standard offset, for opening hours (daylight saving ignored)
    mobile_areas: tuple[str, ...]  # where mobile numbers are not per site (RU)


@dataclass(frozen=True)
class Site:
    region: str
    city: str
    district: str
    latitude: float
    longitude: float
    area: str  # phone area code (BR, US), trunk code (ES) or city code (RU)
    postcode: str  # the site's postcode prefix


COUNTRIES = {
    "BR": Country("BR", "pt_BR", "pt", "BRL", 6.2, ("exemplo.example", "example.com")),
    "ES": Country("ES", "es_ES", "es", "EUR", 1.0, ("ejemplo.example", "example.com")),
    "RU": Country("RU", "ru_RU", "ru", "RUB", 95.0, ("primer.example", "example.com")),
    "US": Country("US", "en_US", "en", "USD", 1.08, ("example.com", "example.org")),
}

# In this order a chain of four stores already spans the four countries.
REGIONS = {
    "BR-SP": Region("BR-SP", "America/Sao_Paulo", -3, ()),
    "ES-MD": Region("ES-MD", "Europe/Madrid", 1, ()),
    "RU-MOW": Region("RU-MOW", "Europe/Moscow", 3, ("915", "916", "925", "926", "977", "985")),
    "US-NY": Region("US-NY", "America/New_York", -5, ()),
    "BR-RJ": Region("BR-RJ", "America/Sao_Paulo", -3, ()),
    "ES-CT": Region("ES-CT", "Europe/Madrid", 1, ()),
    "RU-SPE": Region("RU-SPE", "Europe/Moscow", 3, ("911", "921", "931", "981", "952")),
    "US-CA": Region("US-CA", "America/Los_Angeles", -8, ()),
    "BR-MG": Region("BR-MG", "America/Sao_Paulo", -3, ()),
    "ES-AN": Region("ES-AN", "Europe/Madrid", 1, ()),
}

_S = Site
SITES: dict[str, tuple[Site, ...]] = {
    "BR-SP": (
        _S("BR-SP", "São Paulo", "Paulista", -23.5614, -46.6559, "11", "01"),
        _S("BR-SP", "São Paulo", "Pinheiros", -23.5670, -46.6930, "11", "05"),
        _S("BR-SP", "Campinas", "Cambuí", -22.8950, -47.0520, "19", "13"),
        _S("BR-SP", "Santos", "Gonzaga", -23.9660, -46.3330, "13", "11"),
        _S("BR-SP", "Ribeirão Preto", "Centro", -21.1775, -47.8103, "16", "14"),
    ),
    "BR-RJ": (
        _S("BR-RJ", "Rio de Janeiro", "Copacabana", -22.9711, -43.1822, "21", "22"),
        _S("BR-RJ", "Rio de Janeiro", "Barra da Tijuca", -23.0004, -43.3659, "21", "22"),
        _S("BR-RJ", "Niterói", "Icaraí", -22.9050, -43.1080, "21", "24"),
        _S("BR-RJ", "Petrópolis", "Centro", -22.5050, -43.1786, "24", "25"),
        _S("BR-RJ", "Campos dos Goytacazes", "Centro", -21.7545, -41.3244, "22", "28"),
    ),
    "BR-MG": (
        _S("BR-MG", "Belo Horizonte", "Savassi", -19.9380, -43.9340, "31", "30"),
        _S("BR-MG", "Uberlândia", "Centro", -18.9186, -48.2772, "34", "38"),
        _S("BR-MG", "Juiz de Fora", "Centro", -21.7642, -43.3496, "32", "36"),
        _S("BR-MG", "Contagem", "Eldorado", -19.9321, -44.0539, "31", "32"),
        _S("BR-MG", "Montes Claros", "Centro", -16.7350, -43.8617, "38", "39"),
    ),
    "ES-MD": (
        _S("ES-MD", "Madrid", "Gran Vía", 40.4200, -3.7050, "91", "280"),
        _S("ES-MD", "Madrid", "Salamanca", 40.4300, -3.6800, "91", "280"),
        _S("ES-MD", "Alcalá de Henares", "Centro", 40.4818, -3.3643, "91", "288"),
        _S("ES-MD", "Móstoles", "Centro", 40.3223, -3.8649, "91", "289"),
        _S("ES-MD", "Alcobendas", "Centro", 40.5475, -3.6420, "91", "281"),
    ),
    "ES-CT": (
        _S("ES-CT", "Barcelona", "Passeig de Gràcia", 41.3917, 2.1649, "93", "080"),
        _S("ES-CT", "Barcelona", "Diagonal Mar", 41.4100, 2.2170, "93", "080"),
        _S("ES-CT", "Girona", "Centre", 41.9794, 2.8214, "972", "170"),
        _S("ES-CT", "Tarragona", "Rambla Nova", 41.1189, 1.2445, "977", "430"),
        _S("ES-CT", "Lleida", "Centre", 41.6176, 0.6200, "973", "250"),
    ),
    "ES-AN": (
        _S("ES-AN", "Sevilla", "Nervión", 37.3830, -5.9740, "954", "410"),
        _S("ES-AN", "Málaga", "Larios", 36.7196, -4.4216, "952", "290"),
        _S("ES-AN", "Granada", "Centro", 37.1773, -3.5986, "958", "180"),
        _S("ES-AN", "Córdoba", "Centro", 37.8882, -4.7794, "957", "140"),
        _S("ES-AN", "Cádiz", "Centro", 36.5271, -6.2886, "956", "110"),
    ),
    "RU-MOW": (
        _S("RU-MOW", "Москва", "Тверская", 55.7652, 37.6051, "495", "125"),
        _S("RU-MOW", "Москва", "Арбат", 55.7520, 37.5920, "495", "119"),
        _S("RU-MOW", "Москва", "Кутузовский", 55.7400, 37.5350, "499", "121"),
        _S("RU-MOW", "Москва", "Сокол", 55.8050, 37.5150, "499", "125"),
        _S("RU-MOW", "Москва", "Таганка", 55.7400, 37.6530, "495", "109"),
    ),
    "RU-SPE": (
        _S("RU-SPE", "Санкт-Петербург", "Невский", 59.9343, 30.3351, "812", "191"),
        _S("RU-SPE", "Санкт-Петербург", "Петроградская", 59.9660, 30.3110, "812", "197"),
        _S("RU-SPE", "Санкт-Петербург", "Московский", 59.8520, 30.3210, "812", "196"),
        _S("RU-SPE", "Санкт-Петербург", "Васильевский", 59.9420, 30.2780, "812", "199"),
        _S("RU-SPE", "Санкт-Петербург", "Купчино", 59.8300, 30.3750, "812", "192"),
    ),
    "US-NY": (
        _S("US-NY", "New York", "Fifth Avenue", 40.7580, -73.9785, "212", "100"),
        _S("US-NY", "Brooklyn", "Downtown", 40.6928, -73.9903, "718", "112"),
        _S("US-NY", "Buffalo", "Elmwood", 42.9090, -78.8770, "716", "142"),
        _S("US-NY", "Albany", "Downtown", 42.6526, -73.7562, "518", "122"),
        _S("US-NY", "Rochester", "East End", 43.1566, -77.6088, "585", "146"),
    ),
    "US-CA": (
        _S("US-CA", "San Francisco", "Union Square", 37.7879, -122.4075, "415", "941"),
        _S("US-CA", "Los Angeles", "Downtown", 34.0470, -118.2510, "213", "900"),
        _S("US-CA", "San Diego", "Gaslamp", 32.7120, -117.1600, "619", "921"),
        _S("US-CA", "San Jose", "Santana Row", 37.3210, -121.9480, "408", "951"),
        _S("US-CA", "Sacramento", "Midtown", 38.5700, -121.4800, "916", "958"),
    ),
}

# Shopper addresses: how the house number and the flat are written there.
LINE1 = {
    "BR": "{street}, {n}",
    "ES": "{street}, {n}",
    "RU": "{street}, д. {n}",
    "US": "{n} {street}",
}
HOUSE_NUMBERS = {"BR": 2500, "ES": 180, "RU": 120, "US": 2500}  # up to, in a street
LINE2 = {
    "BR": ("Apto {a}", "Casa {b}", "Bloco {b}, apto {a}"),
    "ES": ("{b}º {c}", "Bajo {c}", "{b}º izda."),
    "RU": ("кв. {a}", "корп. {b}, кв. {a}"),
    "US": ("Apt {a}", "Unit {b}{c}", "Suite {a}"),
}
# Street names that read as streets (Faker also offers "Favela ...", "... Unions").
STREET_WORDS = {
    "BR": ("Rua", "Avenida", "Alameda", "Travessa", "Praça"),
    "US": ("Street", "Avenue", "Road", "Lane", "Drive", "Boulevard", "Place", "Court", "Way"),
}

CATEGORIES = ("tops", "bottoms", "dresses", "outerwear", "shoes", "accessories")
CATEGORY_WEIGHTS = (0.28, 0.18, 0.11, 0.09, 0.15, 0.19)  # share of lines bought
LETTERS = ("XS", "S", "M", "L", "XL")
SIZES = {
    "tops": LETTERS,
    "bottoms": ("34", "36", "38", "40", "42", "44", "46"),
    "dresses": LETTERS,
    "outerwear": LETTERS,
    "shoes": tuple(str(n) for n in range(36, 46)),
    "accessories": ("one size",),
}
NOUNS = {
    "tops": ("Shirt", "Blouse", "Tee", "Polo", "Sweater", "Cardigan", "Hoodie"),
    "bottoms": ("Jeans", "Chinos", "Trousers", "Skirt", "Shorts"),
    "dresses": ("Dress", "Jumpsuit", "Midi Dress", "Shirt Dress"),
    "outerwear": ("Jacket", "Coat", "Parka", "Blazer", "Trench"),
    "shoes": ("Sneaker", "Loafer", "Boot", "Sandal", "Derby"),
    "accessories": ("Belt", "Scarf", "Bag", "Cap", "Wallet", "Tote"),
}
ADJECTIVES = (
    "Linen", "Oxford", "Relaxed", "Slim", "Classic", "Merino", "Cotton", "Denim", "Canvas",
    "Suede", "Cropped", "Everyday", "Tailored", "Utility", "Soft", "Pleated", "Quilted", "Ribbed",
)  # fmt: skip
PRICE_EUR = {  # cents, low and high list price of a style
    "tops": (1990, 8990),
    "bottoms": (3990, 12990),
    "dresses": (4990, 15990),
    "outerwear": (7990, 29990),
    "shoes": (4990, 18990),
    "accessories": (1490, 9990),
}
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
    "BRN": "brown",
    "GRN": "green",
}
FITS = ("slim", "regular", "relaxed")
STYLES = ("classic", "minimal", "casual", "sporty", "bohemian", "business", "streetwear")
# Spend over the history at EUR list prices: about 60% members, 25% silver, 11% gold, 4% platinum.
TIERS = ((1500_00, "platinum"), (850_00, "gold"), (450_00, "silver"), (0, "member"))
EXTERNAL_PREFIX = {"store": "POS", "web": "WEB", "app": "APP", "marketplace": "MKT"}
# Purchases per month of the year: sales in January and July, peak in November-December.
SEASON = (1.2, 0.7, 0.8, 0.8, 0.9, 1.0, 1.5, 1.0, 0.8, 0.9, 1.6, 2.1)
SALE_MONTHS = {1, 7, 11}

NOTES = {
    "pt": (
        "Procura um presente para a irmã",
        "Prefere tecidos naturais",
        "Casamento em março, precisa de um look",
        "Quer ser avisada quando chegar a nova coleção",
        "Ajuste: encurtar a calça 2 cm",
    ),
    "es": (
        "Busca un regalo para su hermana",
        "Prefiere tejidos naturales",
        "Boda en marzo, necesita un conjunto",
        "Quiere que le avisemos de la nueva temporada",
        "Arreglo: acortar el pantalón 2 cm",
    ),
    "ru": (
        "Ищет подарок для сестры",
        "Предпочитает натуральные ткани",
        "Свадьба в марте, нужен образ",
        "Просит сообщить о новой коллекции",
        "Подгонка: укоротить брюки на 2 см",
    ),
    "en": (
        "Looking for a gift for her sister",
        "Prefers natural fabrics",
        "Wedding in March, needs an outfit",
        "Asked to be told when the new season lands",
        "Alteration: shorten trousers 2 cm",
    ),
}
NOTE_REASONS = ("browsing", "gift", "event", "alteration")
TASKS = {
    "pt": ("Ligar quando chegar o tamanho", "Convidar para a venda privada", "Enviar fotos"),
    "es": ("Llamar cuando llegue la talla", "Invitar a la venta privada", "Enviar fotos"),
    "ru": ("Позвонить, когда придёт размер", "Пригласить на закрытую распродажу", "Отправить фото"),
    "en": ("Call when the size arrives", "Invite to the private sale", "Send photos"),
}
