"""Exchange in the desktop app: import and export dialogs, packages, conflicts, and files dropped on the window.

Only the menu wiring and the drop handling load with the main window; each dialog
(and the exchange core with openpyxl, keyring and cryptography behind it) is
imported when the user first asks for it.
"""

from __future__ import annotations

from delegate_app.ui.exchange.actions import install_exchange_actions
from delegate_app.ui.exchange.drop import install_drop_support

__all__ = ["install_drop_support", "install_exchange_actions"]
