"""Regiostem: the regional voice for the Landelijk ICT Beraad."""

__version__ = "0.1.0"
APP_NAME = "Regiostem"
APP_ID = "regiostem"
ORGANISATION = "Regiostem"
