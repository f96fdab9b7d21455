"""The Regio-overleggen view's parts: attendance and minutes."""
