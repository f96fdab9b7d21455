"""The Landelijk Beraad view's dialogs: agenda items, linking concerns, recording outcomes."""
