"""The semantic layer: sentence embeddings for what rules cannot see.

Nothing here imports torch or sentence-transformers at module import time; the model is loaded
on the first ``encode`` call, once per process.
"""
