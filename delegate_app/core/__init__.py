"""Domain and store: tables, store, services. Never imports Qt or reportlab."""
