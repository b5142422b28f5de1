"""The `dossier` command line: thin wrappers over the public Python functions.

Errors are translated for users in exactly one place (``_Group.invoke``); ``--debug`` shows
the traceback instead.
"""

from __future__ import annotations

import json
import logging
import sys
from collections.abc import Sequence
from datetime import date
from importlib import resources

import click

from dossier.errors import DossierError, StoreError
from dossier.settings import Settings, load_settings

log = logging.getLogger("dossier")

# Exit statuses, documented in the README.
EXIT_OK, EXIT_ERROR, EXIT_SKIPPED = 0, 1, 3


class _Group(click.Group):
    def invoke(self, ctx: click.Context):
        try:
            return super().invoke(ctx)
        except DossierError as exc:
            if ctx.meta.get("dossier.debug"):
                raise
            click.echo(f"error: {exc.message}", err=True)
            if exc.fix:
                click.echo(f"  fix: {exc.fix}", err=True)
            ctx.exit(EXIT_ERROR)
        except (click.ClickException, click.exceptions.Exit, click.exceptions.Abort, BrokenPipeError):
            raise  # click reports these itself (a closed pipe, as in `| head`, quietly)
        except Exception as exc:  # noqa: BLE001 - the one place unexpected errors meet users
            if ctx.meta.get("dossier.debug"):
                raise
            click.echo(f"error: unexpected {type(exc).__name__}: {exc}", err=True)
            click.echo("  fix: rerun with --debug for the traceback, and report it", err=True)
            ctx.exit(EXIT_ERROR)


def _settings(ctx: click.Context) -> Settings:
    return ctx.obj


@click.group(cls=_Group, context_settings={"help_option_names": ["-h", "--help"]})
@click.option("--db", envvar="DOSSIER_DB", help="SQLite file or database URL  [default: ./dossier.db]")
@click.option("--settings", "settings_file", type=click.Path(dir_okay=False),
              help="YAML settings file  [default: $DOSSIER_SETTINGS, else ./dossier.yaml if present]")
@click.option("--spacy-model", help="installed spaCy pipeline to load")
@click.option("--kb", "kb_files", multiple=True, type=click.Path(dir_okay=False),
              help="your own knowledge-base file (repeatable); its entries win")
@click.option("--processes", type=int, help="worker processes (0: one per core)")
@click.option("--debug", is_flag=True, help="show tracebacks and debug logging")
@click.version_option(package_name="dossier")
@click.pass_context
def cli(ctx: click.Context, db, settings_file, spacy_model, kb_files, processes, debug) -> None:
    """dossier: evidence-backed event data from news articles."""
    ctx.meta["dossier.debug"] = debug
    logging.basicConfig(level=logging.DEBUG if debug else logging.WARNING,
                        format="%(levelname)s %(name)s: %(message)s")
    if not debug:  # its complaints about a broken page reach the user as dossier's own skip
        logging.getLogger("trafilatura").setLevel(logging.CRITICAL)
    ctx.obj = load_settings({"db": db, "spacy_model": spacy_model, "kb": kb_files or None,
                             "processes": processes}, settings_file=settings_file)


def _parse_date(value: str | None, what: str) -> date | None:
    if value is None:
        return None
    try:
        return date.fromisoformat(value[:10])
    except ValueError:
        raise click.BadParameter(f"{value!r} is not an ISO date (YYYY-MM-DD)", param_hint=what) from None


def demo_corpus() -> str:
    """Path of the bundled demo corpus."""
    return str(resources.files("dossier") / "demo" / "corpus.jsonl")


@cli.command()
@click.argument("paths", nargs=-1)
@click.option("--demo", is_flag=True, help="ingest the bundled demo corpus")
@click.option("--published", help="publication date for articles that have none (YYYY-MM-DD)")
@click.option("--cluster", "cluster_local", metavar="local:N",
              help="analyse on a Dask cluster of N worker processes started on this machine "
                   "(needs the cluster extra)")
@click.option("--scheduler", metavar="tcp://HOST:8786",
              help="analyse on the workers of a running Dask cluster (needs the cluster extra)")
