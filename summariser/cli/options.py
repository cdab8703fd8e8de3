"""What every command shares: grouped options, environment variables, `-q`, exit codes.

Options carry a `group` (input, backend, model endpoint, local model, output, cache,
general) and `--help` prints them under those headings. Environment variables are
attached with click's own `envvar=`/`show_envvar=`, taken from `config.ENV`, so the
help lists exactly the variables the configuration reads.

Exit codes, the same for every command (docs/cli.md):

    0    everything succeeded
    1    some articles failed (each printed as one line; the count is printed)
    2    usage or configuration error: nothing was run, no output was touched
    130  interrupted (Ctrl-C): what was written is kept; `--resume` continues
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Callable, TypeVar

import click

from ..config import ENV

if TYPE_CHECKING:
    from ..config import Config

F = TypeVar("F", bound=Callable[..., Any])

EXIT_OK, EXIT_FAILED, EXIT_USAGE, EXIT_INTERRUPTED = 0, 1, 2, 130
GROUPS = ("input", "backend", "model endpoint", "local model", "output", "cache", "general")


class GroupedOption(click.Option):
    """A click option that knows which `--help` section it belongs to."""

    def __init__(self, *args: Any, group: str = "general", **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.group = group


class GroupedCommand(click.Command):
    """A command whose `--help` lists options under one heading per group."""

    def format_options(self, ctx: click.Context, formatter: click.HelpFormatter) -> None:
        rows: dict[str, list[tuple[str, str]]] = {}
        for param in self.get_params(ctx):
            if not isinstance(param, click.Option):
                continue  # arguments are in the usage line and the description
            record = param.get_help_record(ctx)
            if record is not None:
                rows.setdefault(getattr(param, "group", "general"), []).append(record)
        for group in sorted(rows, key=lambda g: GROUPS.index(g) if g in GROUPS else len(GROUPS)):
            with formatter.section(f"{group[0].upper()}{group[1:]} options"):
                formatter.write_dl(rows[group])


class UsageProblem(click.ClickException):
    """A configuration or usage error found after parsing: exit 2, nothing was run."""

    exit_code = EXIT_USAGE


def option(*decls: str, group: str, env: str | None = None, **kwargs: Any) -> Callable[[F], F]:
    """`click.option` with a help group and, for settings in config.ENV, its environment variables."""
    if env is not None:
        kwargs.update(envvar=list(ENV[env]), show_envvar=True)
    decorator: Callable[[F], F] = click.option(*decls, cls=GroupedOption, group=group, **kwargs)
    return decorator


def quiet_option(fn: F) -> F:
    """`-q` means the same in every command."""
    return option("-q", "--quiet", group="general", is_flag=True,
                  help="Quiet: no progress bar and no summary or 'wrote' lines on standard error. "
                       "Results (standard output) and errors still print.")(fn)


def fail(exc: BaseException) -> click.ClickException:
    """The CLI error for a domain error: exit 2 for the user's mistakes, 1 for the rest."""
    from ..errors import BackendUnavailable, UserError, one_line
    from ..terminal import for_terminal

    message = for_terminal(one_line(exc))
    if isinstance(exc, (UserError, BackendUnavailable)):
        return UsageProblem(message)
    return click.ClickException(message)


def backend_options(fn: F) -> F:
    """Options shared by every command that runs a backend (extract, eval)."""
    opts = [
        option("-b", "--backend", group="backend", env="backend",
               help="rules, local, openai, replay, auto, a registered plugin, or module:Class. "
                    "auto = openai when an endpoint or key is set, else local  [default: auto]"),
        option("--mode", group="backend", env="mode",
               type=click.Choice(["auto", "tools", "json", "json_schema", "md_json", "llamacpp"]),
               help="Request shape for the openai backend  [default: auto]"),
        option("--max-retries", group="backend", env="max_retries", type=int,
               help="Re-asks and transient-error retries per call  [default: 2]"),
        option("--max-tokens", group="backend", type=int, help="Completion token limit per call  [default: 4096]"),
        option("--temperature", group="backend", type=float, help="Sampling temperature  [default: 0]"),
        option("--seed", group="backend", type=int, help="Sampling seed  [default: 0]"),
        option("--chunk-chars", group="backend", type=int,
               help="Split articles longer than this into sentence-aligned chunks  [default: 6000]"),
        option("-j", "--concurrency", group="backend", env="concurrency", type=int,
               help="Articles in flight at once  [default: 4]"),
        option("--workers", group="backend", env="workers", type=click.IntRange(min=0),
               help="CPU processes that ground the answers while -j requests are in flight "
                    "(openai backend, -j above 1); 0 = ground in the main process  [default: the cores available]"),
        option("--article-timeout", group="backend", env="article_timeout", type=float,
               help="Seconds one article of a batch may take before it fails and the batch goes on; "
                    "0 = no limit  [default: 600]"),
        option("--cross-check/--no-cross-check", group="backend", env="cross_check", default=None,
               help="openai and replay backends: also run the rules on each article and mark the values "
                    "both found as sources 'both'; --no-cross-check saves about half the CPU of grounding "
                    "an answer, and no value is marked 'both'  [default: on]"),
        option("-m", "--model", group="model endpoint", env="model",
               help="Model name for the endpoint, or a GGUF path for local"),
        option("--base-url", group="model endpoint", env="base_url",
               help="OpenAI-compatible endpoint, e.g. http://127.0.0.1:8080/v1"),
        option("--api-key", group="model endpoint", env="api_key", help="API key; never logged, cached or written"),
        option("--timeout", group="model endpoint", env="timeout", type=float,
               help="Seconds per HTTP request  [default: 120]"),
        option("--price-in", group="model endpoint", env="price_in", type=float,
               help="USD per million prompt tokens, for a cost estimate"),
        option("--price-out", group="model endpoint", env="price_out", type=float,
               help="USD per million completion tokens, for a cost estimate"),
        option("--model-path", group="local model", env="model_path", type=click.Path(dir_okay=False),
               help="GGUF file for the local backend  [default: the bundled SmolLM2-135M]"),
        option("--threads", group="local model", env="threads", type=int,
               help="CPU threads for the local model  [default: all cores]"),
        option("--no-cache", group="cache", is_flag=True, help="Do not read or write the response cache"),
        option("--cache-dir", group="cache", env="cache_dir", type=click.Path(file_okay=False),
               help="Response cache folder  [default: ~/.cache/summariser]"),
    ]
    for opt in reversed(opts):
        fn = opt(fn)
    return fn


def config_from(published: str | None = None, no_cache: bool = False, **kw: Any) -> "Config":
    """The Config for the given option values (None = not given on the command line)."""
    from ..config import load_config

    kw = {k: v for k, v in kw.items() if v is not None}
    if no_cache:
        kw["use_cache"] = False
    return load_config(published=published, **kw)
