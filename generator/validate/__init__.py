"""Stage 2, validate: typed records, checks within and across records, every finding collected."""
