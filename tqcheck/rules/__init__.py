"""Rules, one module per rule, grouped by family (``tqcheck/rules/<family>/tqNNN_<name>.py``)."""
