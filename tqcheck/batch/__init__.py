"""Checking an archive of articles on a Dask cluster: ``tqcheck batch INPUT -o OUTDIR``.

The batch layer sits beside the command line, on top of the runner, and runs no rule itself:
each article goes through the runner's own path for a loaded document, so its findings are
those of ``tqcheck check`` on the same text.

- :mod:`tqcheck.batch.inputs` plans partitions of a Parquet dataset, JSON Lines (plain or
  gzip) or a folder of text files, and reads one partition's rows (no Dask).
- :mod:`tqcheck.batch.articles` checks one partition on a worker and writes its two Parquet
  files atomically (no Dask).
- :mod:`tqcheck.batch.output` is the output folder: its layout, the manifest and the log of
  finished partitions that ``--resume`` reads.
- :mod:`tqcheck.batch.engine` runs the partitions on Dask (a ``LocalCluster`` or
  ``--scheduler ADDRESS``), with a worker plugin that loads the rules, the gazetteer and the
  embedding model once per worker.
- :mod:`tqcheck.batch.report` reads a finished output for ``tqcheck report``.

Only :mod:`~tqcheck.batch.engine` imports ``dask``/``distributed``, and only the ``batch``
command imports it, so ``tqcheck check`` starts as fast as before.
"""
