"""pppmodeler: concession cash-flow models for Medellín's public-private partnership agency."""

__version__ = "0.1.0"
