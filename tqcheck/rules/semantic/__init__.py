"""Semantic rules (TQ6xx): checks that need sentence embeddings; the model loads on first use."""
