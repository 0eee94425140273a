"""The HQ service: tables, change feed, orders and stock, auth, import, seed."""