@click.pass_context
def ingest(ctx: click.Context, paths: Sequence[str], demo: bool, published: str | None,
           cluster_local: str | None, scheduler: str | None) -> None:
    """Read, analyse and store articles (.txt, .html, .jsonl, .gz, directories, - for stdin)."""
    from dossier.service import ingest_paths

    paths = list(paths) + ([demo_corpus()] if demo else [])
    if not paths:
        raise click.UsageError("give at least one PATH (or --demo)")
    report = ingest_paths(paths, _settings(ctx), published=_parse_date(published, "--published"),
                          progress=True, cluster=_cluster_spec(cluster_local, scheduler))
    click.echo(report.summary())
    if report.skipped:
        ctx.exit(EXIT_SKIPPED)


def _cluster_spec(local: str | None, scheduler: str | None):
    """Where --cluster/--scheduler send the analysis (None: this machine, the default)."""
    if local is None and scheduler is None:
        return None
    if local is not None and scheduler is not None:
        raise click.UsageError("give --cluster local:N or --scheduler ADDRESS, not both")
    from dossier.cluster import ClusterSpec, parse_local

    if scheduler is not None:
        return ClusterSpec(scheduler=scheduler)
    try:
        return ClusterSpec(local=parse_local(local))
    except ValueError as exc:
        raise click.BadParameter(str(exc), param_hint="--cluster") from None


@cli.command()
@click.argument("paths", nargs=-1, required=True)
def clean(paths: Sequence[str]) -> None:
    """Print what ingest would store, one JSON line per document, without storing it."""
    from dossier.ingest import PassedOver, clean_record, read_inputs
    from dossier.model import Skipped

    skipped = 0
    for item in read_inputs(paths, stdin=sys.stdin):
        if isinstance(item, PassedOver):
            click.echo(f"passed over {item.origin}: not a kind of file dossier reads", err=True)
        elif isinstance(item, Skipped):
            skipped += 1
            click.echo(f"skipped {item.origin}: {item.reason}", err=True)
        else:
            click.echo(json.dumps(clean_record(item), ensure_ascii=False))
    if skipped:
        sys.exit(EXIT_SKIPPED)


_FILTERS = [
    click.option("--actor", help="actor code (IRN) or name"),
    click.option("--recipient", help="recipient code or name"),
    click.option("--type", "type_", callback=lambda ctx, param, value: _event_type(value),
                 help="PLOVER event type, e.g. ASSAULT"),
    click.option("--status", type=click.Choice(["fact", "claim", "denial", "future", "negated"])),
    click.option("--since", help="from this date (YYYY-MM-DD)"),
    click.option("--until", help="up to this date (YYYY-MM-DD)"),
]


def _event_type(value: str | None) -> str | None:
    from dossier.model import EVENT_TYPES

    if value is None:
        return None
    if value.upper() not in EVENT_TYPES:
        raise click.BadParameter(f"{value!r} is not a PLOVER event type; use one of "
                                 f"{', '.join(EVENT_TYPES)}", param_hint="--type")
    return value.upper()


def _unmatched_actors(db, names: Sequence[str | None]) -> list[str]:
    """The names that match no stored actor (by code or part of a name)."""
    return [name for name in names if name and not db.actor_counts(name)]


def _why_nothing(db, names: Sequence[str | None]) -> str:
    """Why a query found no events: an empty store, actors never seen, or filters that
    together match nothing."""
    if not db.counts().get("mentions"):
        return "no events stored yet: run `dossier ingest PATH` first"
    unknown = _unmatched_actors(db, names)
    if unknown:
        return (f"no stored actor matches {', '.join(map(repr, unknown))}: "
                "`dossier actors QUERY` lists the actors found")
    return "no stored event matches these filters"


def _with_filters(func):
    for option in reversed(_FILTERS):
        func = option(func)
    return func


@cli.command()
@_with_filters
@click.option("--format", "fmt", type=click.Choice(["table", "csv", "jsonl"]), default="table")
@click.option("--mentions", "as_mentions", is_flag=True,
              help="list event mentions (one per report) instead of merged events")
@click.option("--contested", is_flag=True, help="only events a denial or negation disputes")
@click.option("--limit", type=click.IntRange(min=1), help="at most this many events")
@click.option("--explain", is_flag=True,
              help="why each report is in its event (with --mentions: the trigger, pattern "
                   "and argument paths, and the rule ids)")
