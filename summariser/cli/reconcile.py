"""`summarise reconcile` (placeholder until its issue lands)."""

import click


@click.command(name="reconcile")
def reconcile():
    """Not implemented yet."""
    raise click.ClickException("not implemented yet")
