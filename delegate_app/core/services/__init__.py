"""Services: one module per part of the loop. Each write is one transaction."""
