"""`summarise report` (placeholder until its issue lands)."""

import click


@click.command(name="report")
def report():
    """Not implemented yet."""
    raise click.ClickException("not implemented yet")
