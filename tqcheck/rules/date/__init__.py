"""Date rules (TQ5xx): dates checked against each other and against the publication date."""
