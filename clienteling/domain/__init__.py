"""Pure data and rules of the store: no I/O, no Qt."""
