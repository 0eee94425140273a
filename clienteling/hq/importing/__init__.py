"""The retailer's CSV files into HQ (`clienteling-hq import`, POST /v1/import/{kind}).

csv_import.py reads a file as a stream and writes it batch by batch; rows.py
holds the column rules of stores, products and stock, people.py those of
shoppers and purchases. The user's documentation is docs/import.md.
"""

from .csv_import import KINDS, NOT_UTF8, ImportReport, RowError, import_csv

__all__ = ["KINDS", "NOT_UTF8", "ImportReport", "RowError", "import_csv"]
