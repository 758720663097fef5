"""``tqcheck serve``: a page for editors and an HTTP API (native and LanguageTool-compatible)
on top of the runner. Imported only by ``tqcheck serve``: ``check`` never loads Starlette or
uvicorn."""
