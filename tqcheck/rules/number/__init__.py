"""Number rules (TQ4xx): counts checked against their lists and against each other."""