@click.pass_context
def events(ctx, actor, recipient, type_, status, since, until, fmt, as_mentions, contested,
           limit, explain) -> None:
    """List merged events: one line each with its reports and status picture. With
    --mentions, every stored event mention instead."""
    from dossier.export import write_events, write_mentions
    from dossier.render import event_lines, event_table, mention_table
    from dossier.service import open_store

    filters = {"actor": actor, "recipient": recipient, "type": type_.upper() if type_ else None,
               "since": _parse_date(since, "--since"), "until": _parse_date(until, "--until")}
    with open_store(_settings(ctx), create=False) as db:
        if as_mentions:
            found = db.mention_events(**filters, status=status)
            if not found:
                click.echo(_why_nothing(db, [actor, recipient]), err=True)
            elif fmt == "table":
                click.echo(mention_table([m for m, _, _ in found], explain=explain))
            else:
                write_mentions(found, fmt, sys.stdout)
            return
        if status:
            raise click.UsageError("--status filters mentions: add --mentions")
        found = db.events(**filters, contested=True if contested else None, limit=limit)
        if not found:
            click.echo(_why_nothing(db, [actor, recipient]), err=True)
        elif fmt != "table":
            write_events(found, db.event_members(), fmt, sys.stdout)
        elif explain:
            for e in found:
                full = db.event(e.event_id)
                click.echo("\n".join(event_lines(full, explain=True)) + "\n")
        else:
            click.echo(event_table(found))


@cli.command("event")
@click.argument("event_id")
@click.option("--explain", is_flag=True, help="why each report was merged into the event")
@click.pass_context
def event_command(ctx, event_id: str, explain: bool) -> None:
    """One event (an old id resolves to the event it was merged into) with every report and
    its evidence sentence."""
    from dossier.render import event_lines
    from dossier.service import open_store

    with open_store(_settings(ctx), create=False) as db:
        found = db.event(event_id)
    if found is None:
        raise DossierError(f"no event {event_id!r} in {_settings(ctx).db}",
                           fix="list events with `dossier events` (ids are in the last column)")
    if found.event_id != event_id:
        click.echo(f"{event_id} was merged into {found.event_id}")
    click.echo("\n".join(event_lines(found, explain=explain)))


@cli.command()
@click.option("--actor", help="actor code (IRN) or name: events it takes part in")
@click.pass_context
def contested(ctx, actor: str | None) -> None:
    """Disputed events (a denial or negation against facts or claims), both sides' evidence
    side by side."""
    from dossier.render import contested_lines
    from dossier.service import open_store

    with open_store(_settings(ctx), create=False) as db:
        found = [db.event(e.event_id) for e in db.events(actor=actor, contested=True)]
    for e in found:
        click.echo("\n".join(contested_lines(e)) + "\n")
    if not found:
        click.echo("no contested events", err=True)


@cli.command()
@click.argument("actors", nargs=-1)
@click.pass_context
def timeline(ctx, actors: Sequence[str]) -> None:
    """Chronological events, one line each: date, document, sentence. Optionally of ACTOR
    or between two actors."""
    from dossier.render import timeline_lines
    from dossier.service import open_store

    if len(actors) > 2:
        raise click.UsageError("timeline takes at most two actors")
    with open_store(_settings(ctx), create=False) as db:
        found = db.timeline(list(actors))
        if not found:
            click.echo(_why_nothing(db, actors), err=True)
    for line in timeline_lines(found):
        click.echo(line)


@cli.group()
def export() -> None:
    """Export stored data."""


@export.command("mentions")
@click.option("--format", "fmt", type=click.Choice(["jsonl", "csv", "parquet", "plover"]),
              default="jsonl", help="parquet: typed columns; plover: PLOVER event records")
@click.option("-o", "--output", type=click.Path(writable=True),
              help="file (a folder with --partition-by)  [default: stdout; parquet needs it]")
@click.option("--partition-by", type=click.Choice(["month"]),
              help="parquet: one Hive folder per month (month=YYYY-MM/)")
@click.pass_context
def export_mentions(ctx, fmt: str, output: str | None, partition_by: str | None) -> None:
    """Event mentions: the export contract (docs/event-format.md), Parquet or PLOVER records
    (docs/exports.md)."""
    from dossier.exports.jobs import export_mentions

    written = export_mentions(_settings(ctx), fmt, output, partition_by)
    if output:
        click.echo(f"wrote {written} mention(s) to {output}", err=True)


@export.command("actors")
@click.option("--format", "fmt", type=click.Choice(["csv", "jsonl", "parquet"]), default="csv")
@click.option("-o", "--output", type=click.Path(dir_okay=False, writable=True),
              help="file  [default: stdout; parquet needs it]")
