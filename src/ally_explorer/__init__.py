"""Ally Explorer: who stands with Russia in 2025, and how that changed, with every claim sourced."""

__version__ = "0.1.0"
