"""Exchange without a server: intake workbook, CSV/XLSX import and export, encrypted packages.

The submodules import openpyxl, cryptography and keyring; nothing on the path to
the first window imports this package.
"""
