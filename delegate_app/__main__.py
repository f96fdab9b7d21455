"""Allow `python -m delegate_app`."""

from delegate_app.cli import main

raise SystemExit(main())
