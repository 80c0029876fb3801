"""`serve`: the web reader and JSON API (serve/); fastapi and uvicorn load only here."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from newsfacts.cli import app
from newsfacts.cli.common import DbOption, ModelOption, print_error, reported_errors
from newsfacts.errors import EXIT_USAGE


@app.command(
    epilog="Examples:\n\n"
    "  newsfacts serve                          # http://127.0.0.1:8000 over ./newsfacts.db\n\n"
    "  newsfacts serve --db news.db --port 8080\n\n"
    "  newsfacts serve --host 0.0.0.0 --no-fetch    # other machines may connect; no URL fetching"
    "\n\n"
    "  newsfacts serve --allowed-host news.example.org   # the name a proxy forwards"
)
def serve(
    db: DbOption = Path("newsfacts.db"),
    host: Annotated[
        str, typer.Option("--host", help="Address to bind; 127.0.0.1 keeps it to this machine.")
    ] = "127.0.0.1",
    port: Annotated[
        int, typer.Option("--port", min=0, max=65535, help="Port to listen on (0: any free one).")
    ] = 8000,
    model: ModelOption = None,
    fetch: Annotated[
        bool, typer.Option("--fetch/--no-fetch", help="Let extract requests fetch URLs.")
    ] = True,
    allowed_host: Annotated[
        list[str] | None,
        typer.Option(
            "--allowed-host",
            help="A Host name requests may carry besides the bound address and localhost "
            "(repeat for more; '*' for any).",
        ),
    ] = None,
    search_per_minute: Annotated[
        float | None,
        typer.Option(
            "--search-per-minute",
            min=1,
            help="Searches each client may make a minute, after a burst of 30 (default 120).",
        ),
    ] = None,
    allow_private_urls: Annotated[
        bool,
        typer.Option(
            "--allow-private-urls",
            help="Let extract requests fetch loopback, private and link-local addresses.",
        ),
    ] = False,
) -> None:
    """Serve the web reader and the JSON API (/api, reference at /api/docs) over a corpus."""
    try:
        import uvicorn

        from newsfacts.serve import create_app
        from newsfacts.serve.hosts import allowed_hosts
        from newsfacts.serve.limits import SEARCH_PER_MINUTE, ServeLimits
    except ImportError as e:
        print_error(
            f"the serve command needs the [serve] extra ({e}); pip install 'newsfacts[serve]'"
        )
        raise typer.Exit(EXIT_USAGE) from None
    from newsfacts.nlp import get_nlp
    from newsfacts.store import Corpus

    with reported_errors():
        Corpus(db, create=False).close()  # a missing or foreign corpus is named up front
        get_nlp(model)  # a missing model too; the app's lifespan then finds it loaded
    # proxy_headers off: a client's X-Forwarded-For must not pick its own rate-limit bucket
    web = create_app(
        db,
        model=model,
        limits=ServeLimits(search_per_minute=search_per_minute or SEARCH_PER_MINUTE),
        fetch=fetch,
        allow_private_urls=allow_private_urls,
        allowed_hosts=allowed_hosts(host, allowed_host or ()),
    )
    uvicorn.run(web, host=host, port=port, log_level="info", proxy_headers=False)
