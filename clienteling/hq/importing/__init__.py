"""The retailer's CSV files into HQ (`clienteling-hq import`, POST /v1/import/{kind}).

csv_import.py reads a file as a stream and writes it batch by batch; cells.py
reads every cell (one rule for every kind and both databases); rows.py
holds the column rules of stores, products and stock, people.py those of
shoppers and purchases. The user's documentation is docs/import.md.
"""

from .cells import NOT_UTF8
from .csv_import import KINDS, ImportReport, ImportStopped, RowError, import_csv

__all__ = ["KINDS", "NOT_UTF8", "ImportReport", "ImportStopped", "RowError", "import_csv"]
