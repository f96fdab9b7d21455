"""PDF documents (reportlab): briefing pack and report-back. Never imports Qt widgets."""