@click.pass_context
def export_actors(ctx, fmt: str, output: str | None) -> None:
    """Stored actors with their mention counts (docs/exports.md)."""
    from dossier.exports.jobs import export_actors

    written = export_actors(_settings(ctx), fmt, output)
    if output:
        click.echo(f"wrote {written} actor(s) to {output}", err=True)


@export.command("network")
@click.option("--format", "fmt", type=click.Choice(["graphml", "gexf"]), default="graphml")
@click.option("-o", "--output", type=click.Path(dir_okay=False, writable=True), required=True,
              help="file, e.g. network.graphml")
@click.pass_context
def export_network(ctx, fmt: str, output: str) -> None:
    """Actor network for Gephi: actors as nodes, actor -> recipient edges with counts per
    event type and a conflict/cooperation score (docs/exports.md)."""
    from dossier.exports.jobs import export_network

    nodes, edges = export_network(_settings(ctx), fmt, output)
    click.echo(f"wrote {nodes} actor(s) and {edges} edge(s) to {output}", err=True)


@export.command("events")
@click.option("--format", "fmt", type=click.Choice(["jsonl", "csv"]), default="jsonl")
@click.option("-o", "--output", type=click.Path(dir_okay=False, writable=True), help="file  [default: stdout]")
@click.pass_context
def export_events(ctx, fmt: str, output: str | None) -> None:
    """Merged events with counts, status picture and the ids of their mentions."""
    from dossier.service import export_events

    if output:
        with open(output, "w", encoding="utf-8", newline="") as out:
            export_events(_settings(ctx), out, fmt)
    else:
        export_events(_settings(ctx), sys.stdout, fmt)


def _entity_key(settings: Settings, name: str) -> str:
    """What events are looked up by (``briefing_store.event_key``)."""
    from dossier.briefing_store import event_key
    from dossier.kb import KnowledgeBase

    return event_key(KnowledgeBase.from_files(settings.kb), name)


@cli.command()
@click.argument("actors", nargs=-1, required=True)
@click.option("--since", help="from this date (YYYY-MM-DD)")
@click.option("--until", help="up to this date (YYYY-MM-DD)")
@click.option("--format", "fmt", type=click.Choice(["md", "html"]), default="md")
@click.option("-o", "--output", type=click.Path(dir_okay=False, writable=True), help="file  [default: stdout]")
@click.pass_context
def briefing(ctx, actors: Sequence[str], since, until, fmt: str, output: str | None) -> None:
    """A briefing on ACTOR, or on the relation of ACTOR and ACTOR2, written only from the
    stored events and their evidence, with numbered citations."""
    from dossier import briefing as brief
    from dossier.briefing_store import briefing_sources
    from dossier.events.ontology import load_ontology
    from dossier.kb.names import place_namer
    from dossier.service import open_store

    if len(actors) > 2:
        raise click.UsageError("briefing takes one or two actors")
    keys = [_entity_key(_settings(ctx), a) for a in actors]
    with open_store(_settings(ctx)) as db:
        events, articles = briefing_sources(db, keys, since=_parse_date(since, "--since"),
                                            until=_parse_date(until, "--until"))
    if not events:
        raise DossierError(f"no stored events of {' and '.join(actors)}",
                           fix="check the names with `dossier actors QUERY`, or ingest articles")
    title = "Briefing: " + " and ".join(actors)
    period = f"{since or 'start'} to {until or 'end'}" if since or until else None
    sections, references = brief.build(title, events, articles, load_ontology().score,
                                       period=period, place=place_namer(_settings(ctx).kb))
    text = (brief.page if fmt == "html" else brief.markdown)(title, sections, references)
    if output:
        with open(output, "w", encoding="utf-8") as out:
            out.write(text)
    else:
        click.echo(text, nl=False)


@cli.command("time")
@click.argument("docs", type=click.Path(exists=True, dir_okay=False))
@click.pass_context
def time_command(ctx, docs: str) -> None:
    """Print every time expression in DOCS.jsonl (id, published, text; .gz too) as JSON Lines."""
    from dossier.ingest.jsonl import read_records
    from dossier.nlp import load_pipeline
    from dossier.time import time_records

    records = [record.fields for record in read_records(docs)]
    nlp = load_pipeline(_settings(ctx).spacy_model)
    for record in time_records(nlp, records):
        click.echo(json.dumps(record, ensure_ascii=False))


