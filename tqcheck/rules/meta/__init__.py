"""Rules about tqcheck's own comments in the text (TQ9xx): suppressions that silence nothing."""
