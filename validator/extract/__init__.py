"""Text -> claims: numerals, units, hedges, periods and spans (vi, zh, en)."""