@cli.command("eval")
@click.argument("gold", type=click.Path(exists=True, dir_okay=False))
@click.argument("docs", type=click.Path(exists=True, dir_okay=False))
@click.pass_context
def eval_command(ctx, gold: str, docs: str) -> None:
    """Ingest DOCS.jsonl into a temporary store, export its mentions and score them against
    GOLD.jsonl: the figures `dossier ingest` + `dossier export mentions` would score, and how
    the mentions are merged into events (as score_merge.py scores it)."""
    from dossier.evaluate import format_merge_report, format_report
    from dossier.evaluation import evaluate_documents

    result = evaluate_documents(gold, docs, _settings(ctx))
    click.echo(result.ingest.summary(), err=True)
    click.echo(format_report(result.scores))
    if result.merge_gold:  # only a gold that says which lines report one happening
        click.echo("events across reports (mentions grouped by event_id vs the gold event ids):")
        click.echo(format_merge_report(result.merge))
    if result.ingest.skipped:
        ctx.exit(EXIT_SKIPPED)


@cli.command()
@click.argument("query", required=False)
@click.pass_context
def actors(ctx, query: str | None) -> None:
    """Entities found in the stored articles, with mention counts."""
    from dossier.store import Database

    with Database.open(_settings(ctx).db, create=False) as db:
        rows = db.actor_counts(query)
    if not rows:
        click.echo(f"no stored actor matches {query!r}" if query else
                   "no actors stored yet: run `dossier ingest PATH` first", err=True)
    for actor, count in rows:
        code = actor.country or "-"
        click.echo(f"{count:6d}  {actor.name:40}  {code:5} {actor.kind:12} {actor.sector or ''}")


@cli.command()
@click.argument("name")
@click.pass_context
def actor(ctx, name: str) -> None:
    """One entity: offices over time, aliases, and its events."""
    from dossier.kb import KnowledgeBase, describe_entity
    from dossier.render import entity_lines, timeline_lines
    from dossier.store import Database

    settings = _settings(ctx)
    kb = KnowledgeBase.from_files(settings.kb)
    entity = kb.entity(name) or next(iter(kb.search(name)), None)
    if entity is None:
        raise DossierError(f"no entity called {name!r} in the knowledge base",
                           fix="try `dossier actors QUERY` to list the actors found in your articles")
    for line in entity_lines(describe_entity(kb, entity)):
        click.echo(line)
    key = entity.name if entity.kind == "person" else (entity.country or entity.id)
    try:
        db = Database.open(settings.db, create=False)
    except StoreError as exc:  # the entity is worth showing without a store
        click.echo(f"events: none ({exc.message})")
        return
    with db:
        found = db.timeline([key])
    click.echo(f"events: {len(found)}")
    for line in timeline_lines(found):
        click.echo("  " + line)


@cli.command()
@click.option("--host", default="127.0.0.1", show_default=True,
              help="address to listen on (0.0.0.0: every interface; put a TLS proxy in front)")
@click.option("--port", default=8000, show_default=True, type=click.IntRange(0, 65535),
              help="port to listen on")
@click.pass_context
def serve(ctx, host: str, port: int) -> None:
    """Serve the store over HTTP: a web page to explore it (/) and a read-only JSON API
    (/api/docs lists it), every asset served from the package. With DOSSIER_TOKEN set, POST /api/articles ingests for clients sending it as a bearer token."""
    import os

    import uvicorn

    from dossier.api import create_app
    from dossier.web import assets

    assets.require()  # the page's libraries (npm): a clear fix rather than a broken page
    token = os.environ.get("DOSSIER_TOKEN") or None
    # on the loopback, answer only to the loopback's names (no DNS rebinding)
    local = host in ("127.0.0.1", "localhost", "::1")
    app = create_app(_settings(ctx), token=token,  # opens the store now: errors before listening
                     allowed_hosts=("127.0.0.1", "localhost", "[::1]") if local else None)
    click.echo(f"serving {app.state.dossier.db.where} on http://{host}:{port}/ (the page; "
               f"the API: /api/docs) "
               f"({'POST /api/articles takes a bearer token' if token else 'read-only'}); "
               "Ctrl-C stops", err=True)
    uvicorn.run(app, host=host, port=port, log_level="warning", server_header=False,
                proxy_headers=False)


def main(argv: Sequence[str] | None = None) -> None:
    cli.main(args=argv, prog_name="dossier")
