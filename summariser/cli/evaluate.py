"""`summarise evaluate` (placeholder until its issue lands)."""

import click


@click.command(name="eval")
def evaluate():
    """Not implemented yet."""
    raise click.ClickException("not implemented yet")
