"""Place rules (TQ3xx): place names checked against the gazetteer (``gazetteers/``)."""
