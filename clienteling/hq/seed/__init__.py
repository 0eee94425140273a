"""The generated retail chain for demo, training and benchmarks (`clienteling-hq seed`).

Stores in Brazil, Spain, Russia and the United States; a catalog of styles in
colours and sizes; stock in every store; shoppers with purchase histories
from every channel, notes, wishlists and tasks; four demo associates per
store. Loyalty ids are "LY", ten digits and a Luhn check digit (`loyalty_id`).

chain.py seeds it, batch by batch; data.py holds the reference data
(countries, regions, sites, catalog vocabulary); people.py, stores.py,
catalog.py, shoppers.py and history.py make the rows; write.py writes them.
"""

from .chain import REFERENCE, DatabaseNotEmpty, SeedReport, seed_chain
from .people import loyalty_id
from .stores import DemoAssociate, demo_associates

__all__ = [
    "REFERENCE",
    "DatabaseNotEmpty",
    "DemoAssociate",
    "SeedReport",
    "demo_associates",
    "loyalty_id",
    "seed_chain",
]
