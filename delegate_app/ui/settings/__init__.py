"""The pages of the settings view, one module per page."""
